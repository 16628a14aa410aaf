/**
 * Follow-ups reuse the previous question's frame: a measure named anew replaces the old one, a sibling
 * code ("og for 09a?") the case, "a year earlier" shifts the period, and a comparison adds the
 * organisation it compares with. Values: 001 (KIK II economy), 002 (UE 09a/09b), 000 (cluster rank), 004.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, conversation } = seededEngine();

describe('follow-ups', () => {
  it('a measure named anew replaces the old one; case and period carry over', async () => {
    const a = await conversation('Hvad var KIK II\'s besparelse i 2020?', 'og investeringen samme år?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.investering', period: '2020', value: 16.2 });
  });
  it('a level named in a comparison ("over landsplan") is the other side, not a new measure', async () => {
    const a = await conversation('Hvor stor en andel af kontanthjælpsmodtagerne i Skanderborg er i virksomhedsrettet aktivering?', 'hvor mange procentpoint er det over landsplan?');
    expect(a.figures[0]).toMatchObject({ kpi: 'skanderborg.udsatte.kontanthjaelpsmodtagere-i-virksomhedsrettet-aktivering', value: 16 });
  });
  it('"how many of them …" asks a new measure of the same case, without the old measure\'s synonyms', async () => {
    const a = await conversation('How many citizens are attached to Projekt Superb so far?', 'how many of them got ordinary jobs?');
    expect(a.figures[0]).toMatchObject({ value: 4, unit: 'persons' });
  });
  it('stays inside the case of the measure that answered, though the first question named no case', async () => {
    const a = await conversation('Hvor mange af de 180 afsluttede Transit-borgere blev jobparate?', 'og hvor mange kom i arbejde eller uddannelse?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.bic-01.transit-i-arbejde-eller-uddannelse', value: 22 });
  });
  it('but not when the follow-up names another organisation', async () => {
    const a = await conversation('Hvad er Skanderborgs aktiveringsgrad for match 2 og 3?', 'og Viborgs?');
    expect(a.figures[0]).toMatchObject({ org: 'viborg', unit: 'percent' });
  });
  it('a follow-up naming only another organisation asks the same measure there, and a refusal names that measure', async () => {
    const a = await conversation('Hvad er Aabenraas budget til førtidspension i 2018?', 'og i Herning?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('Budget: Førtidspension');
    expect(a.text).toContain('Aabenraa');
  });
  it('a bare number after a case code is its sibling case', async () => {
    const a = await conversation('Hvad er driftsudgiften for UE 09b i 2017?', 'og for 09a?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ue-09a.driftsudgifter', value: 290 });
  });
  it('"a year earlier" shifts the period asked', async () => {
    const a = await conversation('Which place did Viborg have in the cluster in Q1 2016?', 'and a year earlier?');
    expect(a.figures[0]).toMatchObject({ period: '2015-Q1', value: 10 });
  });
  it('a comparison adds the organisation compared with and keeps the subject', async () => {
    const a = await conversation('Hvor stor en andel af kontanthjælpsmodtagerne i Hedensted er i virksomhedsrettet aktivering?', 'hvor mange procentpoint ligger det over landsplan?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 17, unit: 'percentage points', direction: 'up' });
  });
  it('a new span after a change is the same change over that span', async () => {
    const a = await conversation('Hvor meget steg budgettet til førtidspension fra 2018 til 2019?', 'og fra 2020 til 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 275861 - 275202, period: '2020--2021' });
    expect(a.calculation?.expression).toBe('275.861 − 275.202 = +659 t.kr. (en stigning på 659.000 kr.)');
  });
});

describe('follow-ups that work on the earlier answers', () => {
  it('"hvor meget stiger det?" is the change between the two periods asked, not the last two stored', async () => {
    const a = await conversation('Hvad er Aabenraas budget til førtidspension i 2018?', 'og i 2021?', 'hvor meget stiger det?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 275861 - 274778, period: '2018--2021' });
  });
  it('"how much does it fall?" is the size of the fall between the periods asked', async () => {
    const a = await conversation("What is Aabenraa's 2018 budget for the transfer line 'Øvrige sociale udgifter'?", 'and for 2021?', 'how much does it fall?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 60426 - 59332, direction: 'down' });
  });
  it('"hvad er forskellen?" after two organisations is the first less the second', async () => {
    const a = await conversation('Hvad er Skanderborgs aktiveringsgrad for match 2 og 3?', 'og Viborgs?', 'hvad er forskellen?');
    expect(a.figures.map((f) => [f.org, f.value])).toEqual([['skanderborg', 10], ['skanderborg', 34], ['viborg', 24]]);
  });
  it('the organisation the question names is the first side', async () => {
    const a = await conversation("What is Hedensted's activation rate for match groups 2 and 3?", "and Viborg's?", 'how many times higher is Viborg?');
    expect(a.figures[0]).toMatchObject({ kind: 'ratio', value: 0.57 });
  });
  it('a net figure is the saving less the cost, whichever was asked first', async () => {
    const a = await conversation("Hvad er BIC 06's driftsudgift i 2019?", 'og den sparede forsørgelse?', 'hvad er nettoeffekten?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 581 - 450 });
  });
  it('a budget and the actual figure of one measure: the actual against the budget', async () => {
    const a = await conversation("Hvad var KIK's budgetterede økonomi i 2018?", 'og den faktiske pr. 31.05?', 'hvad var forskellen?');
    expect(a.figures[0]).toMatchObject({ kind: 'versus-budget', value: 7.4, direction: 'up' });
  });
  it('"hvor stor en andel er det?" is the later answer out of the earlier', async () => {
    const a = await conversation('Hvor mange borgere er tilknyttet Projekt Superb?', 'hvor mange af dem er i virksomhedspraktik?', 'hvor stor en andel er det?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent' });
    expect(a.figures[0]!.value).toBeCloseTo((100 * 12) / 51, 1);
  });
  it('"how many were on other benefits?" is the larger answer less the smaller', async () => {
    const a = await conversation('How many young people were on education benefit in Viborg in September 2017?', 'and how many young people were on public support in total then?', 'so how many were on other benefits?');
    expect(a.figures[0]).toMatchObject({ kind: 'rest', value: 1869 - 634 });
  });
  it('"hvor mange personer er det?" after a count and a share of it is the share of that count, in heads', async () => {
    const a = await conversation('Hvor mange borgere har afsluttet Ny indsats i Viborg?', 'og hvor mange procent af dem gik i job?', 'hvor mange personer er det cirka?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: Math.round(0.24 * 153) });
  });
  it('"what is that per young person?" is the cost answered over the count answered', async () => {
    const a = await conversation("How many young people on average go through UE08 'Unge på kanten' per year?", 'and what is the annual operating cost?', 'so what is that per young person?');
    expect(a.figures[0]).toMatchObject({ kind: 'per-unit', value: 35000 });
  });
  it('a question naming an organisation the earlier answers lack is a question of its own', async () => {
    const a = await conversation('Hvad er Skanderborgs aktiveringsgrad for match 2 og 3?', 'og Viborgs?', 'og Hedensteds?');
    expect(a.figures[0]).toMatchObject({ org: 'hedensted', kind: 'actual' });
  });
  it('a reference to a figure the store no longer holds is not worked on: nothing comes from the context itself', async () => {
    const first = await ask('Hvad er Skanderborgs aktiveringsgrad for match 2 og 3?');
    const context = JSON.parse(first.context!);
    context.answers.push({ ...context.answers[0], period: '1999' });
    const a = await ask('hvad er forskellen?', { context: JSON.stringify(context) });
    expect(a.figures.filter((f) => f.period === '1999')).toEqual([]);
    expect(a.figures[0]?.kind).not.toBe('difference');
  });
});
