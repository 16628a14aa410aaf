/**
 * The cards a manager sees, in the Agents Playground (`npm start`, headless Chromium), in Danish and in
 * English: help, an answer, a computed answer, a case card and the status for 3 September 2018. Each card is
 * screenshotted on its own into docs/screenshots/ (the README shows them), must be shorter than its height
 * budget in pixels, and must carry none of the other language's words.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from './support/playground.js';
import { openPlayground, type Playground } from './support/playground.js';

const DOCS = path.resolve('docs', 'screenshots');

/** Words that give a card away as the other language's (names of places and cases are data, not words). */
const FOREIGN: Record<'da' | 'en', RegExp> = {
  da: /\b(proposed|active|no\. \d|achieved|on track|at risk|Target|Deadline|Source|Period|Trend|Show all goals|without recent figures|Working|actual|Did you mean)\b/,
  en: /(nået|på sporet|i fare|Kilde|Periode|Udvikling|faktisk|Vis alle mål|uden nye tal|Udregning|Mente du|Seneste tal)/,
};

interface Shot {
  name: string;
  ask: Record<'da' | 'en', string>;
  /** Rendered height in CSS pixels at a 1000 px wide window: about one laptop screen. */
  maxHeight: number;
}

const SHOTS: Shot[] = [
  { name: 'help', ask: { da: 'hjælp', en: 'help' }, maxHeight: 900 },
  {
    name: 'answer',
    ask: { da: 'Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?', en: 'How many full-time persons were on public benefits in Viborg in September 2017?' },
    maxHeight: 700,
  },
  {
    name: 'comparison',
    ask: {
      da: 'Hvor meget faldt antallet af fuldtidspersoner på offentlig forsørgelse i Viborg fra 2015 til 2017?',
      en: 'How much did the number of full-time persons on public benefits in Viborg fall from 2015 to 2017?',
    },
    maxHeight: 800,
  },
  { name: 'case', ask: { da: 'vis KIK II', en: 'show KIK II' }, maxHeight: 1500 },
  { name: 'status-2018-09-03', ask: { da: 'status pr. 3. september 2018', en: 'status as of 3 September 2018' }, maxHeight: 900 },
];

let playground: Playground;

beforeAll(async () => {
  playground = await openPlayground({ viewport: { width: 1000, height: 2400 } });
  await mkdir(DOCS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await playground?.close();
});

async function lastCard(): Promise<Locator> {
  const card = playground.page.locator('.ac-adaptiveCard').last();
  await card.waitFor({ timeout: 30_000 });
  return card;
}

describe('cards in the Playground, Danish and English', () => {
  for (const shot of SHOTS) {
    for (const lang of ['da', 'en'] as const) {
      it(`${shot.name} (${lang}) fits its height budget and speaks only ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
        await ask(playground.page, shot.ask[lang], 60_000);
        const card = await lastCard();
        await card.scrollIntoViewIfNeeded();
        const file = path.join(DOCS, `${shot.name}-${lang}.png`);
        await card.screenshot({ path: file });
        console.log(`  ${file}`);
        const box = await card.boundingBox();
        expect(box, 'the card is on the page').not.toBeNull();
        expect(box!.height, `${shot.name} (${lang}) is ${Math.round(box!.height)} px tall`).toBeLessThanOrEqual(shot.maxHeight);
        const text = await card.innerText();
        expect(text).not.toMatch(FOREIGN[lang]);
      }, 120_000);
    }
  }
});
