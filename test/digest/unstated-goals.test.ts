/**
 * The seeded digest shows goals the documents state without a number or date for what they are: KIK's
 * "halve the number of activity-ready citizens" has no target figure, so it is neither on track nor drawn
 * against a target line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCard } from '../../cards/digest-card.js';
import { buildFromStore } from '../../functions/digest/build.js';
import { digestButtons } from '../../functions/digest/buttons.js';
import type { Subscription } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { cardProblems } from '../cards/support/validate-card.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const subscription = (language: 'da' | 'en'): Subscription => ({
  id: 's.aabenraa', conversationId: 'c.aabenraa', orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
  language, active: true, createdBy: { id: 'u' }, createdAt: '2018-01-01T00:00:00Z',
});

describe('Aabenraa digest on 3 September 2018', () => {
  it('shows KIK\'s "halve the number" with its latest figure and no target, in both languages', async () => {
    for (const [lang, status, target] of [['da', 'intet måltal', 'ikke angivet i kilden'], ['en', 'no target figure', 'not given in the source']] as const) {
      const { view } = await buildFromStore(store, subscription(lang), { asOf: '2018-09-03' });
      const kik = view.cases.flatMap((c) => c.goals).find((g) => g.goalId === 'aabenraa.kik.halvering-aktivitetsparate')!;
      expect(kik).toMatchObject({ status: 'no-target', statusLabel: status, targetText: target, deadlineText: target });
      expect(kik.valueText).toMatch(/^448 person/);
      expect(kik.target).toBeUndefined();
      const card = digestCard({ ...view, buttons: digestButtons(view) });
      expect(cardProblems(card).validation).toEqual([]);
    }
  });

  it('counts KIK II\'s self-supporting citizens from zero on 1 February 2018, so their trend can be drawn', async () => {
    const { view } = await buildFromStore(store, subscription('da'), { asOf: '2018-09-03' });
    const goal = view.cases.flatMap((c) => c.goals).find((g) => g.goalId === 'aabenraa.kik-ii.maal-selvforsoergende-2019-01-31')!;
    expect(goal.series.map((p) => [p.date, p.value])).toEqual([['2018-02-01', 0], ['2018-08-31', 408]]);
    expect(goal.status).toBe('achieved');
  });
});
