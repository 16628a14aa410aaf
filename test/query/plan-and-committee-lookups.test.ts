/**
 * Plain lookups of a committee's budget line asked in the words of the budget's heading: "i Arbejdsmarkedsudvalgets
 * budget 2018-2021 for 2019" is the year's line of that budget (the span names the budget, the committee is the
 * budget's own, named by its case), never the four years added up nor another table's line for the committee.
 * Values from document 001 (Aabenraa, "Arbejdsmarkedsudvalget – vedtaget budget 2018-2021", 1.000 kr.).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../functions/query/index.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seed-store.js';

let store: Store;
beforeAll(async () => {
  store = await seededStore();
});
const ask = (q: string) => answerQuestion(store, { q }, { homeOrg: 'aabenraa' });

describe("a plan's span named beside the year asked", () => {
  it.each([
    ['Hvor meget var der afsat til førtidspension i 2021 i det vedtagne budget 2018-2021?', 'aabenraa.au-budget.foertidspension', '2021', 275861],
    ['Hvad var forsikrede ledige i budget 2018-2021 for 2020?', 'aabenraa.au-budget.forsikrede-ledige', '2020', 117619],
    ['What is the cash benefit line in the 2018-2021 budget for 2019?', 'aabenraa.au-budget.kontanthjaelp', '2019', 107644],
  ])('%s', async (q, kpi, period, value) => {
    expect((await ask(q)).figures[0]).toMatchObject({ kpi, period, value });
  });
  it('still adds the years up when the span is asked on its own with a sum', async () => {
    const a = await ask('Hvad er budgettet til kontanthjælp i alt i 2018-2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', period: '2018--2021', value: 448371 });
  });
});

describe('a committee named by the case a measure belongs to', () => {
  it.each([
    ['Hvad var kontanthjælp i Arbejdsmarkedsudvalgets budget i 2019?', 'aabenraa.au-budget.kontanthjaelp', 107644],
    ['Hvad er overførselsudgifterne i Arbejdsmarkedsudvalgets budget for 2020?', 'aabenraa.au-budget.overfoerselsudgifter', 765941],
    ["What is the labour market committee's budget for sickness benefit in 2020?", 'aabenraa.au-budget.sygedagpenge-revalidering', 153932],
  ])('%s', async (q, kpi, value) => {
    expect((await ask(q)).figures[0]).toMatchObject({ kpi, value });
  });
  it("never answers another committee's question with the labour-market committee's budget", async () => {
    const a = await ask("What is the finance committee's budget for sickness benefit in 2020?");
    expect(a.figures.map((f) => f.kpi)).not.toContain('aabenraa.au-budget.sygedagpenge-revalidering');
  });
});
