/**
 * Sums over a table whose columns cover part of a year ("2018 7 mdr.", "2022 7 mdr."): the part named is its
 * own term, added as the column it is and said to be part of the year; a part the source does not keep
 * ("de første syv måneder" of a column for June–December) refuses, naming what the source has. Averages
 * read "gennemsnitlig(e)" / "årlig(e)" as the mean asked, never a sum over the years.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();

describe('a part of a year named beside other periods in a sum', () => {
  it('is a term of its own, not the start of a span', async () => {
    const f = frame('ØK-investering i KIK II i 2022 7 mdr. og 2023 tilsammen');
    expect(f.operation).toBe('sum');
    expect(f.periodsAdded).toBe(true);
    expect(f.periods).toEqual(['@m7-2022', '2023']);
    expect(frame('nettoen pr. udvalg i juni-december 2018 og 2019 samlet').periodsAdded).toBe(true);
  });
  it('adds exactly the column and the whole year, saying which months the column covers', async () => {
    const a = await ask('Økonomiudvalgets investering i KIK II for de 7 måneder af 2022 plus 2023 i alt?');
    expect(a.figures[0]?.kind).toBe('sum');
    expect(a.figures.slice(1).map((x) => x.period)).toEqual(['2022-06--2022-12', '2023']);
    expect(a.figures[0]?.value).toBe(a.figures[1]!.value + a.figures[2]!.value);
    expect(a.text).toContain('juni 2022 – december 2022 er kun en del af året');
    const en = await ask("The Finance Committee's KIK II investment in the '2022 7 mdr.' column and 2023 combined?");
    expect(en.figures.slice(1).map((x) => x.period)).toEqual(['2022-06--2022-12', '2023']);
    expect(en.text).toContain('June 2022 – December 2022 is only part of the year');
  });
  it('refuses months the source does not keep, naming the ones it has, never the whole year instead', async () => {
    const a = await ask('AU-investeringen i KIK II for de første syv måneder af 2018 og 2019 tilsammen?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('januar 2018 – juli 2018');
    expect(a.text).toContain('For 2018 har kilden kun juni 2018 – december 2018');
  });
});

describe('a mean written as an adjective', () => {
  it('is an average, its words no part of the measure', async () => {
    for (const q of ['Hvad var det gennemsnitlige årlige budget til kontanthjælp 2018-2021?', 'gennemsnitligt budget pr. år til førtidspension 2019-2021', 'the average annual budget for cash benefit 2018-2021']) {
      const f = frame(q);
      expect(f.operation, q).toBe('average');
      expect(f.measure.some((w) => /gennemsnit|aarlig|annual/.test(w)), q).toBe(false);
    }
  });
  it('divides the sum of the years by their number, never gives the sum', async () => {
    const a = await ask('Hvad er Aabenraas gennemsnitlige årlige budget til serviceudgifter 2018-2021?');
    expect(a.figures[0]?.kind).toBe('average');
    const years = a.figures.slice(1);
    expect(years.map((x) => x.period)).toEqual(['2018', '2019', '2020', '2021']);
    expect(a.figures[0]?.value).toBeCloseTo(years.reduce((s, x) => s + x.value, 0) / 4, 6);
  });
});
