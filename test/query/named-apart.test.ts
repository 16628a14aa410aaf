/**
 * Two things asked together that the organisation's measures only name apart (a committee and a benefit that
 * only another committee's budget lines name): the measure naming the committee answers half the question, so
 * the answer is a refusal naming the thing it leaves out. Where one measure names both, or the question names
 * no part, it answers as before.
 */
import { describe, expect, it } from 'vitest';
import { apartText, namedApart } from '../../functions/query/combination.js';
import { lexiconFor } from '../../functions/query/readings.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame, catalogue } = seededEngine();
const apart = (q: string, kpiId: string) => {
  const cat = catalogue();
  return namedApart(cat, lexiconFor(cat.orgRefs, cat.caseRefs).lexicon, frame(q), cat.kpis.get(kpiId)!);
};

describe('namedApart: the rule itself', () => {
  const oek = 'aabenraa.kik-ii.udvalg.oek-investering';
  it('a committee asked with a benefit only the other committee names: the benefit is what the measure leaves out', () => {
    expect(apart('ØK budget kontanthjælp 2020', oek)).toEqual({ thing: 'benefit:kontanthjaelp', part: 'committee:oek' });
    expect(apart('the finance committee (ØK) and cash benefit, 2021', oek)).toEqual({ thing: 'benefit:kontanthjaelp', part: 'committee:oek' });
  });
  it('nothing when the question names no other thing, or no part the measure names', () => {
    expect(apart('ØK investering 2020', oek)).toBeUndefined();
    expect(apart('budget til kontanthjælp 2020', oek)).toBeUndefined();
  });
  it('nothing when the measure names the benefit beside the committee asked', () => {
    expect(apart('AU budget kontanthjælp 2020', 'aabenraa.au-budget.kontanthjaelp')).toBeUndefined();
  });
  it('says the thing, the part and the nearest measure in both languages', () => {
    const a = { thing: 'benefit:kontanthjaelp', part: 'committee:oek' };
    expect(apartText('da', a, 'M', 'Aabenraa Kommune')).toMatch(/intet tal for «kontanthjælp» under «Økonomiudvalget».*M \(Aabenraa Kommune\)/);
    expect(apartText('en', a, 'M', 'Aabenraa Kommune')).toMatch(/no figure for «.*» under «.*».*M \(Aabenraa Kommune\)/);
  });
});

describe('answers', () => {
  it('refuses the finance committee’s budget for a benefit, naming it, and offers the nearest measure', async () => {
    for (const q of ['Hvad har Økonomiudvalget budgetteret til kontanthjælp i 2020?', "What is the finance committee's (ØK) budget for cash benefit in 2021?"]) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.text, q).toMatch(/«kontanthjælp»|«cash benefit»/);
      expect(a.alternatives?.length, q).toBe(1);
    }
  });
  it('still answers the committee’s own line and its own investment', async () => {
    expect((await ask('Arbejdsmarkedsudvalgets budget til kontanthjælp i 2020?')).figures[0]?.kpi).toBe('aabenraa.au-budget.kontanthjaelp');
    expect((await ask('Hvor meget investerer Økonomiudvalget i KIK II i 2020?')).figures[0]?.kpi).toBe('aabenraa.kik-ii.udvalg.oek-investering');
  });
});
