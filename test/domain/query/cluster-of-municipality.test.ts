/**
 * A municipality's name before a cluster word ("Hedensteds klynge", "Skanderborg's cluster") names that
 * municipality's cluster — the one stored with it as a member or named after it — never the municipality; a
 * municipality whose cluster has no figures is a place without figures, refused by name.
 */
import { describe, expect, it } from 'vitest';
import { readFrame, type OrgRef } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const orgs: OrgRef[] = [
  { id: 'odder', name: 'Odder Kommune', kind: 'municipality', aliases: ['Odder'] },
  { id: 'samsoe', name: 'Samsø Kommune', kind: 'municipality', aliases: ['Samsø'] },
  { id: 'vejle', name: 'Vejle Kommune', kind: 'municipality', aliases: ['Vejle'] },
  { id: 'klynge-a', name: 'Klynge A (2014)', kind: 'cluster', members: ['Odder', 'Samsø'], aliases: ['klyngen'] },
  { id: 'klynge-vejle', name: 'Vejles klynge', kind: 'cluster', aliases: ['klyngen'] },
  { id: 'landsplan', name: 'Landsplan', kind: 'national', aliases: [] },
];
const lex = lexiconFor(orgs, []).lexicon;
const read = (q: string) => readFrame(q, lex);

describe("a municipality's cluster", () => {
  it('is the cluster it is a member of, in Danish and English genitives, never the municipality', () => {
    for (const q of ['Hvad var ledigheden i Odders klynge i 2014?', 'Hvad var ledigheden i Odder-klyngen i 2014?', "What was the unemployment rate in Samsø's cluster in 2014?", "What was Odder's cluster's unemployment rate?"]) {
      const f = read(q);
      expect(f.orgs, q).toEqual([['klynge-a']]);
      expect(f.level, q).toEqual(['klynge-a']);
    }
  });
  it('is the cluster named after it when no members are listed', () => {
    expect(read('Hvad var ledigheden i vejles klynge?').orgs).toEqual([['klynge-vejle']]);
  });
  it('of a municipality whose cluster has no figures is a place without figures', () => {
    const f = read('Hvad var ledigheden i Hernings klynge i 2014?');
    expect(f.orgs).toEqual([]);
    expect(f.unknownPlaces).toEqual(['Hernings klynge']);
    expect(read("What was the unemployment rate in Randers' cluster?").unknownPlaces).toEqual(["Randers' klynge"]);
  });
  it('leaves the municipality the subject when words stand between its name and the cluster', () => {
    expect(read('Hvad var Odders placering i klyngen?').orgs[0]).toEqual(['odder']);
    expect(read("What was Vejle's rank in the cluster?").orgs[0]).toEqual(['vejle']);
  });
});
