/**
 * Comparisons say which way they go (above or below the target, a rise or a fall, more or fewer) and show
 * their working; two members of one family named apart are the two sides of a sum or difference. Values
 * are the documents': 001 (Aabenraa: budget table, KIK II status) and 002 (Herning: BIC 07's economy).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('direction', () => {
  it('a gap to a target says below, in Danish and English, with the working signed', async () => {
    const en = await ask('How far below the target was the number of cash and education benefit recipients in KIK II on 31 August 2018?');
    expect(en.figures[0]).toMatchObject({ kind: 'versus-target', value: 139, direction: 'down' });
    expect(en.calculation?.expression).toBe('978 − 1,117 = −139 persons (139 persons below the target)');
    const da = await ask('Hvor mange kontant- og uddannelseshjælpsmodtagere var KIK II under målet pr. 31/8-2018?');
    expect(da.headline?.valueText).toBe('139 personer under målet');
  });
  it('a change asked without a direction keeps its sign and names it', async () => {
    const a = await ask('Hvordan ændrede budgettet til kontanthjælp sig fra 2018 til 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: -15505, direction: 'down' });
    expect(a.text).toContain('et fald på');
  });
  it('a rise asked as a fall keeps its sign and says it rose', async () => {
    const a = await ask('Hvor meget faldt budgettet til førtidspension fra 2018 til 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 468, direction: 'up' });
    expect(a.text).toContain('en stigning på');
  });
});

describe('two members of one family are the two sides', () => {
  it('two benefits named "tilsammen" are summed, each from its own budget line', async () => {
    const a = await ask('Hvad er budgettet til kontanthjælp og førtidspension tilsammen i 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 107644 + 275246 });
    expect(a.figures.slice(1).map((f) => f.kpi)).toEqual(['aabenraa.au-budget.kontanthjaelp', 'aabenraa.au-budget.foertidspension']);
  });
  it('a cost minus a saving is one money figure less the other, in the order said', async () => {
    const a = await ask("What is BIC 07's operating cost minus its saved benefit cost in 2017?");
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 844 - 250 });
  });
  it('"trækkes fra" turns the order round', async () => {
    const a = await ask('Hvad giver BIC 07 netto i 2017, når driftsudgiften trækkes fra den sparede forsørgelse?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 250 - 844 });
  });
});
