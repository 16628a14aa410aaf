/**
 * Plain lookups answered precisely: a set-off negation rules candidates out (and the one left answers),
 * an explicit year beats a relative one, words that tell two candidates apart decide between them, and a
 * measure that explains only part of the question does not answer it. Values are the documents'
 * (001: Aabenraa, 002: Herning).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a set-off negation excludes', () => {
  it('a negated kind leaves the other kind to answer', async () => {
    const a = await ask('Hvor stort var KIKs faktiske nettoresultat i 2016 – ikke budgettet?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik.oekonomisk-resultat', kind: 'actual', period: '2016' });
  });
  it('a negated measure word leaves its sibling to answer', async () => {
    const a = await ask('Hvor stor er besparelsen for Arbejdsmarkedsudvalget i KIK II i 2020 (ikke investeringen)?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.udvalg.au-besparelse', period: '2020' });
    const b = await ask('Hvor stor er investeringen for Arbejdsmarkedsudvalget i KIK II i 2020 (ikke besparelsen)?');
    expect(b.figures[0]?.kpi).not.toBe('aabenraa.kik-ii.udvalg.au-besparelse');
  });
});

describe('the period asked', () => {
  it('a year written beside "the current year" is the year answered or refused, never the newest', async () => {
    const a = await ask('Hvad koster UE 03 i driftsudgifter i indeværende år 2018?');
    expect(a.figures[0]).toMatchObject({ period: '2018', value: 600 });
    const b = await ask('Hvad koster UE 03 i driftsudgifter i indeværende år 2016?');
    expect(b.figures).toEqual([]);
    expect(b.text).toContain('2016');
    expect((await ask("What is UE 03's operating cost in the current year 2016?")).figures).toEqual([]);
  });
  it('"hele 2018" is not answered with January–May 2018; a plain "2018" is, saying so', async () => {
    const whole = await ask('Hvor stort var KIKs faktiske nettoresultat for hele 2018?');
    expect(whole.figures).toEqual([]);
    expect(whole.text).toContain('maj 2018');
    const plain = await ask('Hvor stort var KIKs faktiske nettoresultat i 2018?');
    expect(plain.figures[0]).toMatchObject({ period: '2018-01--2018-05' });
    expect(plain.text).toContain('dækker kun');
  });
});

describe('words that tell candidates apart', () => {
  it('answers the sub-line named inside a committee budget, not the committee total', async () => {
    const a = await ask('Hvor meget er der afsat til serviceudgifter i Arbejdsmarkedsudvalgets budget i Aabenraa i 2019?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.serviceudgifter', period: '2019' });
    const b = await ask('Hvor mange penge er afsat til serviceudgifter i Arbejdsmarkedsudvalgets budget for 2021?');
    expect(b.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.serviceudgifter', period: '2021' });
  });
});

describe('a measure that explains only part of the question', () => {
  it('does not answer "hvor mange årsværk" with a count of cases, naming what it lacks', async () => {
    const a = await ask('Hvor mange årsværk bruges der på Voksen Business Casen?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('«årsværk»');
    expect((await ask('Hvor mange årsværk kræver UE 03 i 2018?')).figures[0]).toMatchObject({ kpi: 'herning.ue-03.aarsvaerk', value: 1.2 });
  });
  it('answers with the measure that counts the thing asked, when one does', async () => {
    expect((await ask('Hvor mange jobkonsulenter er Transit bemandet med nu?')).figures[0]).toMatchObject({ kpi: 'herning.bic-01.transit-jobkonsulenter', value: 2 });
    expect((await ask('Hvor mange rådgivere er Transit bemandet med nu?')).figures[0]).toMatchObject({ kpi: 'herning.bic-01.transit-raadgivere', value: 3 });
  });
  it('does not answer young people on integration benefit with all young people on public support', async () => {
    const a = await ask('Hvor mange unge på integrationsydelse havde Viborg i 2017?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('integrationsydelse');
  });
  it("counts by the measure's own name, not by its case's", async () => {
    const a = await ask('Hvor mange programteorier har KL og New Insight lavet for udsatte unge?');
    expect(a.figures[0]).toMatchObject({ kpi: 'landsplan.kl-2013.programteorier-unge', value: 2 });
  });
  it('refuses a rank of something else when the measure the question names is ruled out by its scope', async () => {
    const a = await ask('Hvilken placering på landsplan har Viborg på aktiveringsgraden for matchgruppe 2 og 3?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('landsplan');
  });
});

describe('months of a year with another period', () => {
  // "de syv måneder af 2022 … og i 2023 tilsammen" threw a RangeError (an unplaced month token taken as a span's end).
  it.each([
    'Hvor meget investerer ØK i KIK II i de syv måneder af 2022 og i 2023 tilsammen?',
    "Hvor meget investerer ØK i KIK II i de syv måneder af 2022 (kolonnen '2022 7 mdr.') og i 2023 tilsammen?",
    'How much does ØK invest in KIK II in the 7 months of 2022 and 2023 combined?',
  ])('answers or refuses, never fails: %s', async (q) => {
    const a = await ask(q);
    expect(['figure', 'clarify', 'no-figure', 'no-match']).toContain(a.kind);
  });
});
