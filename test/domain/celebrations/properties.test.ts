import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { celebratedKeys, findCelebrations, keyOf, newCelebrations, toMilestones } from '../../../functions/domain/celebrations/index.js';
import { compareValues, dateOfDay, dayNumber, evaluateGoals } from '../../../functions/domain/goals/index.js';
import type { Figure, Milestone } from '../../../functions/domain/model.js';
import { fig, goal, kpi } from '../goals/seed-cases.js';

const month = (i: number) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** A KPI with a goal and a case, and a monthly figure arriving in some weeks. */
const history = fc.record({
  direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
  target: fc.integer({ min: 0, max: 100 }),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 4, maxLength: 30 }),
});

type History = { direction: 'higher-is-better' | 'lower-is-better'; target: number; values: (number | undefined)[] };

function weeklyRun(h: History) {
  const measure = kpi('p.kpi', 'p', 'Mål', 'Measure', 'count', h.direction, 'p.case');
  const g = goal({ id: 'p.goal', orgId: 'p', kpiId: measure.id, caseId: 'p.case', target: h.target, deadline: '2019-12' });
  const cases = [{ id: 'p.case', orgId: 'p', status: 'active' as const, code: 'P', title: 'P' }];
  const recorded: Milestone[] = [];
  const returned: string[] = [];
  const figures: Figure[] = [];
  h.values.forEach((value, i) => {
    if (value !== undefined) figures.push(fig(measure.id, 'p', month(i), value, 'generated'));
    // Each month's digest runs twice, as if the timer fired again after a crash.
    const asOf = dateOfDay(dayNumber(`${month(i)}-01`) + 40);
    for (let run = 0; run < 2; run++) {
      const evaluations = evaluateGoals([g], [measure], figures, { asOf });
      const found = findCelebrations({ asOf, evaluations, kpis: [measure], figures, cases });
      for (const c of found) {
        if (c.rule === 'goal-achieved' || c.rule === 'target-exceeded') expect(evaluations[0]!.status).toBe('achieved');
        if (c.rule === 'new-best' || c.rule === 'improving-streak') {
          const at = figures.findIndex((f) => f.period === c.facts.period);
          expect(at).toBeGreaterThan(0);
          expect(compareValues(figures[at - 1]!.value, figures[at]!.value, h.direction)).toBe(1);
        }
      }
      const fresh = newCelebrations(found, celebratedKeys(recorded));
      returned.push(...fresh.map((c) => c.key));
      recorded.push(...fresh.flatMap((c) => toMilestones(c, 'audience', `${asOf}T06:00:00Z`)));
    }
  });
  return { returned, recorded };
}

describe('celebration properties', () => {
  it('over weeks of digests (each run twice), no milestone is ever returned twice, and only good news is celebrated', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { returned, recorded } = weeklyRun(h);
        expect(new Set(returned).size).toBe(returned.length);
        expect(new Set(recorded.map((m) => m.id)).size).toBe(recorded.length);
      }),
      { numRuns: 200 },
    );
  });

  it('newCelebrations never returns a celebrated key, and filtering its own result again leaves nothing', () => {
    fc.assert(
      fc.property(history, fc.array(fc.nat(), { maxLength: 5 }), (h, picks) => {
        const measure = kpi('p.kpi', 'p', 'Mål', 'Measure', 'count', h.direction);
        const figures = h.values.flatMap((v, i) => (v === undefined ? [] : [fig(measure.id, 'p', month(i), v, 'generated')]));
        const asOf = dateOfDay(dayNumber(`${month(h.values.length - 1)}-01`) + 40);
        const found = findCelebrations({ asOf, kpis: [measure], figures });
        const celebrated = new Set(picks.filter((p) => p < found.length).map((p) => found[p]!.key));
        const fresh = newCelebrations(found, celebrated);
        for (const c of fresh) expect(celebrated.has(c.key)).toBe(false);
        const after = new Set([...celebrated, ...fresh.flatMap((c) => [c.key, ...c.covers.map(keyOf)])]);
        expect(newCelebrations(found, after)).toEqual([]);
      }),
    );
  });
});
