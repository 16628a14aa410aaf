/**
 * Ratios ("hvor mange gange så høj er A som B", "the ratio of A to B", "per krone of B"): the question's
 * "hvor mange" asks for times, never for a count, so shares and money are sides as much as heads; and one
 * measure before and after ("før omfordelingen som efter") is its earliest figure against its newest.
 */
import { describe, expect, it } from 'vitest';
import { divide, isRefusal } from '../../functions/query/compute.js';
import type { Answer, ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const result = (a: Answer) => ({ value: a.figures[0]?.value, unit: a.figures[0]?.unit, operands: a.figures.slice(1).map((x) => [x.org, x.period, x.value]) });

describe('a ratio asks for times, whatever its sides count', () => {
  it('leaves the unit open and drops the words of size', async () => {
    const f = frame('Hvor mange gange så høj er Hedensteds aktiveringsgrad som Viborgs?');
    expect(f).toMatchObject({ operation: 'ratio', units: [], softUnits: [] });
    expect(f.measure).not.toContain('hoej');
    expect(frame('How many times as large is the saving as the cost?').measure).not.toContain('large');
  });
  it('divides one organisation\'s share by another\'s, in the order asked', async () => {
    const da = await ask('Hvor mange gange så høj er Skanderborgs aktiveringsgrad for matchgruppe 2 og 3 som Hedensteds?');
    expect(result(da)).toMatchObject({ unit: 'times', operands: [['skanderborg', '2012', 34], ['hedensted', '2012', 42]] });
    expect(da.figures[0]!.value).toBeCloseTo(34 / 42, 2);
    const en = await ask("How many times as high is Hedensted's activation rate for match groups 2 and 3 as Viborg's?");
    expect(en.figures[0]!.value).toBeCloseTo(42 / 24, 2);
    expect(en.text).toContain('42 / 24 = 1.75');
  });
  it('reads "the ratio of A to B" and "kroner of A per krone of B" as A over B', async () => {
    const of = await ask('What is the ratio of the saved benefit cost to the operating cost in CEB 02 in 2018?');
    expect(result(of)).toMatchObject({ unit: 'times', operands: [['herning', '2018', 563], ['herning', '2018', 450]] });
    const per = await ask('I UE 09b i 2017: hvor mange kroner sparet forsørgelse er der pr. krone driftsudgift?');
    expect(per.figures[0]!.value).toBeCloseTo(2500 / 1600, 2);
  });
});

describe('one measure before and after', () => {
  it('sets its earliest figure against its newest, in the order the question names them', async () => {
    const times = await ask('Hvor mange gange så mange sager havde en sagsbehandler i Viborg før omfordelingen som efter?');
    expect(result(times)).toMatchObject({ value: 1.6, unit: 'times', operands: [['viborg', '2015', 80], ['viborg', '2017-09', 50]] });
    expect(times.figures[0]!.period).toBe('2015--2017-09');
    const turned = await ask('How many fewer cases per caseworker does Viborg have after the redistribution than before?');
    expect(result(turned)).toMatchObject({ operands: [['viborg', '2017-09', 50], ['viborg', '2015', 80]] });
    expect(Math.abs(turned.figures[0]!.value)).toBe(30);
  });
  it('is no comparison when the question names only one side', async () => {
    const a = await ask('Hvor mange gange så mange sager har en sagsbehandler i Viborg?');
    expect(a.figures.find((x) => x.unit === 'times')).toBeUndefined();
  });
});

describe('divide', () => {
  const fig = (period: string, value: number): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'actual', period, value, unit: 'persons', scale: 1, document: 'd', locator: 'l' });
  it('spans both periods when the sides are from different years, and refuses a zero divisor', () => {
    const r = divide(fig('2015', 80), fig('2017', 50), 'da');
    expect(isRefusal(r) ? r.refused : r.period).toBe('2015--2017');
    expect(isRefusal(divide(fig('2015', 80), fig('2015', 0), 'en'))).toBe(true);
  });
  it('answers the number the card shows: two decimals, a small ratio two significant digits', () => {
    const shown = (a: number, b: number) => {
      const r = divide(fig('2015', a), fig('2015', b), 'da');
      return isRefusal(r) ? r.refused : [r.value, r.valueText];
    };
    expect(shown(47, 64)).toEqual([0.73, '0,73 gange']);
    expect(shown(80, 30)).toEqual([2.67, '2,67 gange']);
    expect(shown(1, 300)).toEqual([0.0033, '0,0033 gange']);
  });
});
