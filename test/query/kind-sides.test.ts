/**
 * Two kinds of one measure (a budget and an actual figure for the same line and year) asked against each
 * other: a ratio divides them with the base the question names, a change over years reads a year stored for
 * part of it as that year (said out loud), and a stored difference never answers a ratio. And a target asked
 * of a goal that gives one without a deadline is said, never denied.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const operands = (a: Answer) => a.figures.slice(1).map((x) => [x.kind, x.period, x.value]);

describe('a ratio of two kinds of one measure', () => {
  it('"hvor mange gange … end/som budgettet" is a ratio, not the gap to the budget', async () => {
    expect(frame('Hvor mange gange større var det faktiske KIK-resultat end budgettet i 2016?').operation).toBe('ratio');
    expect(frame('How many times the target was the actual figure in KIK II?').operation).toBe('ratio');
    expect(frame('Hvor meget større var det faktiske KIK-resultat end budgettet i 2016?').operation).toBe('versus-budget');
  });
  it('divides by the kind named after "som" / "than", else by the one named first', async () => {
    const da = await ask("Hvor mange gange så stort var KIK's faktiske resultat som det budgetterede i 2018?");
    expect(da.figures[0]).toMatchObject({ unit: 'times', kind: 'ratio' });
    expect(da.figures[0]!.value).toBeCloseTo(11.4 / 4, 4);
    expect(operands(da)).toEqual([['actual', '2018-01--2018-05', 11.4], ['budget', '2018-01--2018-05', 4]]);
    const en = await ask('For KIK in 2018, how many times the budgeted result was the actual result?');
    expect(operands(en).map((x) => x[0])).toEqual(['actual', 'budget']);
    const turned = await ask('How many times larger was the budgeted KIK result than the actual result in 2018?');
    expect(operands(turned).map((x) => x[0])).toEqual(['budget', 'actual']);
  });
  it('is no multiple when the two have opposite signs, and a stored difference never answers it', async () => {
    const a = await ask("Hvor mange gange så stort var KIK's faktiske resultat som det budgetterede i 2017?");
    expect(a.figures.find((x) => x.unit === 'times' || x.kind === 'difference')).toBeUndefined();
  });
});

describe('a change over years with a year stored for part of it', () => {
  it('reads the part as the year asked, in the kind asked, and says so', async () => {
    const da = await ask('Hvor meget steg det budgetterede resultat for KIK fra 2017 til 2018?');
    expect(operands(da)).toEqual([['budget', '2018-01--2018-05', 4], ['budget', '2017', -8.6]]);
    expect(da.figures[0]!.value).toBeCloseTo(12.6, 6);
    expect(da.text).toContain('dækker kun januar 2018 – maj 2018');
    const en = await ask("By how much did KIK's actual result change from 2017 to 2018?");
    expect(operands(en)).toEqual([['actual', '2018-01--2018-05', 11.4], ['actual', '2017', 25.3]]);
    expect(en.text).toContain('covers only');
  });
  it('keeps years of whole figures lined up as before', async () => {
    const a = await ask('Hvor meget steg det budgetterede resultat for KIK fra 2016 til 2017?');
    expect(operands(a)).toEqual([['budget', '2017', -8.6], ['budget', '2016', -18.1]]);
    expect(a.text).not.toContain('dækker kun');
  });
});

describe('the gap to the budget over several years', () => {
  it('adds up the table\'s own difference row, a part-year said to be one', async () => {
    const da = await ask('Hvor langt over budgettet lå KIK\'s faktiske resultat i 2016 og 2017 samlet?');
    expect(da.figures[0]).toMatchObject({ kind: 'sum', period: '2016--2017' });
    expect(da.figures[0]!.value).toBeCloseTo(58.1, 6);
    expect(operands(da)).toEqual([['difference', '2016', 24.2], ['difference', '2017', 33.9]]);
    const en = await ask("How far above the budget was KIK's actual result in 2016-2018 in total?");
    expect(operands(en).map((x) => x[1])).toEqual(['2016', '2017', '2018-01--2018-05']);
    expect(en.text).toContain('only part of the year');
  });
  it('answers one year with the actual less the budget, as before', async () => {
    const a = await ask("Hvor langt over budgettet lå KIK's faktiske resultat i 2017?");
    expect(a.figures[0]).toMatchObject({ kind: 'versus-budget', value: 33.9 });
    expect(operands(a).map((x) => x[0])).toEqual(['actual', 'budget']);
  });
});

describe('a target asked of a goal without a deadline', () => {
  it('says the target beside the figure instead of saying there is none', async () => {
    const da = await ask('Hvad er KIK\'s mål for andelen af integrationsborgere, der er selvforsørgende efter 3 år?');
    expect(da.text).toContain('Målet er 50 %, uden frist');
    expect(da.text).not.toContain('ikke noget tal af typen');
    const en = await ask("What is KIK's goal for the share of integration citizens self-supporting after 3 years?");
    expect(en.text).toContain('The target is 50%, with no deadline');
  });
});

describe('"bedre" / "better" compare, they name no measure', () => {
  it('asked after an actual figure, "hvor meget bedre var det end budgettet?" is the gap for that measure and year', async () => {
    const first = await ask("Hvad blev KIK's faktiske resultat i 2016?");
    const gap = await ask('hvor meget bedre var det end budgettet?', first.context ? { context: first.context } : {});
    expect(gap.figures[0]).toMatchObject({ kind: 'versus-budget', period: '2016' });
    expect(gap.figures[0]!.value).toBeCloseTo(24.2, 6);
    expect(frame("How much worse than the target was KIK II's number of self-supporting citizens?").measure).not.toContain('worse');
  });
});
