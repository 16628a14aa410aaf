/**
 * The caches that make a repeated question cheap (bench: npm run bench) must never answer from a state
 * the catalogue has left: a search after a change sees the change, a reading after new cases knows them.
 */
import { describe, expect, it } from 'vitest';
import { MeasureIndex, type CaseRef, type OrgRef, type SearchDoc } from '../../functions/domain/query/index.js';
import { readQuestion } from '../../functions/query/readings.js';

const doc = (id: string, name: string): SearchDoc => ({ key: `kpi:${id}`, type: 'kpi', id, orgId: id.split('.')[0]!, name, aliases: '', context: '', description: '' });

describe('remembered searches', () => {
  it('give the same hits again, and copies a caller may change', () => {
    const index = new MeasureIndex([doc('a.syg', 'Sygedagpenge'), doc('a.flex', 'Fleksjob')]);
    const first = index.search('sygedagpenge');
    first[0]!.score = -1;
    expect(index.search('sygedagpenge')).toEqual([expect.objectContaining({ id: 'a.syg', coverage: 1 })]);
    expect(index.search('sygedagpenge')[0]!.score).toBeGreaterThan(0);
  });

  it('are forgotten when a document is added, changed or removed', () => {
    const index = new MeasureIndex([doc('a.syg', 'Sygedagpenge')]);
    expect(index.search('ledighedsydelse')).toEqual([]);
    index.put(doc('b.led', 'Ledighedsydelse'));
    expect(index.search('ledighedsydelse').map((h) => h.id)).toEqual(['b.led']);
    index.put(doc('b.led', 'Revalidering'));
    expect(index.search('ledighedsydelse')).toEqual([]);
    index.remove('kpi:a.syg');
    expect(index.search('sygedagpenge')).toEqual([]);
  });

  it('search a typo fuzzily but not a word the index holds or begins', () => {
    const index = new MeasureIndex([doc('a.kont', 'Kontanthjælpsmodtagere'), doc('a.inv', 'Investering')]);
    expect(index.search('kontanthjælp')[0]).toMatchObject({ id: 'a.kont' });
    expect(index.search('investernig')[0]).toMatchObject({ id: 'a.inv' });
    // A known word does not also pull in its near-misses.
    expect(index.search('investering').map((h) => h.id)).toEqual(['a.inv']);
  });
});

describe('remembered readings of a question', () => {
  const orgs: OrgRef[] = [{ id: 'herning', name: 'Herning', kind: 'municipality', aliases: [] }];

  it('read a question once per list of cases, and again when the cases change', () => {
    const before: CaseRef[] = [];
    const q = 'Hvad koster BIC 01 i Herning i 2017?';
    const first = readQuestion(q, undefined, orgs, before);
    expect(first.cases).toEqual([]);
    expect(readQuestion(q, undefined, orgs, before)).toBe(first);
    const after: CaseRef[] = [{ id: 'herning.bic-01', orgId: 'herning', code: 'BIC 01', title: 'Virksomhedspraktik', aliases: [] }];
    expect(readQuestion(q, undefined, orgs, after).cases).toEqual(['herning.bic-01']);
    expect(readQuestion(q, 'en', orgs, after).lang).toBe('en');
  });
});
