import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCard, MESSAGE_LIMIT_BYTES } from '../../cards/digest-card.js';
import { buildFromStore } from '../../functions/digest/build.js';
import { digestButtons } from '../../functions/digest/buttons.js';
import type { Subscription } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import type { Store } from '../../functions/store/store.js';
import { cardProblems } from './support/validate-card.js';

let dir: string;
let store: Store;

function subscription(orgId: string, language: 'da' | 'en' = 'da'): Subscription {
  return {
    id: `s.${orgId}`, conversationId: `c.${orgId}`, orgId, caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
    language, active: true, createdBy: { id: 'u' }, createdAt: '2018-01-01T00:00:00Z',
  };
}

async function cardFor(orgId: string, language: 'da' | 'en' = 'da', asOf = '2018-09-03') {
  const built = await buildFromStore(store, subscription(orgId, language), { asOf });
  return { built, card: digestCard({ ...built.view, buttons: digestButtons(built.view) }) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digest-card-'));
  store = await openEmbeddedStore({ dir });
  await seed(store);
}, 60_000);

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the digest card for the largest subscription in the seed data', () => {
  it('stays under Teams’ message limit and parses cleanly with the Adaptive Cards SDK', async () => {
    const orgs = (await store.organisations.findAll()).map((o) => o.id);
    const cards = await Promise.all(orgs.map(async (org) => ({ org, ...(await cardFor(org)) })));
    const goalsOf = (c: (typeof cards)[number]) => c.built.view.cases.reduce((n, k) => n + k.goals.length, 0);
    const largest = cards.sort((a, b) => goalsOf(b) - goalsOf(a))[0]!;
    expect(goalsOf(largest)).toBeGreaterThanOrEqual(10);
    for (const { org, card } of cards) {
      const bytes = Buffer.byteLength(JSON.stringify(card));
      expect(bytes, org).toBeLessThan(MESSAGE_LIMIT_BYTES);
      const problems = cardProblems(card);
      expect(problems.parse, org).toEqual([]);
      expect(problems.validation, org).toEqual([]);
      expect(JSON.stringify(card), org).not.toMatch(/\$\{/);
    }
  });

  const manyGoals = (view: Awaited<ReturnType<typeof cardFor>>['built']['view'], copies: number) =>
    view.cases.map((c) => ({
      ...c,
      goals: Array.from({ length: copies }, () => c.goals).flat().map((g, i) => ({
        ...g,
        goalId: `${g.goalId}-${i}`,
        series: Array.from({ length: 36 }, (_, m) => ({ period: `m${m}`, date: `20${16 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-28`, value: 700 + 10 * m })),
      })),
    }));

  it('stays under the limit when every goal has a long series, keeping as many trends as fit', async () => {
    const { built } = await cardFor('aabenraa');
    const card = digestCard({ ...built.view, cases: manyGoals(built.view, 3), buttons: digestButtons(built.view) });
    const json = JSON.stringify(card);
    expect(Buffer.byteLength(json)).toBeLessThan(MESSAGE_LIMIT_BYTES);
    expect(json.match(/data:image\/png;base64/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(cardProblems(card).validation).toEqual([]);
  });

  it('leaves goals out, and says how many, when even plain goals would not fit', async () => {
    const { built } = await cardFor('aabenraa');
    const cases = manyGoals(built.view, 15);
    const total = cases.reduce((n, c) => n + c.goals.length, 0);
    const card = digestCard({ ...built.view, cases, buttons: digestButtons(built.view) });
    const json = JSON.stringify(card);
    expect(Buffer.byteLength(json)).toBeLessThan(MESSAGE_LIMIT_BYTES);
    const shown = json.match(/"text":"[✅🟢🟠🔴🔵➖⚪] /gu)?.length ?? 0;
    expect(shown).toBeLessThan(total);
    expect(json).toContain(`og ${total - shown} mål mere`);
    // Hundreds of goals are rendered many times over while the card is fitted: room on a busy 2-core machine.
  }, 120_000);
});

describe('what the Aabenraa card shows on 3 September 2018', () => {
  it('puts the celebrations first, naming KIK II’s 408 self-supporting citizens', async () => {
    const { card } = await cardFor('aabenraa');
    const text = JSON.stringify(card.body);
    const celebrations = text.indexOf('🎉');
    expect(celebrations).toBeGreaterThan(-1);
    expect(text).toMatch(/408/);
    expect(celebrations).toBeLessThan(text.indexOf('KIK II –'));
  });

  it('draws trends as small PNGs with the figures written out, and offers ask / see case / pause buttons with verbs', async () => {
    const { card } = await cardFor('aabenraa', 'en');
    const images: { url: string; altText: string }[] = [];
    JSON.stringify(card, (_k, v: unknown) => {
      if (v && typeof v === 'object' && (v as { type?: string }).type === 'Image') images.push(v as never);
      return v;
    });
    expect(images.length).toBeGreaterThan(0);
    expect(images[0]!.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(images[0]!.altText).toMatch(/^Trend: /);
    // No chart element: its own axis labels would write "1.4k" to a Danish reader.
    expect(JSON.stringify(card)).not.toContain('Chart.Line');
    const verbs = (card.actions as { data: { verb: string } }[]).map((a) => a.data.verb);
    expect(verbs).toEqual(['help', 'digest.case', 'digest.pause']);
  });

  it('counts goals without recent figures once, in the header, and says why beside each', async () => {
    const { card, built } = await cardFor('aabenraa');
    expect(built.view.counts['no-recent-data']).toBeGreaterThan(0);
    const json = JSON.stringify(card);
    expect(json).toContain(`${built.view.counts['no-recent-data']} uden nye tal`);
    expect(json.match(/"text":"⚪ /gu)?.length).toBe(built.view.counts['no-recent-data']);
    expect(json).toContain('Tallet er 246 dage gammelt.');
  });

  it('fits on one screen: the celebrations first, every goal behind "Vis alle mål"', async () => {
    const { card, built } = await cardFor('aabenraa');
    const body = card.body as { type: string; id?: string; isVisible?: boolean; actions?: { type: string; title: string; targetElements: string[] }[] }[];
    const toggle = body.find((e) => e.type === 'ActionSet')!.actions![0]!;
    const goals = built.view.cases.reduce((n, c) => n + c.goals.length, 0);
    expect(toggle).toMatchObject({ type: 'Action.ToggleVisibility', title: `Vis alle mål (${goals})`, targetElements: ['alle-maal'] });
    const hidden = body.find((e) => e.id === 'alle-maal')!;
    expect(hidden.isVisible).toBe(false);
    const visible = JSON.stringify(body.filter((e) => e !== hidden));
    expect(visible).toContain('Værd at fejre');
    expect(visible).not.toContain('Kontaktforløb');
  });
});
