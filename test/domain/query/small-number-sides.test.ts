/**
 * Sides told apart only by a small number — two years, two codes of one series, the first and second half of a
 * year — are compared, never read as one of them: "vs" between two things named sets them against each other, an
 * ordinal written once before "og"/"vs" shares the unit and year after the second, and the same period written on
 * each side is one period.
 */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const lex = lexiconFor(
  [
    { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] },
    { id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: ['Herning'] },
  ],
  [
    { id: 'h.ue-03', code: 'UE 03', title: 'Mentorer', orgId: 'herning', aliases: [] },
    { id: 'h.ue-05', code: 'UE 05', title: 'Brobygning', orgId: 'herning', aliases: [] },
  ],
).lexicon;
const read = (q: string) => readFrame(q, lex);

describe('"vs" between two things named', () => {
  it.each([
    ['driftsudgift UE03 vs UE05 i 2018', 'difference'],
    ['operating cost UE 03 versus UE 05, 2019', 'difference'],
    ['Viborg vs Herning: ledige i alt', 'difference'],
    ['udgifter 2021 vs 2022', 'change'],
    ['budget 2017 versus 2016?', 'change'],
  ])('%s is a %s', (q, op) => expect(read(q).operation).toBe(op));
  it('is still a lookup with one thing named', () => expect(read('udgifter vs. budget 2021').operation).toBe('lookup'));
});

describe('an ordinal shared by two halves or quarters', () => {
  it.each([
    ['ledige 1. vs 2. halvår 2017', ['2017-H1', '2017-H2']],
    ['first vs second quarter 2015 caseload', ['2015-Q1', '2015-Q2']],
    ['ledige i 3. eller 4. kvartal 2016', ['2016-Q3', '2016-Q4']],
  ])('%s reads both periods', (q, periods) => expect(read(q).periods).toEqual(periods));
  it('joins "1. og 2. halvår" into the span of both, as "2018 og 2019" is', () => expect(read('ledige i 1. og 2. halvår 2017 tilsammen').periods).toEqual(['2017-H1--2017-H2']));
});

describe('two cases set against each other', () => {
  it('is a difference however far apart "end" and the comparison word are, the period written twice being one', () => {
    const f = read('Hvor meget er driftsudgiften i UE 03 (2018) mon større end i UE 05 (2018)?');
    expect(f).toMatchObject({ operation: 'difference', periods: ['2018'] });
  });
  it('reads "by what percentage … lower than" of two organisations as a difference in per cent of the second', () => {
    expect(read('By what percentage is Viborg\'s caseload lower than Herning\'s?')).toMatchObject({ operation: 'difference', relative: true });
  });
});
