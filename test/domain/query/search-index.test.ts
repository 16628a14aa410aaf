import { describe, expect, it } from 'vitest';
import { editDistance, MeasureIndex, type SearchDoc } from '../../../functions/domain/query/search-index.js';

const doc = (id: string, name: string, aliases = '', caseId?: string): SearchDoc => ({
  key: `kpi:${id}`, type: 'kpi', id, orgId: id.split('.')[0]!, name, aliases, context: '', description: '', ...(caseId ? { caseId } : {}),
});

const index = new MeasureIndex([
  doc('viborg.fuldtid', 'Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner Young people on public support', 'unge på ydelse, young people on benefits'),
  doc('aabenraa.kontanthjaelp', 'Budget: Kontanthjælp Budget: Cash benefit'),
  doc('aabenraa.kik-ii.besparelse', 'KIK II: Besparelse KIK II: Saving', '', 'aabenraa.kik-ii'),
  doc('aabenraa.kik-ii.investering', 'KIK II: Investering KIK II: Investment', '', 'aabenraa.kik-ii'),
]);

describe('MeasureIndex', () => {
  it('finds a measure by Danish, ASCII and English words', () => {
    expect(index.search('unge offentlig forsørgelse')[0]!.id).toBe('viborg.fuldtid');
    expect(index.search('unge offentlig forsoergelse')[0]!.id).toBe('viborg.fuldtid');
    expect(index.search('young people on benefits')[0]!.id).toBe('viborg.fuldtid');
  });
  it('matches a compound by its first part and a typo by one slip', () => {
    const compound = index.search('kontanthjælp')[0]!;
    expect(compound.id).toBe('aabenraa.kontanthjaelp');
    expect(compound.coverage).toBe(1);
    const typo = index.search('investmnet')[0]!;
    expect(typo.id).toBe('aabenraa.kik-ii.investering');
    expect(typo.coverage).toBeLessThan(1);
  });
  it('matches the verb of a be- noun ("sparer" → "Besparelse")', () => {
    expect(index.search('sparer')[0]!.id).toBe('aabenraa.kik-ii.besparelse');
  });
  it('reports how much of the question a measure explains', () => {
    const [hit] = index.search('kontanthjælp banan');
    expect(hit!.coverage).toBe(0.5);
    expect(index.search('banan æble')).toEqual([]);
  });
  it('filters to a case and takes single changes', () => {
    expect(index.search('kik', { caseIds: new Set(['aabenraa.kik-ii']) }).every((h) => h.caseId === 'aabenraa.kik-ii')).toBe(true);
    const fresh = new MeasureIndex();
    fresh.put(doc('x.a', 'Sygedagpenge'));
    expect(fresh.search('sygedagpenge')[0]!.id).toBe('x.a');
    fresh.put(doc('x.a', 'Førtidspension'));
    expect(fresh.search('sygedagpenge')).toEqual([]);
    fresh.remove('kpi:x.a');
    expect(fresh.size).toBe(0);
  });
  it('counts swaps as one edit', () => {
    expect(editDistance('investmnet', 'investment')).toBe(1);
    expect(editDistance('kantinen', 'kanten')).toBe(2);
  });
});

describe('MeasureIndex remembers each term’s results', () => {
  // The index combines per-term results itself (kept across questions); they must equal MiniSearch's own search.
  type Inside = {
    raw(text: string, fuzzy: boolean): { id: string; score: number; queryTerms: string[]; match: Record<string, string[]> }[];
    mini: { search(text: string, options: object): { id: string; score: number; queryTerms: string[]; terms: string[]; match: Record<string, string[]> }[] };
  };
  const texts = ['unge offentlig forsørgelse', 'kik besparelse kik', 'kontanthjælp budget', 'investmnet saving', 'young people benefits unge', 'banan', 'kik'];
  it.each([false, true])('in the same order with the same scores (fuzzy %s), asked twice', (fuzzy) => {
    const inside = new MeasureIndex([
      doc('viborg.fuldtid', 'Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner Young people on public support', 'unge på ydelse, young people on benefits'),
      doc('aabenraa.kontanthjaelp', 'Budget: Kontanthjælp Budget: Cash benefit'),
      doc('aabenraa.kik-ii.besparelse', 'KIK II: Besparelse KIK II: Saving', '', 'aabenraa.kik-ii'),
      doc('aabenraa.kik-ii.investering', 'KIK II: Investering KIK II: Investment', '', 'aabenraa.kik-ii'),
      doc('aabenraa.kik-ii.drift', 'KIK II: Drift KIK II: Operation', '', 'aabenraa.kik-ii'),
    ]) as unknown as Inside;
    for (const round of [1, 2]) {
      for (const text of texts) {
        const want = inside.mini.search(text, fuzzy ? {} : { fuzzy: false }).map((r) => ({ id: r.id, score: r.score, queryTerms: r.queryTerms, terms: r.terms, match: r.match }));
        const got = inside.raw(text, fuzzy).map((r) => ({ id: r.id, score: r.score, queryTerms: r.queryTerms, terms: Object.keys(r.match), match: r.match }));
        expect(got, `${text}, round ${round}`).toEqual(want);
      }
    }
    expect(inside.raw('kik', fuzzy).length).toBeGreaterThan(2);
  });
});
