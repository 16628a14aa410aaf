/**
 * Arithmetic whose sides are not one stored figure each: a net over a span (each side's years added up,
 * then one total less the other), two periods of one measure set against each other however the words
 * are spread, and a rank's move counted as places gained. Pure tests of compute.ts first, then the same
 * rules asked in words of the seed documents (002 Herning's proposals, 003 Viborg's youth report), also as a
 * follow-up on two earlier answers (earlier.ts).
 */
import { describe, expect, it } from 'vitest';
import { isRefusal, ofTotals, subtract, sum, type Computed, type Refusal } from '../../functions/query/compute.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const fig = (period: string, value: number, unit: ResolvedFigure['unit'] = 'dkk', scale = 1000): ResolvedFigure => ({
  kpiId: 'k',
  orgId: 'o',
  kind: 'expected',
  period,
  value,
  unit,
  scale,
  document: 'd',
  locator: 'l',
});
const computed = (x: Computed | Refusal): Computed => {
  if (isRefusal(x)) throw new Error(x.refused);
  return x;
};
const minus = (a: ResolvedFigure, b: ResolvedFigure) => subtract('difference', a, b, 'da', { periods: 'same' });

describe('compute: each side totalled, then combined', () => {
  const saved = [fig('2017', 290), fig('2018', 1161), fig('2019', 1161)];
  const costs = [fig('2017', 375), fig('2018', 450), fig('2019', 450)];
  it('subtracts the totals and shows both sums in the working, every year an operand', () => {
    const r = computed(ofTotals(saved, costs, 'da', minus));
    expect(r).toMatchObject({ operation: 'difference', value: 1337, period: '2017--2019' });
    expect(r.expression).toBe('(290 + 1.161 + 1.161) − (375 + 450 + 450) = 2.612 − 1.275 = +1.337 t.kr. (1,337 mio. kr. (1.337 t.kr.) højere)');
    expect(r.operands).toHaveLength(6);
  });
  it('adds a stored span to the years that make up the same span', () => {
    const r = computed(ofTotals([fig('2017--2019', 1000)], costs, 'en', (a, b) => sum([a, b], 'en')));
    expect(r).toMatchObject({ operation: 'sum', value: 2275 });
  });
  it('refuses sides that do not cover the same years', () => {
    expect(isRefusal(ofTotals(saved, costs.slice(0, 2), 'da', minus))).toBe(true);
  });
  it('refuses to add up shares on a side', () => {
    const shares = [fig('2017', 10, 'percent', 1), fig('2018', 12, 'percent', 1)];
    expect(isRefusal(ofTotals(shares, shares, 'en', minus))).toBe(true);
  });
  it('leaves two single figures to the operation alone', () => {
    expect(computed(ofTotals([fig('2017', 5)], [fig('2017', 3)], 'da', minus)).expression).toBe(computed(minus(fig('2017', 5), fig('2017', 3))).expression);
  });
});

describe('compute: a place in a ranking over time', () => {
  it('is the places gained when no direction is asked', () => {
    const r = computed(subtract('change', fig('2016-Q1', 4, 'rank', 1), fig('2015-Q1', 10, 'rank', 1), 'en', { periods: 'alike' }));
    expect(r).toMatchObject({ value: 6, direction: 'up' });
    const fell = computed(subtract('change', fig('2016-Q1', 10, 'rank', 1), fig('2015-Q1', 4, 'rank', 1), 'en', { periods: 'alike' }));
    expect(fell).toMatchObject({ value: -6, direction: 'down' });
  });
});

describe('in words', () => {
  const { ask } = seededEngine();

  it('a net over a span sums each measure over the years, then subtracts, in the order "trækkes fra" says', async () => {
    const gain = await ask('Hvad er UE 09b samlet netto over 2017-2019, når driftsudgifterne trækkes fra den sparede forsørgelse?');
    expect(gain.figures[0]).toMatchObject({ kind: 'difference', value: 7500 - 4800, period: '2017--2019' });
    const cost = await ask('Hvad koster UE 09b netto over 2017-2019, når den sparede forsørgelse trækkes fra driftsudgifterne?');
    expect(cost.figures[0]).toMatchObject({ kind: 'difference', value: 4800 - 7500 });
    const en = await ask('Over 2017-2019, how much does UE 09b’s saved benefit cost exceed its operating costs?');
    expect(en.figures[0]).toMatchObject({ kind: 'difference', value: 2700 });
    expect(en.calculation?.operands).toHaveLength(6);
  });
  it('a stored row naming both sides ("investering minus besparelse") is looked up, not computed', async () => {
    const a = await ask("Hvad står der i 'I alt'-rækken (investering minus besparelse) for KIK II i 2020 i 1.000 kr.?");
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ value: 2932 });
  });
  it('two periods set against each other are a difference, never one of them, however the words are spread', async () => {
    const a = await ask('Hvor mange fuldtidspersoner færre unge var der på offentlig forsørgelse i Viborg i september 2017 end i januar 2015?');
    expect(a.figures[0]).toMatchObject({ value: 90, direction: 'down' });
    expect(a.calculation?.expression).toContain('1.869 − 1.959');
    const en = await ask('How many young people on public support were there in Viborg in September 2017 – were they fewer than in January 2015?');
    expect(en.figures[0]).toMatchObject({ value: 90, direction: 'down' });
  });
  it('a climb in a ranking is the places gained', async () => {
    const a = await ask('By how many places did Viborg climb in the cluster ranking on young people on public support between Q1 2015 and Q1 2016?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 6, direction: 'up' });
  });
  it('a follow-up over a span of years adds up the series of each earlier answer, then compares the totals', async () => {
    let a = await ask("What is UE 09b's saved benefit cost per year?");
    for (const q of ["and UE 09a's?", 'how much more does 09b save over the three years 2017-2019?']) a = await ask(q, { context: a.context! });
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 7500 - 3300, period: '2017--2019' });
    expect(a.figures.slice(1).map((f) => f.kpi)).toEqual([...Array(3).fill('herning.ue-09b.sparet-forsoergelse'), ...Array(3).fill('herning.ue-09a.sparet-forsoergelse')]);
  });
});
