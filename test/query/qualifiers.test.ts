/**
 * A qualifier the question narrows its group by (sex, age, education, origin, sector, health, a unit, a benefit)
 * that the chosen figure's texts do not name makes the figure one for another group: a refusal naming the word,
 * never the number for everyone. Where the figure names it, or one of several operands does, it answers.
 */
import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../functions/domain/model.js';
import { askedQualifiers, qualifiersIn, unfitQualifier, unfitText } from '../../functions/query/qualifiers.js';
import { seededEngine } from './support/seed-store.js';

const { ask, catalogue } = seededEngine();
const kpi = (id: string): Kpi => catalogue().kpis.get(id)!;

describe('the qualifiers a question names', () => {
  it('reads sex, age, education, origin, sector, health and benefit words in both languages, with their words', () => {
    expect(qualifiersIn('Hvor mange kvindelige ufaglærte var ledige?').map((q) => q.members)).toEqual([['gender:women'], ['education:unskilled']]);
    expect(qualifiersIn('How many immigrants in the private sector?').map((q) => q.members.join())).toEqual(['origin:immigrant', 'sector:private']);
    expect(qualifiersIn('andelen med psykiske problemer blandt seniorer').map((q) => q.words.join(' '))).toEqual(['psykiske', 'seniorer']);
    expect(qualifiersIn('Hvor mange fleksjobbere?')[0]!.members).toEqual(['benefit:fleksjob']);
  });
  it('reads nothing in a question with no group in it', () => {
    expect(qualifiersIn('Hvad er budgettet for 2019?')).toEqual([]);
  });
});

describe('unfitQualifier: the rule itself', () => {
  it('a figure naming no member of the family asked is for everyone', () => {
    const u = unfitQualifier('Hvor stor en andel af kvinderne har kun grundskole?', [kpi('landsplan.kontanthjaelp.kun-grundskole')], catalogue());
    expect(u).toEqual({ words: 'kvinderne', forAll: true });
  });
  it('a figure naming another member of the family is not said to be for everyone', () => {
    expect(unfitQualifier('Hvad er andelen af kvinder i aktive sygedagpengesager?', [kpi('herning.ceb-07.maend-i-sygedagpengesager')], catalogue())).toEqual({ words: 'kvinder', forAll: false });
  });
  it('a figure naming the member asked fits, in either language', () => {
    expect(unfitQualifier('What share of active sickness cases are women?', [kpi('herning.ceb-07.kvinder-i-sygedagpengesager')], catalogue())).toBeUndefined();
  });
  it('the case a measure belongs to names the group for it (a young people effort)', () => {
    // "Modtagere af uddannelseshjælp, fuldtidspersoner" says nothing of age; its case is the effort for young people.
    expect(unfitQualifier('Hvor mange unge fik uddannelseshjælp?', [kpi('viborg.unge.uddannelseshjaelpsmodtagere')], catalogue())).toBeUndefined();
  });
  it('of several operands, one naming the group is enough', () => {
    const both = [kpi('viborg.unge.andel-paa-offentlig-forsoergelse'), kpi('herning.ceb-07.kvinder-i-sygedagpengesager')];
    expect(unfitQualifier('kvinder og unge', both, catalogue())).toBeUndefined();
    expect(unfitQualifier('kvinder og unge', both.slice(0, 1), catalogue())?.words).toBe('kvinder');
  });
  it('says which word did not fit, in Danish and English', () => {
    expect(unfitText('da', { words: 'kvinder', forAll: true }, 'Ledige', 'Herning Kommune')).toMatch(/^Jeg har tallet for alle, ikke for «kvinder»/);
    expect(unfitText('en', { words: 'women', forAll: true }, 'Unemployed', 'Herning Kommune')).toMatch(/^I have the figure for everyone, not for «women»/);
    expect(unfitText('da', { words: 'fleksjobbere', forAll: false }, 'Ledige', 'Herning Kommune')).toMatch(/intet tal for «fleksjobbere».*Ledige \(Herning Kommune\)/);
  });
});

describe('answers and refusals', () => {
  it('refuses a count for everyone asked of one sex, age group, education or origin, naming the word', async () => {
    const cases: [string, RegExp][] = [
      ['Hvor mange 18-29-årige kvinder var på offentlig forsørgelse i Viborg i september 2017?', /alle, ikke for «kvinder»/],
      ['How many immigrants were on public support in Viborg in September 2017?', /everyone, not for «immigrants»/],
      ['Hvad var aktiveringsgraden for matchgruppe 2 og 3 blandt akademikere i Skanderborg?', /«akademikere»/],
      ['Hvad er andelen af seniorer i aktive sygedagpengesager?', /«seniorer»/],
    ];
    for (const [q, said] of cases) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.kind, q).toBe('no-figure');
      expect(a.text, q).toMatch(said);
      expect(a.alternatives.length, q).toBe(1);
    }
  });
  it('still answers where the figure is for the group asked', async () => {
    expect((await ask('Hvor stor en andel af de aktive sygedagpengesager havde kvinder i Herning?')).figures[0]).toMatchObject({ kpi: 'herning.ceb-07.kvinder-i-sygedagpengesager' });
    expect((await ask('Hvor mange unge i Viborg var på offentlig forsørgelse i september 2017?')).figures[0]).toMatchObject({ value: 1869 });
  });
});

describe('askedQualifiers: alternatives', () => {
  it('joins qualifiers offered as alternatives into one, said as written', () => {
    expect(askedQualifiers('Hvad er andelen for kvinder eller mænd?')).toEqual([{ members: ['gender:women', 'gender:men'], words: ['kvinder', 'eller', 'mænd'] }]);
  });
  it('a qualifier offered among things that are none narrows nothing', () => {
    expect(askedQualifiers('Hvilken afdeling – Jobcentret eller Voksenafdelingen – har flest sager?')).toEqual([]);
    expect(askedQualifiers('Hvor mange sager har Voksenafdelingen?').map((q) => q.words)).toEqual([['Voksenafdelingen']]);
  });
});
