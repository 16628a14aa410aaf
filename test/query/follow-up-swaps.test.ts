/**
 * Follow-ups that swap one thing and keep the rest: another member of a family the previous question named
 * ("og ØK?" after AU's investment) keeps the measure; "samme måned", "the year after" and "overslagsåret"
 * name periods and kinds, not measures; "the two together" adds the two answers. An organisation without the
 * measure is refused, never answered with another measure of it. Values: 001 (KIK II, Aabenraa's budget), 000.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { conversation } = seededEngine();

describe('a follow-up swapping one thing', () => {
  it('another committee keeps the measure asked of the first', async () => {
    const a = await conversation('Hvor meget investerer AU i KIK II i 2021?', 'og ØK?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.udvalg.oek-investering', period: '2021' });
  });
  it('"the two together" adds the two answers', async () => {
    const a = await conversation('Hvor meget investerer AU i KIK II i 2021?', 'og ØK?', 'and the two together?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', period: '2021' });
    expect(a.figures.slice(1).map((x) => x.kpi).sort()).toEqual(['aabenraa.kik-ii.udvalg.au-investering', 'aabenraa.kik-ii.udvalg.oek-investering']);
  });
  it('"the year after" is the next year of the same measure', async () => {
    const a = await conversation('Hvad er Aabenraas budget til førtidspension i 2019?', 'and the year after?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.foertidspension', period: '2020', kind: 'budget' });
  });
  it('"overslagsåret" is a budget year, not a measure', async () => {
    const a = await conversation('Hvad er Aabenraas budget til førtidspension i 2018?', 'hvad med overslagsåret 2021?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.foertidspension', period: '2021', kind: 'budget' });
  });
  it('"samme måned" for an organisation without the measure is refused, not answered with another of its measures', async () => {
    const a = await conversation('Hvor mange fuldtidspersoner modtog a-dagpenge i Viborg i september 2017?', 'og Herning, samme måned?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('Herning');
  });
});
