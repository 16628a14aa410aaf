/**
 * Sums beyond two yearly figures: stored parts that make up the period asked ("hele 2022" kept as
 * January–May and June–December), the same measure of every case named, and two falls asked as "how
 * many in total" (a size). Pure tests of operands.ts first, then questions in words of 001 (Aabenraa's
 * KIK II) and 002 (Herning's proposals).
 */
import { describe, expect, it } from 'vitest';
import { tiling, wholeAsked } from '../../functions/query/operands.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const fig = (period: string, value = 1): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'budget', period, value, unit: 'dkk', scale: 1000, document: 'd', locator: 'l' });

describe('tiling: parts that make up the period asked', () => {
  it('two part-year columns end to end are the year', () => {
    const parts = [fig('2022-06--2022-12', 2917), fig('2022-01--2022-05', 2083), fig('2021')];
    expect(tiling(parts, '2022')?.map((x) => x.period)).toEqual(['2022-01--2022-05', '2022-06--2022-12']);
  });
  it('the whole is asked by "hele", "i alt", "lagt sammen" or a sum, not by a bare year', () => {
    expect(wholeAsked({ text: 'hvad investerer au i hele 2022', operation: 'lookup' })).toBe(true);
    expect(wholeAsked({ text: 'naar begge kolonner laegges sammen', operation: 'lookup' })).toBe(true);
    expect(wholeAsked({ text: 'hvad investerer au i 2022', operation: 'lookup' })).toBe(false);
    expect(wholeAsked({ text: 'x', operation: 'sum' })).toBe(true);
  });
  it('no tiling when the year itself is stored, when the parts leave a gap, or overlap', () => {
    expect(tiling([fig('2022'), fig('2022-01--2022-05'), fig('2022-06--2022-12')], '2022')).toBeUndefined();
    expect(tiling([fig('2022-01--2022-05'), fig('2022-07--2022-12')], '2022')).toBeUndefined();
    expect(tiling([fig('2022-01--2022-06'), fig('2022-06--2022-12')], '2022')).toBeUndefined();
    expect(tiling([fig('2022-01--2022-05')], '2022')).toBeUndefined();
  });
});

describe('answers: sums', () => {
  const { ask } = seededEngine();

  it('a whole year asked of a plan kept in two part-year columns is their sum', async () => {
    const a = await ask('Hvad investerer AU i KIK II i hele kalenderåret 2022?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 5000, unit: '1.000 kr.' });
    expect(a.calculation?.expression).toBe('2.083 + 2.917 = 5.000 t.kr.');
  });
  it('a year asked without "hele" of a plan kept in part-year columns is not summed: the part stored, said as a part', async () => {
    const a = await ask('What is ØK\'s KIK II investment in the 7 months of 2022 after the project period?');
    expect(a.figures[0]?.kind).not.toBe('sum');
  });
  it('the same measure of three cases named is added up, each case its own line', async () => {
    const a = await ask('Hvad koster UE 02, UE 03 og UE 07 tilsammen i driftsudgifter i 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 900 + 600 + 240 });
    expect(new Set(a.figures.slice(1).map((x) => x.kpi)).size).toBe(3);
  });
  it('two falls asked "hvor mange … i alt" are a size, said as fewer', async () => {
    const a = await ask('Hvor mange kontaktforløb forventes at afgå i alt i 2019 i KIK II (selvforsørgelse plus anden forsørgelse)?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 157, direction: 'down' });
    expect(a.calculation?.expression).toContain('= −157');
  });
  it('a case whose own words leave a choice takes the measure the other cases agree on by name', async () => {
    const a = await ask('Hvad er de samlede driftsudgifter i 2017 for Jobcentrets forslag JC 06, JC 07, 08 (Håndholdt indsats) og JC 09 tilsammen?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 1375 });
    expect(new Set(a.figures.slice(1).map((f) => f.kpi))).toEqual(new Set(['herning.jc-06.driftsudgifter', 'herning.jc-07.driftsudgifter', 'herning.jc-08.driftsudgifter', 'herning.jc-09.driftsudgifter']));
  });
  it('cases over a span of years each give the years of it they have, grouped in the working', async () => {
    const a = await ask('Hvad koster UE 07 og JC 06 tilsammen i driftsudgifter fra 2017 til 2019?');
    const operands = a.figures.slice(1);
    expect(a.figures[0]!.kind).toBe('sum');
    expect(a.figures[0]!.value).toBeCloseTo(operands.reduce((s, x) => s + x.value, 0), 6);
    expect(new Set(operands.map((x) => x.kpi))).toEqual(new Set(['herning.ue-07.driftsudgifter', 'herning.jc-06.driftsudgifter']));
    expect(operands.every((x) => ['2017', '2018', '2019'].includes(x.period))).toBe(true);
    expect(a.calculation?.expression).toMatch(/^\(.+\) \+ \(.+\) = /);
    const en = await ask('What is the combined operating cost of UE 07, JC 06 and JC 08 over 2017-2019?');
    expect(en.figures[0]!.value).toBeCloseTo(en.figures.slice(1).reduce((s, x) => s + x.value, 0), 6);
    expect(new Set(en.figures.slice(1).map((x) => x.kpi)).size).toBe(3);
  });
  it('a case with no figure in the span refuses the sum, naming it', async () => {
    const a = await ask('Hvad koster JC 07 og JC 08 i driftsudgifter i alt 2018-2019?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('JC 08');
  });
  it('"how many times" divides and is never a count times a cost each', async () => {
    const a = await ask("How many times KL's short-term (1-2 year) savings potential is the saving Viborg calculated for its youth effort?");
    expect(a.figures.map((f) => f.kind)).not.toContain('product');
  });
});
