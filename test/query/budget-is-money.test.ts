/**
 * A budget is money: "budget" asked with no unit is never answered by a plan figure counted in places or people
 * (Herning's UE 09a plans 20 more EGU places, kind expected); a count asked ("hvor mange … budgetteret") still is.
 * And what a question that matches nothing is offered stays inside the case and organisation it names, the unit
 * asked first — never another municipality's budget lines that share a word with it.
 */
import { describe, expect, it } from 'vitest';
import { unitFamily } from '../../functions/query/units.js';
import { seededEngine } from './support/seed-store.js';

const { ask, catalogue } = seededEngine();

describe('a budget asked with no unit', () => {
  it('is not answered by an expected count of places', async () => {
    for (const q of ['What did Herning budget for 20 more EGU places?', 'Hvad har Herning budgetteret til de 20 flere EGU-pladser?']) {
      const a = await ask(q);
      expect(a.figures.filter((x) => unitFamily(x.unit) !== 'money'), q).toEqual([]);
    }
  });
  it('a count asked of what is budgeted is still the expected count', async () => {
    for (const q of ['Hvor mange ekstra EGU-pladser er budgetteret i UE 09a?', 'How many extra EGU places are budgeted in UE 09a?']) {
      const a = await ask(q);
      expect(a.figures[0], q).toMatchObject({ kpi: 'herning.ue-09a.flere-egu-pladser', value: 20, kind: 'expected' });
    }
  });
  it('a budget line is still a budget', async () => {
    const a = await ask('Hvad var Aabenraas budget til overførselsudgifter i 2019?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.overfoerselsudgifter', kind: 'budget', period: '2019' });
  });
});

describe('what a question matching nothing is offered', () => {
  it('stays inside the case named, its money lines first when a budget is asked', async () => {
    for (const q of ['What did Herning budget for UE 09a?', 'Hvad er budgettet for de 20 flere EGU-pladser?']) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.alternatives.length, q).toBeGreaterThan(0);
      // Each button asks one of UE 09a's measures (by its code where others share its name); the first is in kroner.
      for (const x of a.alternatives) expect((await ask(x.q)).figures[0]?.kpi, x.q).toMatch(/^herning\.ue-09a\./);
      const first = await ask(a.alternatives[0]!.q);
      expect(first.figures[0]?.kpi, q).toMatch(/^herning\.ue-09a\./);
      expect(unitFamily(catalogue().kpis.get(first.figures[0]!.kpi)!.unit), q).toBe('money');
    }
  });
  it('stays inside the organisation named', async () => {
    const a = await ask('Hvad budgetterer Herning med til BIC 07?');
    expect(a.figures).toEqual([]);
    expect(a.alternatives.length).toBeGreaterThan(0);
    for (const x of a.alternatives) expect(x.q).toContain('Herning Kommune');
  });
});
