/**
 * In a conversation a turn takes from the one before only what it lacks: a question with its own thing,
 * organisation and operation is not read as the previous measure's follow-up, and a short turn pointing back
 * ("det år", "er det?") stays with the previous case and organisation, never another's figure.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, conversation } = seededEngine();

describe('follow-ups take only the part they lack', () => {
  it('a comparison of a share after a question about an investment is not about the investment', async () => {
    for (const [first, then] of [
      ['Hvad er KIK II’s investering i 2019?', 'Hvor mange procent større er Hedensteds andel end landsgennemsnittet?'],
      ["What is KIK II's investment in 2019?", "How many percent higher is Hedensted's share than the national average?"],
    ]) {
      const a = await conversation(first!, then!);
      const alone = await ask(then!);
      expect(a.figures.map((x) => x.kpi), then).toEqual(alone.figures.map((x) => x.kpi));
      expect(a.text, then).not.toMatch(/KIK II/);
    }
  });
  it('"hvad er driftsudgiften det år?" is the case and year just asked, in money', async () => {
    const a = await conversation('Hvor mange årsværk kræver UE 02 i 2019?', 'hvad er driftsudgiften det år?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ue-02.driftsudgifter', period: '2019' });
  });
  it('"and the saving the same year?" is the saving, not a table naming both saving and cost', async () => {
    for (const [first, then] of [
      ['Hvad er KIK II’s investering i 2020?', 'og besparelsen samme år?'],
      ["What is KIK II's investment in 2020?", 'and the saving the same year?'],
    ]) {
      const a = await conversation(first!, then!);
      expect(a.figures[0], then).toMatchObject({ kpi: 'aabenraa.kik-ii.besparelse', period: '2020' });
    }
  });
  it('a turn naming no organisation is not answered with a third organisation’s figure inside a conversation', async () => {
    for (const [first, then] of [
      ['Hvor mange var på selvforsørgelse i KIK II pr. 31. august 2018?', 'Hvad faldt tilgangen til førtidspension med?'],
      ['How many were self-supporting in KIK II on 31 August 2018?', 'How much did the inflow to disability pension fall?'],
    ]) {
      expect((await ask(then!)).figures[0]?.org, then).toBe('skanderborg');
      const a = await conversation(first!, then!);
      expect(a.figures.filter((x) => x.org !== 'aabenraa'), then).toEqual([]);
    }
  });
  it('one answered alone for the home organisation still stands alone', async () => {
    const a = await conversation('Hvor mange var på selvforsørgelse i KIK II pr. 31. august 2018?', 'Hvad var budgettet til kontanthjælp i 2019?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.kontanthjaelp', period: '2019' });
  });
});
