/**
 * Averages and sums of periods written compactly: each term is a stored figure, named in the working, and a
 * term that is missing refuses the whole with its name — the mean or sum of whatever happens to be stored
 * would be a confident wrong number. A group's own average ("klyngens gennemsnit") is a figure, not a mean.
 */
import { describe, expect, it } from 'vitest';
import { average, isRefusal, spread } from '../../functions/query/compute.js';
import type { Answer, ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const terms = (a: Answer) => a.figures.slice(1).map((x) => [x.org, x.period, x.value]);
const fig = (period: string, value: number, unit: ResolvedFigure['unit'] = 'persons', scale = 1): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'actual', period, value, unit, scale, document: 'd', locator: 'l' });

describe('reading an average', () => {
  it('is a mean over the organisations or the span named, its words no part of the measure', async () => {
    const f = frame('snit af hedensted og viborg aktiveringsgrad');
    expect(f.operation).toBe('average');
    expect(f.measure).not.toContain('snit');
    expect(frame('What is the average yearly operating cost of JC 09 over 2017-2019?').measure).not.toContain('average');
  });
  it('is not the group\'s own average, nor a mean with one thing to average', async () => {
    expect(frame('Hvor meget kunne Viborg spare ved at komme ned på klyngens gennemsnit?').operation).not.toBe('average');
    expect(frame('How far is Viborg from the cluster average activation rate?').operation).not.toBe('average');
    expect(frame('Hvad er den gennemsnitlige nettoudgift pr. ung?').operation).toBe('lookup');
  });
});

describe('an average across organisations', () => {
  it('takes each one\'s figure of the same measure and period, shares weighing alike', async () => {
    const a = await ask('gennemsnit af Hedensteds og Viborgs aktiveringsgrad for matchgruppe 2 og 3');
    expect(a.figures[0]).toMatchObject({ value: 33, unit: 'percent', kind: 'average' });
    expect(terms(a)).toEqual([['hedensted', '2012', 42], ['viborg', '2012', 24]]);
    expect(a.text).toContain('(42 + 24) / 2 = 33 %');
  });
});

describe('an average over every municipality ("de tre kommuner")', () => {
  it('takes each municipality with the measure, never a cluster or the national level, without asking which', async () => {
    expect(frame('gennemsnittet for de tre kommuner af aktiveringsgraden').everyOrg).toBe(3);
    const a = await ask('What is the average activation rate for match groups 2 and 3 across the three municipalities?');
    expect(terms(a).map((t) => t[0])).toEqual(['hedensted', 'skanderborg', 'viborg']);
    expect(a.figures[0]!.value).toBeCloseTo(100 / 3, 4);
  });
  it('refuses when the number said is not the number of municipalities with a figure', async () => {
    const a = await ask('gennemsnit for de fire kommuner aktiveringsgrad matchgruppe 2 og 3');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('jeg har 3');
  });
});

describe('an average over years', () => {
  it('is the sum over the years of the span divided by their number, the unit kept, said per year', async () => {
    const a = await ask('What is the average yearly operating cost of JC 09 over 2017-2019?');
    expect(a.figures[0]).toMatchObject({ value: 300, unit: '1.000 kr.' });
    expect(terms(a).map((t) => t[1])).toEqual(['2017', '2018', '2019']);
    expect(a.text).toContain('per year');
  });
  it('refuses, naming the year, when a year of the span is stored only in part', async () => {
    const a = await ask('gns investering KIK II 2018-2020');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('2018');
  });
});

describe('periods added up as written ("2020+2021")', () => {
  it('reads the plus between periods as a sum of exactly those periods', async () => {
    expect(frame('kik2 investering 2019+2021')).toMatchObject({ operation: 'sum', periodsAdded: true });
    expect(frame('KIK II investering fra 2019 til 2021').periodsAdded).toBeUndefined();
  });
  it('adds only the periods named, saying so when they leave a gap', async () => {
    const a = await ask('KIK II investering 2019 + 2021');
    expect(a.figures[0]!.value).toBeCloseTo(28.9, 6);
    expect(terms(a).map((t) => t[1])).toEqual(['2019', '2021']);
    expect(a.text).toContain('Kun 2019 og 2021 er lagt sammen');
  });
  it('takes a year kept only in part as that part, said so, and refuses a period without a figure', async () => {
    const part = await ask('kik2 gevinst 2018 plus 2019');
    expect(terms(part).map((t) => t[1])).toEqual(['2018-06--2018-12', '2019']);
    expect(part.text).toMatch(/kun en del af året/);
    const none = await ask('kik2 investering 2019+2025');
    expect(none.figures).toEqual([]);
    expect(none.text).toContain('2025');
  });
});

describe('average and spread', () => {
  it('refuse ranks, mixed units and a single figure', () => {
    expect(isRefusal(average([fig('2012', 3, 'rank'), fig('2012', 5, 'rank')], 'da'))).toBe(true);
    expect(isRefusal(average([fig('2012', 3, 'dkk', 1000), fig('2012', 5, 'dkk', 1e6)], 'en'))).toBe(true);
    expect(isRefusal(average([fig('2012', 3)], 'en'))).toBe(true);
  });
  it('spreads a span\'s figure over its months', () => {
    expect(spread([fig('2016-09--2017-08', 184)], 12, 'month', 'da')).toMatchObject({ value: 15.333333, expression: '184 / 12 mdr. = 15,33 personer pr. måned' });
  });
  it('spreads several years added up over their quarters or weeks, naming the unit', () => {
    const years = [fig('2020', 100), fig('2021', 140)];
    expect(spread(years, 8, 'quarter', 'da')).toMatchObject({ value: 30, period: '2020--2021', expression: '(100 + 140) / 8 kvartaler = 30 personer pr. kvartal' });
    expect(spread([fig('2020', 104)], 52, 'week', 'en').expression).toMatch(/^104 \/ 52 weeks = 2 .* per week$/);
  });
});
