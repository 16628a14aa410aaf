/**
 * "pr. måned", "per month", "om året" of one period's figure: the figure over the months (or years) of its own
 * period, with the working "900 / 12 mdr. = 75.000 kr. pr. måned"; fewer months said than the period has
 * ("for de resterende 10 måneder") are the months it is spread over, said so. People on support are a level,
 * never spread. A measure that is itself a rate, or a yearly figure asked "pr. år", is looked up.
 */
import { describe, expect, it } from 'vitest';
import { rateAsked } from '../../functions/domain/query/index.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();

describe('reading a rate per unit of time', () => {
  it('is an average over the period named, its time words optional', async () => {
    const f = frame('Hvad koster UE 02 om måneden i 2019?');
    expect(f.operation).toBe('average');
    expect(f.measure).not.toContain('maaneden');
    expect(f.optional).toContain('maaneden');
    expect(frame('what is BIC 01 spending per month in 2018').operation).toBe('average');
  });
  it('is not "within a year" nor a yearly table', async () => {
    expect(frame('share of young people not back on benefit within a year in Hedensted 2011').operation).not.toBe('average');
    expect(frame("the KIK II yearly table's net for the 5 months of 2022").operation).not.toBe('average');
  });
  it('keeps the months said and the one year they lie in', async () => {
    const f = frame('What does UE 02 cost each month in 2017, for the remaining four months of 2017?');
    expect(f.periods).toEqual(['2017']);
    expect(f.monthsSaid).toBe(4);
    expect(frame('UE 02 pr. måned i 2017 – de 5 måneder af 2017').monthsSaid).toBe(5);
    expect(frame('Hvad koster BIC 01 pr. måned i 2017 for de resterende 10 måneder af året?').monthsSaid).toBe(10);
  });
});

describe('a figure spread over its months', () => {
  it('divides the year by 12 and shows it, in both languages', async () => {
    const da = await ask('Hvad koster UE 02 pr. måned i 2018?');
    const year = da.figures[1]!;
    expect(da.figures[0]).toMatchObject({ kind: 'average', unit: year.unit });
    expect(year.period).toBe('2018');
    expect(da.figures[0]!.value).toBeCloseTo(year.value / 12, 4);
    expect(da.calculation?.expression).toMatch(/ \/ 12 mdr\. = .* pr\. måned$/);
    const en = await ask('How much does UE 02 cost per month in 2018?');
    expect(en.figures[0]!.value).toBeCloseTo(year.value / 12, 4);
    expect(en.calculation?.expression).toMatch(/ \/ 12 months = .* per month$/);
  });
  it('divides by the months the question says the figure covers, saying so', async () => {
    const a = await ask('Hvad svarer BIC 01s ændring i driftsudgifter i 2017 til pr. måned for de resterende 10 måneder af året?');
    expect(a.figures[1]!.period).toBe('2017');
    expect(a.figures[0]!.value).toBeCloseTo(a.figures[1]!.value / 10, 4);
    expect(a.text).toContain('fordelt på de 10 måneder');
  });
  it('refuses a year said to cover fewer months without saying how many', async () => {
    const a = await ask('UE 02s driftsudgift i 2017 dækker kun månederne fra august; hvad er det pr. måned?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('kun dækker en del af året');
  });
  it('answers a yearly figure asked per year as it is', async () => {
    const a = await ask('Hvad er KIK II-besparelsen om året i 2021?');
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ period: '2021', kind: 'budget' });
  });
  it('never spreads a level: people on support at a time are not a flow', async () => {
    const a = await ask('Hvor mange unge på offentlig forsørgelse havde Viborg pr. måned i 2017?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('er et niveau');
  });
});

describe('the time unit a rate is asked in', () => {
  it('is the last rate written, in either language', () => {
    expect(rateAsked('hvad svarer 12 mio. kr. om året til pr. kvartal')).toBe('quarter');
    expect(rateAsked('and how much is that a week')).toBe('week');
    expect(rateAsked('hvor meget er det om ugen')).toBe('week');
    expect(rateAsked('what is it per month')).toBe('month');
    expect(rateAsked('hvor meget sparer vi om aaret')).toBe('year');
  });
  it('is no rate in "within a year" or "inden for et år"', () => {
    expect(rateAsked('back on benefit within a year')).toBeUndefined();
    expect(rateAsked('tilbage paa ydelse inden for et aar')).toBeUndefined();
  });
  it('reads quarters and weeks as a spread, but not a yearly figure compared or added', () => {
    expect(frame('Hvad koster UE 02 om ugen i 2018?')).toMatchObject({ operation: 'average', per: 'week' });
    expect(frame('What does UE 02 cost per quarter in 2018?')).toMatchObject({ operation: 'average', per: 'quarter' });
    expect(frame('Hvad sparer UE 09b om året?').operation).not.toBe('average');
    expect(frame('How much more a year does UE 02 cost than UE 07?').operation).toBe('difference');
    expect(frame('Hvad koster UE 02 og UE 07 tilsammen om året?').operation).toBe('sum');
  });
});

describe('a figure spread over quarters, weeks or the months of several years', () => {
  it('divides a year by 4 quarters or 52 weeks, showing the divisor', async () => {
    const da = await ask('Hvad koster UE 02 pr. kvartal i 2018?');
    expect(da.figures[0]!.value).toBeCloseTo(da.figures[1]!.value / 4, 4);
    expect(da.calculation?.expression).toMatch(/ \/ 4 kvartaler = .* pr\. kvartal$/);
    const en = await ask('What does UE 02 cost a week in 2018?');
    expect(en.figures[0]!.value).toBeCloseTo(en.figures[1]!.value / 52, 4);
    expect(en.calculation?.expression).toMatch(/ \/ 52 weeks = .* per week$/);
  });
  it('adds the years of a span up and divides by all their months, never giving the mean per year', async () => {
    const a = await ask('Hvad koster UE 08 i gennemsnit om måneden i 2017-2019?');
    const years = a.figures.slice(1);
    expect(years.map((x) => x.period)).toEqual(['2017', '2018', '2019']);
    expect(a.figures[0]!.value).toBeCloseTo(years.reduce((s, x) => s + x.value, 0) / 36, 4);
    expect(a.calculation?.expression).toContain('/ 36 mdr.');
  });
  it('divides by the weeks the question says a figure covers, saying so', async () => {
    const a = await ask('What does an IGU course cost per student each week if it lasts 90 weeks?');
    expect(a.figures[0]!.value).toBeCloseTo(a.figures[1]!.value / 90, 4);
    expect(a.text).toContain('90 weeks');
  });
  it('reads a whole number restated with a yearly rate as the figure, never a small number the measure must name', () => {
    const da = frame('Projektet skal give 40 flere i job om året. Hvor mange er det pr. kvartal?');
    expect(da.contrasts).not.toContain('n:40');
    expect(da.measure).not.toContain('40');
    const en = frame('The plan is 35 fewer people on benefit each year; how many is that per month?');
    expect(en.contrasts).not.toContain('n:35');
  });
  it('spreads a yearly rate asked over a span of years when every year gives the same rate', async () => {
    const a = await ask('Hvor mange helårspersoner om måneden svarer den årlige reduktion i langvarigt kontanthjælpsforløb i 2015-2018 til?');
    expect(a.figures[1]!.kpi).toMatch(/reduktion-helaarspersoner/);
    expect(a.figures[0]!.value).toBeCloseTo(a.figures[1]!.value / 12, 4);
  });
  it('converts a measure that is a yearly rate into the unit asked', async () => {
    const a = await ask('Hvor mange helårspersoner om kvartalet svarer den årlige reduktion i langvarigt kontanthjælpsforløb til?');
    expect(a.figures[1]!.kpi).toMatch(/reduktion-helaarspersoner/);
    expect(a.figures[0]!.value).toBeCloseTo(a.figures[1]!.value / 4, 4);
  });
});

describe('a rate of an amount the question restates', () => {
  it('spreads the measure holding the number said, with no period named', async () => {
    const a = await ask("KL's savings potential of about 10 mio. kr. a year in Viborg – what is that per quarter?");
    expect(a.figures[1]).toMatchObject({ value: 10, unit: 'mio. kr.' });
    expect(a.figures[0]!.value).toBeCloseTo(2.5, 4);
  });
  it('refuses when the figure found is not the amount said, in both languages', async () => {
    const da = await ask("Viborg: KL's besparelsespotentiale på kort sigt, ca. 40 mio. kr. om året – hvad er det om måneden?");
    expect(da.figures).toEqual([]);
    expect(da.text).toContain('nævner 40,0 mio. kr.');
    const en = await ask("Viborg: KL's short-term savings potential of roughly 40 mio. kr. a year, what is that per month?");
    expect(en.figures).toEqual([]);
    expect(en.text).toContain('names DKK 40.0 million');
  });
});
