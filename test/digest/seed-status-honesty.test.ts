/**
 * Every goal of the seed documents, on each organisation's status card, on the documents' own days and today:
 * a status that says a goal is doing well (achieved, on track) rests on a figure of that goal's own, and a card
 * that says "Ingen tal endnu" never says "på sporet" beside it. Checked in the way a manager reads the card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromStore } from '../../functions/digest/build.js';
import type { Subscription } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const preview = (orgId: string, language: 'da' | 'en'): Subscription => ({
  id: `preview~${orgId}`, conversationId: 'c', orgId, caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
  language, active: false, createdBy: { id: 'preview' }, createdAt: new Date(0).toISOString(),
});

/** The documents' days (Viborg's September 2017 status, Aabenraa's 31 August 2018 status, the note of 2015) and today. */
const DAYS = ['2015-12-01', '2017-10-01', '2018-09-03', '2019-02-01', '2026-12-01'];

describe('goal statuses on the seed cards', () => {
  it.each(DAYS)('as of %s, no goal is called achieved or on track without a figure of its own', async (asOf) => {
    const orgIds = [...new Set((await store.goals.findAll()).map((g) => g.orgId))];
    expect(orgIds.length).toBeGreaterThanOrEqual(3);
    for (const orgId of orgIds) {
      for (const lang of ['da', 'en'] as const) {
        const { view } = await buildFromStore(store, preview(orgId, lang), { asOf });
        for (const g of view.cases.flatMap((c) => c.goals)) {
          const line = `${orgId} ${asOf}: ${g.title} – ${g.statusLabel} | ${g.valueText ?? '(no figure)'} | ${g.figureNote ?? ''}`;
          if (g.status === 'achieved' || g.status === 'on-track') {
            expect(g.valueText, line).toBeDefined();
            expect(g.figureNote, line).toBeUndefined();
          }
          if (/Ingen tal|No figures/.test(g.figureNote ?? '')) expect(['achieved', 'on-track'], line).not.toContain(g.status);
        }
      }
    }
  });

  it("KIK II's 783 contact courses by 2022 has no actual figure: without recent figures, its three met sub-goals counted beside it", async () => {
    const { view } = await buildFromStore(store, { ...preview('aabenraa', 'da'), orgId: undefined, caseIds: ['aabenraa.kik-ii'] } as Subscription, { asOf: '2018-09-03' });
    const end = view.cases.flatMap((c) => c.goals).find((g) => g.level === 'end')!;
    expect(end.title).toMatch(/^Kontaktforløb .* 783$/);
    expect(end).toMatchObject({ status: 'no-recent-data', statusLabel: 'ingen nye tal', figureNote: 'Ingen tal endnu.', subGoalsText: 'Delmål: 3 nået' });
    expect(end.valueText).toBeUndefined();
  });
});
