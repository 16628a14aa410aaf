/**
 * What a turn in a conversation takes from the one before: a turn that names its own thing, organisation and
 * operation stands alone; a turn that lacks a part (the organisation, the case, the period, the measure) takes
 * that part, and only that part. Read from the frame alone, with the seed lexicon's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, followUp, isFollowUp, readContext, readFrame, writeContext, type CaseRef, type FrameContext, type LexiconWords, type OrgRef, type PlaceData } from '../../../functions/domain/query/index.js';

const orgs: OrgRef[] = [
  { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] },
  { id: 'hedensted', name: 'Hedensted Kommune', kind: 'municipality', aliases: ['Hedensted'] },
  { id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: ['Herning'] },
];
const cases: CaseRef[] = [{ id: 'herning.jc-05', orgId: 'herning', code: 'JC 05', title: 'Mentorordning for ledige', aliases: [] }];
const data = (name: string) => JSON.parse(readFileSync(new URL(`../../../functions/seed-data/lexicon/${name}`, import.meta.url), 'utf8'));
const lex = buildLexicon(orgs, cases, data('words.json') as LexiconWords, data('places.json') as PlaceData);
const read = (q: string) => readFrame(q, lex);
function contextOf(q: string): FrameContext {
  const c = readContext(writeContext(read(q)));
  if ('error' in c) throw new Error(c.error);
  return c;
}

describe('a turn with an organisation, an operation and a thing of its own stands alone', () => {
  it('its own thing, said without leaning back, is not the previous measure', () => {
    const cost = contextOf('Hvad koster mentorordningen JC 05 i 2019?');
    expect(isFollowUp(read('Hvor mange procent større er Viborgs andel end landsgennemsnittet?'), cost)).toBe(false);
    expect(isFollowUp(read("By how many percent does Viborg's share exceed the national average?"), cost)).toBe(false);
  });
  it('the same words after a question about that thing take its measure', () => {
    const share = contextOf('Hvor stor en andel af de ledige i Hedensted er i løntilskud?');
    expect(isFollowUp(read('Hvor mange procent større er Viborgs andel end landsgennemsnittet?'), share)).toBe(true);
  });
  it('a comparison naming no thing of its own, or leaning back, takes the previous measure', () => {
    const share = contextOf('Hvor stor en andel af de ledige i Hedensted er i løntilskud?');
    expect(isFollowUp(read('hvor mange procentpoint over ligger Viborg?'), share)).toBe(true);
    expect(isFollowUp(read('how many points below is Viborg?'), share)).toBe(true);
    expect(isFollowUp(read('og Viborg, hvor meget lavere er andelen?'), share)).toBe(true);
  });
});

describe('a short turn pointing back takes the organisation, case and period it lacks', () => {
  it('a pronoun or "det år" / "that year" with no organisation or case of its own', () => {
    for (const q of ['hvad koster mentorerne det år?', 'hvor stor en andel af alle ledige er det?', 'what did the mentors cost that year?', 'roughly how many people is that of the 200?'])
      expect(isFollowUp(read(q)), q).toBe(true);
  });
  it('"det" as an article points at nothing; an organisation or case named is a question of its own', () => {
    expect(isFollowUp(read('Hvad er det samlede antal mentorer i Herning?'))).toBe(false);
    expect(isFollowUp(read('hvad koster JC 05 det år?'))).toBe(false);
  });
  it('a long turn, or one asking "per", is not looked up on the previous question', () => {
    expect(isFollowUp(read('what is the net effect of mentors after the operating cost and the salary that year?'))).toBe(false);
    expect(isFollowUp(read('how many mentors per unemployed person is that?'))).toBe(false);
  });
  it('takes the case and period, keeps its own measure, and asks no unit of the old one', () => {
    const f = followUp(contextOf('Hvor mange årsværk kræver JC 05 i 2019?'), read('hvad er driftsudgiften det år?'), lex);
    expect(f.cases).toEqual(['herning.jc-05']);
    expect(f.periods).toEqual(['2019']);
    expect(f.measure).toEqual(['driftsudgiften']);
    expect(f.units).toEqual([]);
  });
  it('keeps the unit of what it points at: "how much is that for …" is the amount just answered', () => {
    const f = followUp(contextOf('How much does JC 05 cost in 2019 in kroner?'), read('and how much is that for the 40 mentors?'), lex);
    expect(f.units).toEqual(['money']);
  });
  it('"samme år" / "same year" names no measure: a saving said beside it is the measure asked', () => {
    expect(read('og besparelsen samme år?').measure).toEqual(['besparelsen']);
    expect(read('and the saving the same year?').measure).toEqual(['saving']);
  });
});
