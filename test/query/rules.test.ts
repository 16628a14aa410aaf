/**
 * One test per rule of the engine, over the seed data: period choice (partial years said, relative periods
 * said out loud), unit sense, kinds as preferences, organisation refusal, arithmetic that refuses across
 * units, and ambiguity that asks. The aggregate score is eval.test.ts; these say which rule broke.
 */
import { describe, expect, it } from 'vitest';
import { subtract, sum } from '../../functions/query/compute.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('period choice', () => {
  it('answers a year with the part of it the figure covers, and says so', async () => {
    const a = await ask('Hvad var KIK II-investeringen under Arbejdsmarkedsudvalget (AU) i 2018 i udvalgstabellen?');
    expect(a.figures[0]).toMatchObject({ period: '2018-06--2018-12', value: 7408 });
    expect(a.text).toContain('dækker kun juni 2018 – december 2018');
  });
  it('reads a relative period against the newest figures and says how', async () => {
    const a = await ask('Hvor mange kontaktforløb forventer KIK II ved udgangen af i år?');
    expect(a.figures[0]).toMatchObject({ period: '2022', value: 783 });
    expect(a.text).toContain('«i år» er læst som 2022');
  });
  it('counts "år 1" from the measure\'s first year', async () => {
    const a = await ask('Hvad investerer KIK II i år 1?');
    expect(a.figures[0]).toMatchObject({ period: '2018-06--2018-12', value: 11.7 });
  });
  it('answers months that make up a quarter with the quarter\'s figure', async () => {
    const a = await ask('Hvilken placering i klyngen havde Viborg i januar-marts 2015 målt på andelen af unge på offentlig forsørgelse?');
    expect(a.figures[0]).toMatchObject({ period: '2015-Q1', value: 10 });
  });
  it('reads "the 12 months up to the end of August 2017" as September 2016 to August 2017', async () => {
    const a = await ask('Hvor mange uddannelseshjælpsmodtagere flyttede væk fra Viborg i 12-månedersperioden frem til udgangen af august 2017?');
    expect(a.figures[0]).toMatchObject({ kpi: 'viborg.unge.fraflyttede-uddannelseshjaelpsmodtagere', value: 78 });
  });
  it('answers a question of only a unit, an organisation and a period when one measure fits them', async () => {
    const a = await ask('hvilken plads fik viborg i klyngen i foerste kvartal 2016');
    expect(a.figures[0]).toMatchObject({ unit: 'rank', period: '2016-Q1', value: 4 });
    expect((await ask('hvilken plads fik viborg i klyngen i 2019')).figures).toEqual([]);
  });
  it('reads "før kulturforandringen" as the measure\'s first figure, and says so', async () => {
    const a = await ask('Hvor mange sager havde hver sagsbehandler ca. i Viborg før kulturforandringen?');
    expect(a.figures[0]).toMatchObject({ value: 80, period: '2015' });
    expect(a.text).toContain('den første periode med tal: 2015');
  });
  it('answers a span with the figure stored for just that span (a fall over it), never a sum of two months\' stocks', async () => {
    const a = await ask('fald i fuldtidspers unge viborg jan 15 til sep 17');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', period: '2015-01--2017-09', value: 90 });
    expect(a.text).toContain('-90');
  });
  it('says which periods have a figure when the one asked has none', async () => {
    const a = await ask('Hvor mange unge var på offentlig forsørgelse i Viborg i 2019?');
    expect(a.figures).toEqual([]);
    expect(a.nearestPeriods).toContain('2017-09');
  });
});

describe('what the question names', () => {
  it('a measure naming what is asked ("more than 3 months") comes before one naming nothing of it', async () => {
    const a = await ask('Of those who went from the clarification workshops (afklaringsværksteder) into ordinary work, how many have held the job for more than 3 months?');
    expect(a.alternatives[0]?.label).toMatch(/3 (?:måneder|months)/);
  });
  it('"indgik i" is who a measure covers', async () => {
    const a = await ask('Hvor mange borgere indgik i KIK-effektopgørelsen pr. 31/5-2018?');
    expect(a.figures[0]).toMatchObject({ value: 1461, period: '2018-05-31' });
  });
});

describe('unit sense', () => {
  it('never answers a question for money with a rank', async () => {
    const a = await ask('Hvor mange kroner var Viborgs placering i klyngen i 1. kvartal 2016?');
    expect(a.figures).toEqual([]);
  });
  it('never answers a head count with a share', async () => {
    const a = await ask('Hvor mange fuldtidspersoner ville Viborg have haft i september 2017 med en uændret andel?');
    expect(a.figures[0]).toMatchObject({ unit: 'full-time-persons', value: 2099 });
  });
});

describe('kinds are preferences', () => {
  it('answers the one figure that fits and names its kind when the asked kind is missing', async () => {
    const a = await ask('Hvad er den forventede besparelse i KIK II i 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'budget', value: 18.8 });
    expect(a.text).toContain('Der er ikke noget tal af typen «forventet»; tallet er budget.');
  });
  it('with two kind words ("den reelle forskel"), the measure that has both answers, not those with only actual figures', async () => {
    const a = await ask('Hvad er den reelle forskel i fuldtidspersoner, som Viborg tilskriver ungeindsatsen?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', kpi: 'viborg.unge.fuldtidspersoner-paa-offentlig-forsoergelse' });
    expect(Math.abs(a.figures[0]!.value)).toBe(230);
  });
  it('but does not take another measure that has the asked kind for the wrong one', async () => {
    expect((await ask('Hvad er budgettet til kontanthjælp i 2017?')).figures).toEqual([]);
  });
});

describe('organisations', () => {
  it('refuses a municipality without figures by name', async () => {
    const a = await ask('Hvor mange unge var på offentlig forsørgelse i Odense?');
    expect(a.figures).toEqual([]);
    // … and names those it has figures for, so the next question can be answered.
    expect(a.text).toBe('Jeg har ingen tal for Odense Kommune. Jeg har tal for kommunerne Hedensted, Herning, Skanderborg, Viborg og Aabenraa.');
    const en = await ask('How many young people were on public support in Odense?');
    expect(en.text).toBe('I have no figures for Odense Kommune. I have figures for the municipalities of Aabenraa, Hedensted, Herning, Skanderborg and Viborg.');
  });
  it('knows a place name misspelt by one slip, with or without figures ("skanderbrogs", "Odnese")', async () => {
    expect((await ask('hvad er hedenstedts aktiveringsgrad')).figures[0]).toMatchObject({ org: 'hedensted', value: 42 });
    const a = await ask('Hvor mange var på kontanthjælp i Odnese i 2018?');
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/^Jeg har ingen tal for Odense Kommune\. /);
  });
  it('but not a short lower-case word one slip from a name ("holding", "Kolding")', async () => {
    expect((await ask('Hvor mange unge var på offentlig forsørgelse i Viborg i september 2017 trods holding?')).text).not.toContain('Kolding');
  });
  it('refuses a known municipality that lacks the measure, naming who has it', async () => {
    const a = await ask('Hvor mange sager pr. sagsbehandler har Skanderborg?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('Skanderborg Kommune');
    expect(a.text).toContain('Viborg Kommune');
  });
  it('asks which organisation when the measure exists for several and none is named', async () => {
    const a = await ask('Hvad er aktiveringsgraden for match 2 og 3?');
    expect(a.kind).toBe('clarify');
    expect(a.alternatives.map((x) => x.label)).toEqual(expect.arrayContaining([expect.stringContaining('Hedensted'), expect.stringContaining('Viborg')]));
  });
});

describe('arithmetic', () => {
  const fig = (value: number, unit: ResolvedFigure['unit'], period: string, scale = 1): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'actual', period, value, unit, scale, document: 'd', locator: 'l' });
  it('shows its working and converts money between scales', () => {
    const r = subtract('difference', fig(60.6, 'dkk', '2018', 1_000_000), fig(45655, 'dkk', '2018', 1000), 'da', { periods: 'same' });
    expect(r).toMatchObject({ value: 14.945, unit: 'mio. kr.' });
  });
  it('refuses across units and across periods that do not line up', () => {
    expect(subtract('difference', fig(230, 'persons', '2017'), fig(230, 'full-time-persons', '2017'), 'da', { periods: 'same' })).toHaveProperty('refused');
    expect(subtract('change', fig(1, 'persons', '2017'), fig(2, 'persons', '2015-01'), 'en', { periods: 'alike' })).toEqual({ refused: 'the figures do not cover the same kind of period' });
    expect(sum([fig(15.9, 'percent', '2015'), fig(14.2, 'percent', '2016')], 'da')).toHaveProperty('refused');
  });
  it('a change between two periods is the later minus the earlier, in the measure\'s unit; "hvor meget faldt" of a fall is its size', async () => {
    const a = await ask('Hvor meget faldt budgettet til kontanthjælp fra 2018 til 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 15505, direction: 'down', unit: '1.000 kr.', period: '2018--2019' });
    expect(a.figures.slice(1).map((f) => f.period)).toEqual(['2019', '2018']);
  });
  it('a difference between percentages is in percentage points', async () => {
    const a = await ask('how many points above the national average is Hedensted on young cash benefit recipients not returning within a year?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 12, unit: 'percentage points' });
  });
});
