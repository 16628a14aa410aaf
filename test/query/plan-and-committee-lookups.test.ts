/**
 * Plain lookups of a committee's budget line asked in the words of the budget's heading: "i Arbejdsmarkedsudvalgets
 * budget 2018-2021 for 2019" is the year's line of that budget (the span names the budget, the committee is the
 * budget's own, named by its case), never the four years added up nor another table's line for the committee.
 * Values from document 001 (Aabenraa, "Arbejdsmarkedsudvalget – vedtaget budget 2018-2021", 1.000 kr.).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

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

describe("a table's total beside a column after the plan", () => {
  it('answers the plan total when no period is asked, though the table has a later column (2023)', async () => {
    const a = await ask('How much of the financing of KIK II comes from the remaining KIK I budget?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.udvalg.restbudget-kik-i', period: '2018-06--2022-05', value: 7077 });
  });
  it('still answers a year asked', async () => {
    expect((await ask('Hvor meget investerer Økonomiudvalget i KIK II i 2020?')).figures[0]).toMatchObject({ period: '2020', value: 5705 });
  });
});

describe('a frequency, a move and extra places are plain lookups', () => {
  it('answers "hvor mange gange om måneden" with the count per month', async () => {
    expect((await ask('How many times a month is the job café in CEB 01 open in the evening?')).figures[0]).toMatchObject({ kpi: 'herning.ceb-01.jobcafe-aabent-pr-maaned', value: 2 });
  });
  it('answers "efter hvor mange måneder overgår … til" with the months', async () => {
    expect((await ask('Efter hvor mange måneder overgår modtageren af ledighedsydelse til anden aktør i JC 07?')).figures[0]).toMatchObject({ kpi: 'herning.jc-07.maaneder-til-anden-aktoer', value: 12 });
  });
  it('never answers extra participants asked with the count of all participants', async () => {
    const a = await ask('How many extra activity-ready citizens should BIC 06 place in work placement and wage subsidy?');
    expect(a.figures.map((f) => f.value)).not.toContain(100);
  });
  it('answers extra places of one proposal, and asks which when two proposals give them', async () => {
    expect((await ask('How many extra EGU places does UE 09a give?')).figures[0]).toMatchObject({ kpi: 'herning.ue-09a.flere-egu-pladser', value: 20 });
    const a = await ask('Hvor mange ekstra pladser giver EGU-forslaget?');
    expect(a.kind).toBe('clarify');
  });
});

describe('a day with only a target stored', () => {
  it('answers the target, saying it is the only figure of that day, when no kind is asked', async () => {
    const a = await ask('Hvor mange selvforsørgende i KIK II pr. 31. januar 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'target', period: '2019-01-31', value: 26 });
    expect(a.text).toContain('kun et tal af typen «mål»');
    const en = await ask('How many citizens on other support in KIK II on 31 January 2019?');
    expect(en.figures[0]).toMatchObject({ kind: 'target', value: 4 });
    expect(en.text).toContain('only a figure of the kind "target"');
  });
  it('never answers "faktisk" with it, and keeps the actual figure of a day that has one', async () => {
    expect((await ask('Hvor mange var faktisk selvforsørgende i KIK II pr. 31. januar 2019?')).figures).toEqual([]);
    expect((await ask('Hvor mange selvforsørgende i KIK II pr. 31. august 2018?')).figures[0]).toMatchObject({ kind: 'actual', value: 408 });
  });
});
