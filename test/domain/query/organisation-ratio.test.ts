/**
 * One measure of two organisations set against each other: a ratio asked by its word ("forholdstal", "ratio") is
 * the two organisations as sides, the one named after "i forhold til" / "relative to" / "end" / a slash the base
 * (a reference level too); a share "af" / "of" another organisation's figure is the same ratio in per cent; a group
 * named as the level a municipality would reach ("niveau med klyngens gennemsnit") is part of the measure's name.
 */
import { describe, expect, it } from 'vitest';
import { readFrame, type OrgRef } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const orgs: OrgRef[] = [
  { id: 'odder', name: 'Odder Kommune', kind: 'municipality', aliases: ['Odder'] },
  { id: 'samsoe', name: 'Samsø Kommune', kind: 'municipality', aliases: ['Samsø'] },
  { id: 'vejle', name: 'Vejle Kommune', kind: 'municipality', aliases: ['Vejle'] },
  { id: 'klynge-a', name: 'Klynge A', kind: 'cluster', members: ['Odder', 'Samsø'], aliases: ['klyngen'] },
  { id: 'klynge-b', name: 'Vejles klynge', kind: 'cluster', aliases: ['klyngen'] },
  { id: 'landsplan', name: 'Landsplan', kind: 'national', aliases: ['landsgennemsnittet'] },
];
const lex = lexiconFor(orgs, []).lexicon;
const read = (q: string) => readFrame(q, lex);

describe('a ratio of two organisations', () => {
  it('is read from its word, the base the one set against the other', () => {
    const da = read('Hvad er Samsøs ledighed i forhold til Odders, som forholdstal?');
    expect(da).toMatchObject({ operation: 'ratio', orgs: [['samsoe'], ['odder']], against: ['odder'], units: [] });
    expect(da.measure).toEqual(['ledighed']);
    const en = read("Relative to Vejle, how large is Odder's vacancy rate (ratio)?");
    expect(en).toMatchObject({ operation: 'ratio', against: ['vejle'] });
    expect(en.split).toBeUndefined();
  });
  it('takes a reference level as either side, never as the level asked alone', () => {
    const f = read('Hvor stor er landsgennemsnittets ledighed ift. Vejles (forholdstal)?');
    expect(f).toMatchObject({ operation: 'ratio', orgs: [['landsplan'], ['vejle']], against: ['vejle'] });
    expect(f.level).toBeUndefined();
    expect(read("What is Odder's vacancy rate compared with the national level, as a ratio?").against).toEqual(['landsplan']);
    expect(read('Hvad er forholdstallet for ledigheden på landsdækkende plan og i Vejle?').orgs).toContainEqual(['landsplan']);
  });
  it('divides by the place after a slash, whatever was named before', () => {
    expect(read('vejle vs odder ledighed - ratio odder/vejle').against).toEqual(['vejle']);
  });
  it('keeps the words of one measure together however they join ("2 og 3")', () => {
    expect(read('Odders aktivering af gruppe 2 og 3 i forhold til Vejles, forholdstal').split).toBeUndefined();
  });
  it('is no ratio without its word, nor with one organisation', () => {
    expect(read('Hvad er Samsøs ledighed i forhold til Odders?').operation).not.toBe('ratio');
    expect(read('Hvad er forholdstallet for sagsbehandlere i Vejle?').operation).not.toBe('ratio');
  });
  it('takes a cluster named twice, as a group and by its municipality, as that one cluster', () => {
    const f = read('vejle ledighed ift klyngegennemsnittet i odders klynge - forholdstal');
    expect(f.orgs).toEqual([['vejle'], ['klynge-a']]);
    expect(f.against).toEqual(['klynge-a']);
    expect(f.extra).not.toContain('klynge');
  });
});

describe("a share of another organisation's figure", () => {
  it('is the ratio in per cent, the base the organisation named in the whole', () => {
    const da = read('Hvor stor en andel udgør Odders ledighed af Vejles ledighed?');
    expect(da).toMatchObject({ operation: 'ratio', inPercent: true, against: ['vejle'], units: [] });
    expect(da.share).toBeUndefined();
    const en = read("What percent of the national vacancy rate is Samsø's vacancy rate?");
    expect(en).toMatchObject({ operation: 'ratio', inPercent: true, against: ['landsplan'] });
    expect(en.level).toBeUndefined();
  });
});

describe('two organisations compared in one period', () => {
  it('reads a change word as the name of the measure, never a change over time', () => {
    const rel = read("Vejle's fall in vacancies in 2014 was how many percent larger than the cluster's fall?");
    expect(rel).toMatchObject({ operation: 'difference', relative: true, periods: ['2014'] });
    const share = read('Hvor mange procent udgjorde faldet i Odder af faldet i Vejle i 2014?');
    expect(share).toMatchObject({ operation: 'ratio', inPercent: true, against: ['vejle'] });
    expect(read('Hvor mange procentpoint større var faldet i ledigheden i Samsø end i Odder i 2014?').operation).toBe('difference');
  });
  it('still reads a change between two periods as one', () => {
    expect(read('Hvor meget faldt ledigheden i Odder og Vejle fra 2014 til 2016?').operation).toBe('change');
  });
});

describe('a group as the level a municipality would reach', () => {
  it('is part of the measure, not an organisation asked about', () => {
    for (const q of [
      'Hvad kunne Odder spare ved niveau med klyngens gennemsnit?',
      'Hvad sparer Vejle, hvis kommunen når klyngegennemsnittet?',
      'How much could Odder save by reaching the cluster average?',
      'What would Samsø save at the level of the best municipality in the cluster?',
      'Hvad sparer Vejle med den bedste kommune i klyngen som mål?',
    ]) {
      const f = read(q);
      expect(f.orgs.flat(), q).not.toContain('klynge-a');
      expect(f.orgs.flat(), q).not.toContain('klynge-b');
      expect(f.level, q).toBeUndefined();
    }
  });
  it('leaves a cluster compared with as an organisation', () => {
    expect(read('Hvor meget højere er Odders ledighed end klyngens?').orgs.length).toBe(2);
    expect(read('What was the vacancy rate in the cluster?').orgs).toEqual([['klynge-a', 'klynge-b']]);
  });
});
