/**
 * Ranking cases by a measure their forms share ("hvilket forslag har den største …"): the winner is the answer,
 * with its figure and the runners-up's; the set is narrowed by organisation, owning unit and sign; and the
 * answer is a refusal saying why when units differ, a case lacks the year inside its own years, or two share
 * the top. Over the seed data (Herning's 30 forms) and over a small store made for the refusals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { figureId, type Proposal } from '../../functions/domain/model.js';
import { answerQuestion } from '../../functions/query/index.js';
import type { Answer } from '../../functions/query/types.js';
import type { Store } from '../../functions/store/store.js';
import { memoryStore } from './support/memory-store.js';
import { seededEngine } from './support/seed-store.js';

const named = (a: Answer) => a.case?.code ?? a.case?.title;

describe('ranking the cases of one organisation (seed data)', () => {
  const { ask } = seededEngine();

  it('answers the case with the highest figure of the year asked, listing the runners-up with theirs', async () => {
    const a = await ask('Which Herning proposal has the highest change in operating costs in 2017?');
    expect(a.kind).toBe('case');
    expect(a.figures).toEqual([]);
    expect(named(a)).toBe('UE 09b');
    // UE 09b 1.600, then UE 08 1.400 and BIC 07 844 (1.000 kr.) in 2017: the comparison is shown, in order.
    expect(a.text).toMatch(/^UE 09b is highest on "Change in operating cost" in 2017 among the \d+ proposals with a figure: UE 09b [^;]+; UE 08 [^;]+; BIC 07 /);
    expect(a.alternatives.map((x) => x.q)).toEqual(['show UE 08', 'show BIC 07', 'show UE 03']);
    // The card shows the summary: the comparison leads it.
    expect(a.case?.summary).toMatch(/^UE 09b is highest on "Change in operating cost" in 2017/);
  });

  it('reads the year: the same measure has another winner in 2018, and a case without that year is named', async () => {
    const a = await ask('Hvilket prioriteringsforslag har den største stigning i driftsudgifter i 2018?');
    expect(named(a)).toBe('BIC 07');
    expect(a.text).toMatch(/Uden tal for 2018: JC 08\./);
  });

  it('ranks from the low end, and only figures of the sign asked', async () => {
    const low = await ask('Hvilket forslag har den laveste positive ændring i driftsudgifter i 2018?');
    expect(named(low)).toBe('JC 06');
    expect(low.text).toMatch(/ligger lavest på «Ændring i driftsudgifter» i 2018 .*\(kun positive tal\): JC 06 225\.000 kr\.; UE 07 240\.000 kr\./);
  });

  it('narrows the running to the unit the question names', async () => {
    const all = await ask('Hvilket af Hernings forslag har den største sparede forsørgelsesudgift i 2018?');
    const bic = await ask("Hvilket af BIC's forslag har den største sparede forsørgelsesudgift i 2018?");
    expect(named(all)).toBe('UE 09b');
    expect(named(bic)).toBe('BIC 01');
    expect(bic.text).toMatch(/blandt de 3 forslag med tal: BIC 01 [^;]+; BIC 06 [^;]+; BIC 07 /);
  });

  it('with no year, answers the case that wins every year it shares with each other case', async () => {
    const a = await ask('Hvilket af Hernings prioriteringsforslag har den største sparede forsørgelsesudgift pr. år?');
    expect(named(a)).toBe('UE 09b');
    expect(a.text).toMatch(/^UE 09b ligger højest på «Sparet forsørgelsesudgift» i hvert år/);
  });

  it('with no year and another winner each year, asks which year, offering the years', async () => {
    const a = await ask('Which proposal has the highest operating cost?');
    expect(a.kind).toBe('clarify');
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/2017: UE 09b; 2018: BIC 07/);
    expect(a.alternatives.at(-1)?.q).toBe('Which proposal has the highest operating cost in 2019?');
  });

  it('gives the figure too, and the unit owning the case, when the question asks for them', async () => {
    const a = await ask("In Herning's proposals, which unit – BIC, CEB, Jobcentret or Ungeenheden – has the single proposal with the largest operating cost in 2018, and what is that cost?");
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.bic-07.driftsudgifter', value: 1688, period: '2018' });
    expect(a.text).toMatch(/It is BIC\. BIC 07 is highest/);
  });
});

/** A municipality with forms made for the refusals: T 02 has no 2018 figure between its 2017 and 2019 ones; T 02 and T 03 tie in 2017. */
describe('refusing a ranking that could be wrong', () => {
  let store: Store;
  const form = (number: string, unit: string, title: string, economy: Proposal['economy']): Proposal => ({
    id: `testby.${number.replace(' ', '-').toLowerCase()}`,
    orgId: 'testby',
    kind: 'priority',
    number,
    responsibleUnit: unit,
    title,
    effortTypes: [],
    economy,
    status: 'submitted',
    submittedBy: { id: 'test', kind: 'system' },
    submittedAt: '2016-10-01T00:00:00Z',
    decisions: [],
  });
  beforeAll(async () => {
    store = memoryStore();
    await store.organisations.upsert({ id: 'testby', name: 'Testby Kommune', kind: 'municipality', aliases: ['Testby'] });
    for (const p of [
      form('TA 01', 'TA', 'Mentorordning for ledige', [{ year: 2017, operatingCostChange: 100 }, { year: 2018, operatingCostChange: 300 }, { year: 2019, operatingCostChange: 300 }]),
      form('TA 02', 'TA', 'Jobrotation i ældreplejen', [{ year: 2017, operatingCostChange: 200 }, { year: 2019, operatingCostChange: 500 }]),
      form('TB 03', 'TB', 'Sprogskole for nytilkomne', [{ year: 2017, operatingCostChange: 200 }, { year: 2018, operatingCostChange: 250 }, { year: 2019, operatingCostChange: -50 }]),
    ])
      await store.proposals.upsert(p);
    // Two projects counting their participants, one in heads and one as a share.
    for (const [id, unit, value] of [['testby.kursus-a', 'persons', 40], ['testby.kursus-b', 'percent', 60]] as const) {
      await store.cases.upsert({ id, orgId: 'testby', title: `Kursus ${id.slice(-1).toUpperCase()}`, kind: 'project', status: 'active', effortTypes: [], aliases: [], published: true });
      const kpiId = `${id}.deltagere`;
      await store.kpis.upsert({ id: kpiId, orgId: 'testby', caseId: id, name: { da: 'Deltagere i kurset', en: 'Course participants' }, aliases: [], unit, scale: 1, direction: 'higher-is-better' });
      const figure = { kpiId, orgId: 'testby', kind: 'actual' as const, period: '2018', value, source: { document: 'test', locator: 'test' } };
      await store.figures.upsert({ ...figure, id: figureId(figure), updatedAt: '2018-12-31T00:00:00Z', updatedBy: { id: 'test', kind: 'system' } });
    }
  });
  const ask = (q: string) => answerQuestion(store, { q }, { homeOrg: 'testby' });

  it('ranks when every case has the year', async () => {
    expect(named(await ask('Hvilket forslag har den største ændring i driftsudgifter i 2019?'))).toBe('TA 02');
    expect(named(await ask('Hvilket forslag har den laveste ændring i driftsudgifter i 2019?'))).toBe('TB 03');
    expect(named(await ask('Hvilket forslag har den laveste positive ændring i driftsudgifter i 2019?'))).toBe('TA 01');
  });

  it('refuses when a case lacks the year between years it has, naming the case', async () => {
    const a = await ask('Hvilket forslag har den største ændring i driftsudgifter i 2018?');
    expect(a.kind).toBe('no-figure');
    expect(a.case).toBeUndefined();
    expect(a.text).toMatch(/TA 02 mangler tal for 2018, men har tal før og efter/);
  });

  it('names no winner on a tie, offering the cases that share the top', async () => {
    const a = await ask('Which proposal has the highest change in operating cost in 2017?');
    expect(a.kind).toBe('clarify');
    expect(a.case).toBeUndefined();
    expect(a.text).toMatch(/^TA 02 and TB 03 have the same figure/);
    expect(a.alternatives.map((x) => x.q)).toEqual(['show TA 02', 'show TB 03']);
  });

  it('refuses to rank figures given in different units', async () => {
    const a = await ask('Hvilket projekt har flest deltagere i kurset i 2018?');
    expect(a.kind).toBe('no-figure');
    expect(a.text).toMatch(/^«Deltagere i kurset» er ikke opgjort i samme enhed for alle projekter og indsatser/);
  });

  it('a unit named narrows the running, so the tie is gone', async () => {
    expect(named(await ask("Hvilket af TA's forslag har den største ændring i driftsudgifter i 2017?"))).toBe('TA 02');
  });
});
