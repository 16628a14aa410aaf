import { describe, expect, it } from 'vitest';
import { MeasureIndex, type SearchDoc, withinOneEdit } from '../../../functions/domain/query/search-index.js';

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
    expect(withinOneEdit('investmnet', 'investment')).toBe(true);
    expect(withinOneEdit('kantinen', 'kanten')).toBe(false);
  });
  it('is one edit exactly where the optimal string alignment distance is at most 1', () => {
    // The distance by its textbook table, beside the allocation-free check the index uses.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    // Every word of up to four letters over a small alphabet against every other: all slips, at every place.
    const all: string[] = [''];
    for (let n = 0; n < all.length && all.length < 400; n++) if (all[n]!.length < 4) for (const c of 'abc') all.push(all[n] + c);
    let near = 0;
    const wrong: string[] = [];
    for (const a of all) {
      for (const b of all) {
        const want = distance(a, b) <= 1;
        if (want) near++;
        if (withinOneEdit(a, b) !== want) wrong.push(`${a} / ${b}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(near).toBeGreaterThan(all.length * 3);
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
