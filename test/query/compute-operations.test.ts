/**
 * The rules of arithmetic answers, one per test: the sign follows the question's own direction word, a
 * count is a size, a sum covers the years named, each side of a comparison is the line and column asked
 * for, and operands are in the order the question says. Pure tests of compute.ts and operands.ts first,
 * then the same rules asked in words of the seed documents (001 Aabenraa, 004 KL).
 */
import { describe, expect, it } from 'vitest';
import { isRefusal, percentChange, rest, share, subtract, sum, type Computed, type Refusal } from '../../functions/query/compute.js';
import { spanOf, widest, winnerFirst, yearsToAdd } from '../../functions/query/operands.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const fig = (period: string, value: number, unit: ResolvedFigure['unit'] = 'persons', scale = 1): ResolvedFigure => ({
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

describe('compute: the sign follows the question', () => {
  it('a percentage fall asked as a fall is its size, said as a fall; asked neutrally it keeps its sign', () => {
    const asked = computed(percentChange(fig('2017', 75), fig('2015', 100), 'da', { asked: 'down' }));
    expect(asked).toMatchObject({ value: 25, direction: 'down', valueText: 'et fald på 25 %' });
    expect(asked.expression).toContain('= −25 %');
    expect(computed(percentChange(fig('2017', 75), fig('2015', 100), 'en'))).toMatchObject({ value: -25, direction: 'down' });
  });
  it('a rise asked as a fall keeps its sign and says it rose', () => {
    expect(computed(percentChange(fig('2017', 110), fig('2015', 100), 'en', { asked: 'down' }))).toMatchObject({ value: 10, direction: 'up', valueText: 'an increase of 10%' });
  });
  it('counts a table gives as negative flows add up to their size when a size is asked, said as fewer', () => {
    const r = computed(sum([fig('2019', -120), fig('2020', -94)], 'da', { size: true }));
    expect(r).toMatchObject({ value: 214, direction: 'down' });
    expect(r.valueText).toBe('214 personer');
    expect(r.expression).toMatch(/^-?−?120 \+ -?−?94 = −214 personer \(214 personer færre\)$/);
    // Money keeps its sign: a net result can be a loss.
    expect(computed(sum([fig('2019', -5, 'dkk', 1e6), fig('2020', -3, 'dkk', 1e6)], 'da', { size: true })).value).toBe(-8);
  });
});

describe('compute: a place in a ranking', () => {
  it('moves up as its number falls, said in places, its size when asked which way it went', () => {
    const r = computed(subtract('change', fig('2016-Q1', 4, 'rank'), fig('2015-Q1', 10, 'rank'), 'da', { periods: 'alike', asked: 'up' }));
    expect(r).toMatchObject({ value: 6, direction: 'up', valueText: '6 pladser frem', expression: '4 − 10 = −6 pladser (6 pladser frem)' });
    const en = computed(subtract('difference', fig('2012', 5, 'rank'), fig('2012', 4, 'rank'), 'en', { periods: 'same' }));
    expect(en).toMatchObject({ value: 1, direction: 'down', valueText: '1 place behind' });
  });
});

describe('operands', () => {
  const years = [fig('2016', 6.1), fig('2017', 25.3), fig('2018-01--2018-05', 11.4), fig('2016', 1)].slice(0, 3);
  it('a sum takes each year of the span, and a part of a year the source gives in place of a missing year', () => {
    const r = yearsToAdd(years, '2016--2018')!;
    expect(r.figures.map((x) => x.value)).toEqual([6.1, 25.3, 11.4]);
    expect(r.partial.map((x) => x.period)).toEqual(['2018-01--2018-05']);
    expect(yearsToAdd([fig('2016', 1)], '2016--2018')).toBeUndefined();
  });
  it('several periods named make one span of years', () => {
    expect(spanOf(['2017', '2018--2019'])).toBe('2017--2019');
    expect(spanOf(['2016', '2017--2018', '2018-05-31'])).toBe('2016--2018');
    // Months of a year placed only against a measure ("de 7 måneder af 2022") bound no span.
    expect(spanOf(['@m7-2022', '2022', '2023'])).toBe('2022--2023');
  });
  it("a plan's total is its widest stored span", () => {
    expect(widest([fig('2019', 1), fig('2018-06--2018-12', 2), fig('2018-06--2022-05', 3)])?.value).toBe(3);
    expect(widest([fig('2019', 1)])).toBeUndefined();
  });
  it('"which is higher" puts the higher first, "which is lower" the lower, across money scales', () => {
    const [a, b] = [fig('2019', 2, 'dkk', 1e6), fig('2019', 1500, 'dkk', 1000)];
    expect(winnerFirst(b, a, 'max')).toEqual([a, b]);
    expect(winnerFirst(a, b, 'min')).toEqual([b, a]);
    expect(winnerFirst(b, a, undefined)).toEqual([b, a]);
  });
});

describe('asked in words', () => {
  const { ask } = seededEngine();

  it('"med hvor mange procent blev … reduceret" answers the size of the fall', async () => {
    const a = await ask('Med hvor mange procent blev kontanthjælpsbudgettet i Aabenraa reduceret fra 2018 til 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'percent-change', direction: 'down', unit: 'percent' });
    expect(a.figures[0]!.value).toBeCloseTo(12.59, 2);
    expect(a.headline?.valueText).toMatch(/^et fald på 12,6 %/);
  });
  it('a flow out stored as negative is asked "how many" as its size, the answer saying how the table gives it', async () => {
    const a = await ask('How many contact courses go to other support in KIK II in 2021?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.kontaktforloeb-til-anden-forsoergelse', value: 16 });
    expect(a.text).toMatch(/[-−]16 contact courses/);
  });
  it('"overgå til" is a move to something, not "surpass": a lookup', async () => {
    const a = await ask('Hvor mange kontaktforløb forventes at overgå til selvforsørgelse i KIK II i 2020?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.kontaktforloeb-til-selvforsoergelse', value: 94 });
  });
  it('a sum over the years named adds each of them, and a sum of outflows is their size', async () => {
    const a = await ask('Hvor mange kontaktforløb forventes i alt at gå til anden forsørgelse i KIK II i 2019, 2020 og 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 37 + 29 + 16, direction: 'down' });
    expect(a.figures).toHaveLength(4);
  });
  it('a budget in two years compared with "than" is the first less the second, never a deviation from a budget', async () => {
    const a = await ask('Hvor meget mindre er budgettet til kontanthjælp i 2019 end i 2018 i Aabenraa?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', direction: 'down' });
    expect(a.figures.slice(1).map((x) => x.period)).toEqual(['2019', '2018']);
  });
  it('"which is higher, A or B, and by how much" answers the size with the higher first', async () => {
    const a = await ask('Hvilken kommune ligger højest på aktiveringsgraden for matchgruppe 2 og 3, Skanderborg eller Hedensted, og med hvor mange procentpoint?');
    const [result, first, second] = a.figures;
    expect(result).toMatchObject({ kind: 'difference', unit: 'percentage points', direction: 'up' });
    expect(result!.value).toBeGreaterThan(0);
    expect(first!.value).toBeGreaterThan(second!.value);
  });
  it('"which has the highest, A or B?" ranks only the two named', async () => {
    const a = await ask('Hvem har den højeste aktiveringsgrad for matchgruppe 2 og 3, Viborg eller Skanderborg?');
    expect(a.figures[0]).toMatchObject({ org: 'skanderborg', value: 34 });
  });
  it('"hvor mange gange så stor er X som Y" divides X by Y, whichever the search found first', async () => {
    const a = await ask('Hvor mange gange så høj er landsplans andel af ledige i matchgruppe 3 som Viborgs?');
    expect(a.figures.slice(1).map((x) => x.org)).toEqual(['landsplan', 'viborg']);
    expect(a.figures[0]!.value).toBeGreaterThan(1);
  });
  it('"A plus B" adds two measures, split at "plus" even when one of them names two things ("ledighedsydelse og fleksjob")', async () => {
    const a = await ask('What is the budget for unemployment benefit and flex jobs plus sickness benefit, rehabilitation etc. in 2019 in Aabenraa?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 144275 + 151293, period: '2019' });
    expect(a.headline?.measure).toContain(' and ');
  });
  it("each side's total column, when a comparison of two committees says total", async () => {
    const a = await ask('Hvor meget større er AU\'s samlede investering i KIK II end ØK\'s?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 37163 - 23450, direction: 'up' });
    expect(a.figures.slice(1).map((x) => x.period)).toEqual(['2018-06--2022-05', '2018-06--2022-05']);
  });
});

describe('a share of a whole', () => {
  const { ask } = seededEngine();

  it('is the part over the whole in percent, with its working', () => {
    const r = computed(share(fig('2015', 4), fig('2015', 51), 'da', 'same'));
    expect(r).toMatchObject({ operation: 'share', unit: 'percent', expression: '4 / 51 = 7,8 %' });
    expect(r.value).toBeCloseTo(7.843, 3);
    expect(isRefusal(share(fig('2015', 4), fig('2015', 51, 'full-time-persons'), 'da', 'any'))).toBe(true);
    expect(isRefusal(share(fig('2015', 4), fig('2016', 51), 'da', 'same'))).toBe(true);
  });
  it('the whole is the stored figure with the number the question states, the part the measure the rest names', async () => {
    const a = await ask('How large a share of the 1,485 citizens in KIK II had become self-supporting by 31 August 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent' });
    expect(a.figures[0]!.value).toBeCloseTo((408 / 1485) * 100, 3);
    expect(a.figures.slice(1).map((x) => x.value)).toEqual([408, 1485]);
  });
  it('a stated whole of one kind (planned) and the part of another kind of the same measure (enrolled)', async () => {
    const a = await ask('Hvor stor en del af de planlagte 150 deltagere i Projekt Superb er tilknyttet indtil nu?');
    expect(a.figures.slice(1).map((x) => [x.value, x.kind])).toEqual([[51, 'actual'], [150, 'expected']]);
  });
  it('without a stated number, the whole is what is named after "af" / "of"', async () => {
    const a = await ask('Hvor stor en andel af deltagerne i Projekt Superb er kommet i ordinært arbejde?');
    expect(a.figures[0]).toMatchObject({ kind: 'share' });
    expect(a.figures.slice(1).map((x) => x.value)).toEqual([4, 51]);
  });
  it('a number the question states is the whole, never the answer to "how many of the N"', async () => {
    const a = await ask('Hvor mange af de 180 afsluttede borgere i Transit var i arbejde eller uddannelse efter 12 måneder?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.bic-01.transit-i-arbejde-eller-uddannelse', value: 22 });
  });
  it('"hvor mange af X er hverken A eller B" is the whole less each part, each its own measure', async () => {
    const r = computed(rest(fig('2016', 180), [fig('2016', 22), fig('2016', 45)], 'da', 'same'));
    expect(r).toMatchObject({ operation: 'rest', value: 113, expression: '180 − 22 − 45 = 113 personer' });
    expect(isRefusal(rest(fig('2016', 10), [fig('2016', 22)], 'da', 'same'))).toBe(true);
    const a = await ask('How many of the Superb citizens are neither in ordinary work nor in work placement?');
    expect(a.figures[0]).toMatchObject({ kind: 'rest', value: 51 - 4 - 12 });
    expect(new Set(a.figures.slice(1).map((x) => x.kpi)).size).toBe(3);
  });
  it('"ikke" / "not": the whole with its relative clause ("der kom i ordinært arbejde") less the part after it', async () => {
    const a = await ask('Hvor mange af borgerne fra afklaringsværkstederne, der kom i ordinært arbejde, har ikke været i job over 3 måneder?');
    expect(a.figures.slice(0, 3).map((x) => x.value)).toEqual([9, 17, 8]);
  });
  it('a stored share that answers the question comes before any computing', async () => {
    const a = await ask('Hvor stor en andel af aktiverede i matchgruppe 2 i Hedensted var i beskæftigelse seks måneder efter aktivering?');
    expect(a.figures[0]).toMatchObject({ kind: 'actual', unit: 'percent', org: 'hedensted' });
  });
});
