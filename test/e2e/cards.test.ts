/**
 * The cards a manager sees, in the Agents Playground (`npm start`, headless Chromium, a 1280 × 1000 laptop
 * window), in Danish and in English: help, an answer, a computed answer, a case card, the status for
 * 3 September 2018 and a proposal's review card; the case's economy and the status's goals also opened. Each card is screenshotted on its own into
 * docs/screenshots/ (the README shows them), must be shorter than its height budget in pixels, must break
 * no word inside (a long name in a narrow column), and must carry none of the other language's words. (test/cards/every-card.test.ts holds every card's bytes and
 * words without a browser.)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, openPlayground, type Playground } from './support/playground.js';

const DOCS = path.resolve('docs', 'screenshots');

/** The window: a laptop screen. A card taller than SCREEN does not fit on it. */
const VIEWPORT = { width: 1280, height: 1000 };
const SCREEN = VIEWPORT.height;

/** Words that give a card away as the other language's (names of places and cases are data, not words). */
const FOREIGN: Record<'da' | 'en', RegExp> = {
  da: /\b(proposed|active|no\. \d|approved|achieved|on track|at risk|Target|Deadline|Source|Period|Trend|Show all goals|without recent figures|Working|actual|Did you mean|Submitted|Approve|Reject|Economy|budget year)\b/,
  en: /(nået|på sporet|i fare|Kilde|Periode|Udvikling|faktisk|Vis alle mål|uden nye tal|Udregning|Mente du|Seneste tal|Indsendt|Godkend|Afvis|Økonomi|Spørg om|Læs hele)/,
};

interface Shot {
  name: string;
  /** What a person types, and for a card further on, the button they press then. */
  ask: Record<'da' | 'en', string>;
  press?: Record<'da' | 'en', string>;
  /** A toggle on the card to open before the picture (the card stays where it is). */
  open?: Record<'da' | 'en', RegExp>;
  /** Rendered height in CSS pixels: what the card needs, at most one screen. */
  maxHeight: number;
}

const SHOTS: Shot[] = [
  { name: 'help', ask: { da: 'hjælp', en: 'help' }, maxHeight: 800 },
  {
    name: 'answer',
    ask: { da: 'Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?', en: 'How many full-time persons were on public benefits in Viborg in September 2017?' },
    maxHeight: 600,
  },
  {
    name: 'comparison',
    ask: {
      da: 'Hvor meget faldt antallet af fuldtidspersoner på offentlig forsørgelse i Viborg fra 2015 til 2017?',
      en: 'How much did the number of full-time persons on public benefits in Viborg fall from 2015 to 2017?',
    },
    maxHeight: 650,
  },
  // The economy (13 lines by year) waits behind its toggle, so the case is read on one screen.
  { name: 'case', ask: { da: 'vis KIK II', en: 'show KIK II' }, maxHeight: SCREEN - 100 },
  // Opened, the economy is two tables: KIK II's own lines and those the document gives per committee.
  { name: 'case-economy', ask: { da: 'vis KIK II', en: 'show KIK II' }, open: { da: /^Vis økonomi pr\. år/, en: /^Show economy by year/ }, maxHeight: 2 * SCREEN },
  { name: 'status-2018-09-03', ask: { da: 'status pr. 3. september 2018', en: 'status as of 3 September 2018' }, maxHeight: 500 },
  // Every goal opened, each with its trend picture and the figures in the reader's format beside it.
  { name: 'status-all-goals', ask: { da: 'status pr. 3. september 2018', en: 'status as of 3 September 2018' }, open: { da: /^Vis alle mål/, en: /^Show all goals/ }, maxHeight: 3 * SCREEN },
  // Herning's BIC 01 as the reviewers get it, opened from the list of pending proposals.
  { name: 'review', ask: { da: 'forslag til behandling', en: 'pending proposals' }, press: { da: 'Vis', en: 'Open' }, maxHeight: SCREEN - 100 },
];

let playground: Playground;

beforeAll(async () => {
  playground = await openPlayground({ viewport: VIEWPORT });
  await mkdir(DOCS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

const cards = (page: Page) => page.locator('.ac-adaptiveCard');

/**
 * Words wider than the text box they stand in, which the browser must break inside ("Arbejdsmarkedsudval-
 * get"): each word measured in its element's own font against the element's width.
 */
function brokenWords(card: Locator): Promise<string[]> {
  return card.evaluate((root) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const broken: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('.ac-textBlock')) {
      const width = el.clientWidth;
      if (!width || !el.offsetParent) continue;
      const style = getComputedStyle(el);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      for (const word of (el.innerText || '').split(/\s+/)) if (word && context.measureText(word).width > width + 1) broken.push(`${word} (${Math.round(context.measureText(word).width)} > ${width} px)`);
    }
    return broken;
  });
}

async function lastCard(page: Page, after: number): Promise<Locator> {
  await expect.poll(() => cards(page).count(), { timeout: 30_000 }).toBeGreaterThan(after);
  return cards(page).last();
}

describe('cards in the Playground, Danish and English', () => {
  for (const shot of SHOTS) {
    for (const lang of ['da', 'en'] as const) {
      it(`${shot.name} (${lang}) fits its height budget and speaks only ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
        const page = playground.page;
        await ask(page, shot.ask[lang], 60_000);
        let card = await lastCard(page, 0);
        if (shot.press) {
          const before = await cards(page).count();
          await card.getByRole('button', { name: shot.press[lang], exact: true }).first().click();
          card = await lastCard(page, before);
        }
        // The Playground draws a message anew when it scrolls, closing what was opened: an opened card is
        // pictured in a window tall enough to need no scrolling.
        if (shot.open) await page.setViewportSize({ width: VIEWPORT.width, height: 3 * SCREEN });
        await card.scrollIntoViewIfNeeded();
        if (shot.open) await card.getByRole('button', { name: shot.open[lang] }).click();
        // Pictures (the status trend) and fonts settle before the picture is taken.
        await page.waitForTimeout(500);
        const file = path.join(DOCS, `${shot.name}-${lang}.png`);
        await card.screenshot({ path: file });
        const box = await card.boundingBox();
        console.log(`  ${file}: ${Math.round(box?.height ?? 0)} px`);
        expect(box, 'the card is on the page').not.toBeNull();
        expect(box!.height, `${shot.name} (${lang}) is ${Math.round(box!.height)} px tall`).toBeLessThanOrEqual(shot.maxHeight);
        expect(await card.innerText()).not.toMatch(FOREIGN[lang]);
        expect(await brokenWords(card), `${shot.name} (${lang}): words broken inside`).toEqual([]);
        if (shot.open) await page.setViewportSize(VIEWPORT);
      }, 120_000);
    }
  }
});
