/**
 * Numbers stated in the question are operands with the question as their source: a whole or part the
 * store does not hold ("de ca. 350"), a whole read with an English thousands comma ("the 1,869"), and a
 * share applied to a whole to give heads ("hvor mange af de 153 …" of a measure stored as a share).
 * Pure tests of compute.ts and operands.ts first, then the rules asked in words of the seed documents
 * (000 Viborg, 003 Herning CEB 03, 004 KL's Ny indsats).
 */
import { describe, expect, it } from 'vitest';
import { isRefusal, perUnit, product, type Computed, type Refusal } from '../../functions/query/compute.js';
import { isStated, statedFigure } from '../../functions/query/operands.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const fig = (value: number, unit: ResolvedFigure['unit'] = 'persons', scale = 1, period = '2018'): ResolvedFigure => ({
  kpiId: 'k',
  orgId: 'o',
  kind: 'actual',
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

describe('operands: numbers the question states', () => {
  it('a stored value is the stated number, also when a thousands comma was read as a decimal comma', () => {
    expect(isStated([1.869], 1869)).toBe(true);
    expect(isStated([153], 153)).toBe(true);
    expect(isStated([153], 154)).toBe(false);
    expect(isStated([15.9], 15900)).toBe(false);
  });
  it('a stated number takes the unit, period and organisation of the stored figure it is set against, and names the question as its source', () => {
    const x = statedFigure(1.869, fig(634, 'full-time-persons', 1, '2017-09'), 'da');
    expect(x).toMatchObject({ value: 1869, unit: 'full-time-persons', period: '2017-09', orgId: 'o', stated: true, kpiId: '', title: 'dit tal i spørgsmålet' });
    expect(statedFigure(24.5, fig(10, 'percent'), 'en').value).toBe(24.5);
  });
});

describe('compute: product and per-unit', () => {
  it('a share times a whole is heads, rounded and said as about', () => {
    const x = computed(product(fig(24, 'percent'), fig(153), 'da'));
    expect(x).toMatchObject({ operation: 'product', value: 37, unit: 'persons', valueText: 'ca. 37 personer' });
    expect(x.expression).toBe('24 % × 153 = 36,7 ≈ 37 personer');
  });
  it('a count times a cost each is exact money in the cost\'s scale', () => {
    expect(computed(product(fig(10, 'count'), fig(337417, 'dkk'), 'en'))).toMatchObject({ value: 3374170, unit: 'kr.' });
  });
  it('a share times money, or a share times a share, is refused', () => {
    expect(isRefusal(product(fig(24, 'percent'), fig(100, 'dkk', 1000), 'da'))).toBe(true);
    expect(isRefusal(product(fig(24, 'percent'), fig(50, 'percent'), 'da'))).toBe(true);
  });
  it('a cost over a count is kroner each, whatever scale the cost is kept in', () => {
    const x = computed(perUnit(fig(1600, 'dkk', 1000), fig(45, 'count'), 'da'));
    expect(x).toMatchObject({ operation: 'per-unit', unit: 'kr.' });
    expect(x.value).toBeCloseTo(35555.56, 2);
    expect(isRefusal(perUnit(fig(1600, 'dkk', 1000), fig(0, 'count'), 'da'))).toBe(true);
    expect(isRefusal(perUnit(fig(45, 'count'), fig(1600, 'dkk', 1000), 'da'))).toBe(true);
  });
});

describe('answers: stated operands', () => {
  const { ask } = seededEngine();

  it('a part the store does not hold is the question\'s own number over the stored whole', async () => {
    const a = await ask('Hvor mange procent af de unge 18-29-årige på offentlig forsørgelse i Viborg i september 2017 svarer de ca. 350 A-dagpengemodtagere til?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent' });
    expect(a.figures[0]!.value).toBeCloseTo((350 / 1869) * 100, 4);
    expect(a.calculation?.expression).toBe('350 / 1.869 = 18,7 %');
  });
  it('a whole written "1,869" in English is the stored 1.869', async () => {
    const a = await ask('What share of the 1,869 young full-time persons on public support in Viborg in September 2017 were on education benefit (uddannelseshjælp)?');
    expect(a.figures[0]!.value).toBeCloseTo((634 / 1869) * 100, 4);
  });
  it('a small number in the part names which part ("4 eller flere") against the stated whole', async () => {
    const a = await ask('Hvor stor en andel af de 274 gengangere i november 2016 havde 4 eller flere sygeperioder?');
    expect(a.figures[0]!.value).toBeCloseTo((102 / 274) * 100, 4);
  });
  it('a whole stated as an age range is no whole: the share is not computed from "18"', async () => {
    const a = await ask('Hvor stor en andel af de 18-29-årige i Viborg var på offentlig forsørgelse i september 2017?');
    expect(a.calculation?.expression ?? '').not.toContain('/ 18 ');
  });
  it('a share found upside down (the total as the part) is turned round by the catalogue\'s "i alt" name, never answered over 100 %', async () => {
    const a = await ask('Hvor stor en andel af Arbejdsmarkedsudvalgets samlede budget i 2018 går til førtidspension?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent' });
    expect(a.figures[0]!.value).toBeCloseTo((274778 / 893273) * 100, 4);
    expect(a.figures[2]).toMatchObject({ kpi: 'aabenraa.au-budget.udvalget-i-alt' });
  });
  it('heads asked of a share: the stored share times the stated whole, found stored in the same case', async () => {
    const a = await ask('Roughly how many of the 153 Ny indsats completers went on to early retirement pension (førtidspension)?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 34, unit: 'persons' });
    expect(a.figures.slice(1).map((x) => x.value)).toEqual([22, 153]);
  });
  it('heads asked of a stated percentage: the whole is the count stored beside the share', async () => {
    const a = await ask('Hvor mange personer svarer de 24 pct. af Ny indsats-afslutterne, der kom i job, ca. til?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 37 });
    expect(a.headline?.valueText).toBe('ca. 37 personer');
  });
  it('a percentage that is a condition ("hvis andelen var forblevet 15,9 %") is not applied to anything', async () => {
    const a = await ask('Hvor mange fuldtidspersoner ville der have været på offentlig forsørgelse i september 2017, hvis andelen var forblevet 15,9 %?');
    expect(a.figures[0]).toMatchObject({ kind: 'counterfactual', value: 2099 });
  });
});
