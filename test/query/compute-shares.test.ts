/**
 * Shares of a named whole and wholes less a part: "X i % af Y" / "X as % of Y" divides two stored figures (or
 * the number the question states), parts joined by a plus are added up over the whole, "what share of the
 * total falls in 2019" is a period's part of the measure's own total, and "ekskl." / "excluding" takes a part
 * out of its whole — the table's total when only a kind or period stands before the word. A named whole that
 * cannot be found refuses: a stored share of another whole never stands in.
 */
import { describe, expect, it } from 'vitest';
import { isRefusal, shareOfParts, sharesTogether } from '../../functions/query/compute.js';
import type { Answer, ResolvedFigure } from '../../functions/query/types.js';
import { unitFactor } from '../../functions/query/units.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const terms = (a: Answer) => a.figures.slice(1).map((x) => [x.kpi, x.period, x.value]);
const fig = (value: number, unit: ResolvedFigure['unit'] = 'persons', scale = 1): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'actual', period: '2015', value, unit, scale, document: 'd', locator: 'l' });

describe('a part "i % af" / "as % of" a named whole', () => {
  it('reads the part before the words and the whole after them', async () => {
    const f = frame('forsikrede ledige i % af overførselsudgifterne 2019');
    expect(f.operation).toBe('share');
    expect(f.share).toMatchObject({ named: true, whole: { measure: ['overfoerselsudgifterne'] } });
    expect(f.share!.parts[0]!.measure).toEqual(['forsikrede', 'ledige']);
  });
  it('divides the two stored figures of the same period', async () => {
    const a = await ask('forsikrede ledige i % af overførselsudgifterne 2019');
    expect(a.figures[0]).toMatchObject({ unit: 'percent', kind: 'share' });
    expect(a.figures[0]!.value).toBeCloseTo((100 * 117619) / 753484, 4);
    expect(terms(a).map((t) => t[0])).toEqual(['aabenraa.au-budget.forsikrede-ledige', 'aabenraa.au-budget.overfoerselsudgifter']);
  });
  it('ends the whole at its verb ("går til"), so the part is what it goes to', async () => {
    const a = await ask('Hvor stor en andel af overførselsudgifterne i 2020 går til kontanthjælp?');
    expect(terms(a).map((t) => t[0])).toEqual(['aabenraa.au-budget.kontanthjaelp', 'aabenraa.au-budget.overfoerselsudgifter']);
  });
  it('adds up parts joined by a plus over the whole the question states', async () => {
    const a = await ask('Projekt Superb: borgere i ordinært arbejde + i virksomhedspraktik i procent af de 51 tilknyttede');
    expect(a.figures[0]!.value).toBeCloseTo((100 * 16) / 51, 4);
    expect(a.text).toContain('(4 + 12) / 51');
  });
  it('refuses when the named whole has no figure, rather than answer a stored share of another whole', async () => {
    const a = await ask('viborg unge på offentlig forsørgelse sep 2017 i % af de planlagte pladser');
    expect(a.figures).toEqual([]);
  });
});

describe('parts named "enten … eller" / "either … or"', () => {
  it('are each a part, and their stored shares of one whole add up', async () => {
    const f = frame('What share of Ny indsats completers in Viborg went either to a job or to early retirement pension?');
    expect(f.share!.parts.map((p) => p.measure)).toEqual([['job'], ['early', 'retirement', 'pension']]);
    const a = await ask('What share of Ny indsats completers in Viborg went either to a job or to early retirement pension?');
    expect(a.figures[0]).toMatchObject({ value: 46, unit: 'percent' });
    expect(a.text).toContain('24% + 22% = 46%');
  });
  it('are counts added up over the whole the question states', async () => {
    const a = await ask('In Projekt Superb, what share of the 51 citizens are either in ordinary work or in a work placement?');
    expect(a.figures[0]!.value).toBeCloseTo((100 * 16) / 51, 4);
  });
  it('refuse rather than answer one of them when not every part is found', async () => {
    const a = await ask('Hvor stor en andel af Ny indsats-borgerne gik enten i job eller til et helt andet formål?');
    expect(a.figures.filter((x) => x.unit === 'percent').length).not.toBe(1);
  });
});

describe('a period\'s part of the measure\'s own total', () => {
  it('divides the period\'s figure by the total column, the stated amount picking the measure', async () => {
    const a = await ask('Hvor stor en andel af KIK II\'s samlede investering på 60,6 mio. kr. ligger i 2020?');
    expect(terms(a)).toEqual([['aabenraa.kik-ii.investering', '2020', 16.2], ['aabenraa.kik-ii.investering', '2018-06--2022-05', 60.6]]);
    const wrongAmount = await ask('Hvor stor en andel af KIK II\'s samlede investering på 70 mio. kr. ligger i 2020?');
    expect(wrongAmount.figures.find((x) => x.kind === 'share')).toBeUndefined();
  });
});

describe('a whole less a part ("ekskl.", "excluding")', () => {
  it('takes the part out of the measure named before the word', async () => {
    const a = await ask('Hvad er overførselsudgifterne i 2020 ekskl. kontanthjælp?');
    expect(a.figures[0]).toMatchObject({ kind: 'excluding', value: 765941 - 108789 });
  });
  it('takes it out of its table\'s total when only a kind and period stand before the word', async () => {
    const a = await ask('Aabenraas budget 2020 eksklusive førtidspension');
    expect(terms(a)).toEqual([['aabenraa.au-budget.udvalget-i-alt', '2020', 900413], ['aabenraa.au-budget.foertidspension', '2020', 275202]]);
    expect(a.figures[0]!.value).toBe(900413 - 275202);
  });
});

describe('one row\'s part of the whole it is a row of, in the same year', () => {
  it('ends the whole at "står … for" / "account for": the row named after the verb is the part', () => {
    const da = frame('Hvor stor en del af KIK II-investeringen i 2019 står Arbejdsmarkedsudvalget for?');
    expect(da.share!.whole.contrasts).not.toContain('committee:au');
    expect(da.share!.parts[0]!.contrasts).toContain('committee:au');
    const en = frame('What share of the KIK II investment in 2020 does the Finance Committee account for?');
    expect(en.share!.whole.contrasts).not.toContain('committee:oek');
    expect(en.share!.parts[0]!.contrasts).toContain('committee:oek');
  });
  it('divides the row by the total of the same year, never by the row\'s own total over all years', async () => {
    const a = await ask('Hvor stor en del af KIK II-investeringen i 2019 står Arbejdsmarkedsudvalget for?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent' });
    const [part, whole] = a.figures.slice(1);
    expect([part!.period, whole!.period]).toEqual(['2019', '2019']);
    expect(part!.kpi).toMatch(/au-investering/);
    expect(a.figures[0]!.value).toBeCloseTo((100 * part!.value * unitFactor(part!.unit)) / (whole!.value * unitFactor(whole!.unit)), 3);
  });
});

describe('shareOfParts', () => {
  it('is one part\'s share, or the parts\' sum over the whole, and refuses mixed units', () => {
    const one = shareOfParts([fig(4)], fig(50), 'da', 'same');
    expect(isRefusal(one) ? one.refused : one.value).toBe(8);
    const two = shareOfParts([fig(4), fig(12)], fig(50), 'en', 'same');
    expect(isRefusal(two) ? two.refused : [two.value, two.expression, two.operands.length]).toEqual([32, '(4 + 12) / 50 = 32%', 3]);
    expect(isRefusal(shareOfParts([fig(4), fig(12, 'dkk', 1000)], fig(50), 'en', 'same'))).toBe(true);
  });
  it('adds stored shares of one period only, and never past 100 %', () => {
    const pct = (value: number, period = '2015') => ({ ...fig(value, 'percent'), period });
    const r = sharesTogether([pct(24), pct(22)], 'da');
    expect(isRefusal(r) ? r.refused : [r.value, r.expression]).toEqual([46, '24 % + 22 % = 46 %']);
    expect(isRefusal(sharesTogether([pct(24), pct(22, '2016')], 'en'))).toBe(true);
    expect(isRefusal(sharesTogether([pct(64), pct(52)], 'en'))).toBe(true);
  });
});
