/**
 * Follow-ups reuse the previous question's frame: a measure named anew replaces the old one, a sibling
 * code ("og for 09a?") the case, "a year earlier" shifts the period, and a comparison adds the
 * organisation it compares with. Values: 001 (KIK II economy), 002 (UE 09a/09b), 000 (cluster rank), 004.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../functions/query/index.js';
import type { Answer } from '../../functions/query/types.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seed-store.js';

let store: Store;
beforeAll(async () => {
  store = await seededStore();
});

async function conversation(...turns: string[]): Promise<Answer> {
  let answer: Answer | undefined;
  for (const q of turns) answer = await answerQuestion(store, { q, ...(answer?.context ? { context: answer.context } : {}) }, { homeOrg: 'aabenraa' });
  return answer!;
}

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
