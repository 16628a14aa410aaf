/**
 * A one-word case code's genitive ("KIKs", "UE08s") is that case, and within a case named the measure its words name
 * is chosen first even when it lacks the period asked: "KIKs faktiske nettoresultat for hele 2018" is refused with the
 * periods the net result has (January–May 2018), never asked back between KIK measures the words do not name.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../functions/domain/query/index.js';
import { decide, type Candidate, type Resolution } from '../../functions/query/resolve.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

const c = (id: string, coverage: number, fitsPeriod: boolean, score: number) =>
  ({ kpi: { id, name: { da: id, en: id } }, org: 'o', hit: { coverage }, fitsKind: true, fitsPeriod, score, mine: [], named: [] }) as unknown as Candidate;
const res = (ranked: Candidate[]): Resolution => ({ ranked, orgMisses: [], unitMisses: [], unitMissCoverage: 0, constraintMisses: [], kindMisses: [], coverage: ranked[0]?.hit.coverage ?? 0 });
const scoped = { cases: ['case'], measure: ['nettoresultat', 'stort'], optional: [], orgs: [], operation: 'lookup', periods: ['2018'], units: [], softUnits: [], kinds: [], contrasts: [] } as unknown as Frame;

describe('decide, within a case named', () => {
  it('the measure the words name, lacking only the period, is chosen over measures that have the period but are not named', () => {
    const d = decide(res([c('net', 0.5, false, 4), c('count', 0, true, 0.01), c('share', 0, true, 0.01)]), scoped);
    expect(d).toMatchObject({ kind: 'answer', best: { kpi: { id: 'net' } } });
  });
  it('for a sum too, but not for a side of a comparison, which takes the case\'s measure that has the period', () => {
    const ranked = () => [c('net', 0.5, false, 4), c('cost', 0.1, true, 0.5)];
    expect(decide(res(ranked()), { ...scoped, operation: 'sum' } as Frame)).toMatchObject({ kind: 'answer', best: { kpi: { id: 'net' } } });
    expect(decide(res(ranked()), { ...scoped, operation: 'difference' } as Frame)).toMatchObject({ kind: 'answer', best: { kpi: { id: 'cost' } } });
  });
  it('not when another measure that has the period explains the question as well', () => {
    const d = decide(res([c('net', 0.5, false, 4), c('gross', 0.5, true, 2)]), scoped);
    expect(d.kind === 'answer' && d.best.kpi.id).not.toBe('net');
  });
});

describe('a one-word code in the genitive', () => {
  it('"hele 2018" of KIK\'s net result is refused, naming January–May 2018, in both languages', async () => {
    const da = await ask('Hvad var KIKs reelle nettoresultat for hele året 2018?');
    expect(da.figures).toEqual([]);
    expect(da.text).toContain('maj 2018');
    const en = await ask("What was KIKs actual net result for the whole of 2018?");
    expect(en.figures).toEqual([]);
    expect(en.text).toContain('May 2018');
  });
  it('a plain year is answered with the part of it there is, saying so', async () => {
    const a = await ask('KIKs faktiske nettoresultat 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik.oekonomisk-resultat', period: '2018-01--2018-05' });
  });
});
