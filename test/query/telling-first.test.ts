/**
 * A measure naming every telling word of the question another names, and more, is not passed over for the other's
 * shorter name or alias: "øvrige målgrupper … kom til" is KIK II's inflow line (9), not the total beside it (16);
 * asked without the inflow, the total still answers.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the measure naming more of the question', () => {
  it('Danish: the inflow\'s line when the question says the people came in', async () => {
    const a = await ask('Hvor mange af KIK II-borgerne i øvrige målgrupper kom til efter 1. februar 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.oevrige-maalgrupper-fra-tilgang', value: 9 });
  });
  it('English: "joined" names the inflow too', async () => {
    const a = await ask('How many KIK II citizens in other target groups joined after 1 February 2018?');
    expect(a.figures[0]).toMatchObject({ value: 9 });
  });
  it('without the inflow named, the total answers', async () => {
    const a = await ask('Hvor mange KIK II-borgere var i øvrige målgrupper pr. 31. august 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.oevrige-maalgrupper', value: 16 });
  });
});

describe('a long form the lexicon adds is not one more word named', () => {
  // "ØK" is read with its long form "Økonomiudvalget", which only the committee's investment line writes out: the line
  // naming what the question names besides the committee (its company consultants) is the one meant.
  it.each([
    ['ØK’s virksomhedskonsulenter i KIK II i 2020?', 'aabenraa.kik-ii.udvalg.oek-virksomhedskonsulenter', 1726],
    ['Hvad lægger ØK til virksomhedskonsulenter i KIK II i 2021?', 'aabenraa.kik-ii.udvalg.oek-virksomhedskonsulenter', 1726],
    // Asked without them, the committee's investment.
    ['ØK investering KIK II 2020', 'aabenraa.kik-ii.udvalg.oek-investering', 5705],
  ])('%s', async (q, kpi, value) => {
    const a = await ask(q);
    expect(a.figures[0]).toMatchObject({ kpi, value });
  });
});
