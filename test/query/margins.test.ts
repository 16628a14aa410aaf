/**
 * The confidence margin, as a rule of its own: two readings that explain the question equally and score
 * within CONFIDENCE_MARGIN of each other are asked about ("Mente du …") when their figures differ, and
 * answered when the figures agree or one is clearly ahead. Synthetic candidates, so only decide() is tested.
 */
import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../functions/domain/model.js';
import { readFrame, buildLexicon } from '../../functions/domain/query/index.js';
import { CONFIDENCE_MARGIN, decide, PERIOD_ELSEWHERE, type Candidate, type Resolution } from '../../functions/query/resolve.js';
import type { ResolvedFigure } from '../../functions/query/types.js';

const lex = buildLexicon([], [], { kinds: {}, units: {}, synonyms: {} }, { municipalities: [], regions: [] });
const frame = readFrame('Hvad er investeringen i 2019?', lex, 'da');

function candidate(id: string, score: number, value: number): Candidate {
  const kpi = { id, orgId: 'x', name: { da: id, en: id }, unit: 'dkk', scale: 1000 } as unknown as Kpi;
  const figure: ResolvedFigure = { kpiId: id, orgId: 'x', kind: 'budget', period: '2019', value, unit: 'dkk', scale: 1000, document: 'd', locator: 'l' };
  return { kpi, hit: { type: 'kpi', id, orgId: 'x', score, coverage: 1 }, all: [figure], org: 'x', mine: [figure], score, fitsKind: true, fitsPeriod: true, named: [] };
}

function resolution(...ranked: Candidate[]): Resolution {
  return { ranked, orgMisses: [], unitMisses: [], unitMissCoverage: 0, constraintMisses: [], kindMisses: [], coverage: 1 };
}

describe('confidence margin', () => {
  it('asks when two full readings score within the margin and give different figures', () => {
    const d = decide(resolution(candidate('a', 100, 19700), candidate('b', 100 * CONFIDENCE_MARGIN + 0.1, 4438)), frame);
    expect(d.kind).toBe('ask');
  });
  it('answers when the figures agree', () => {
    expect(decide(resolution(candidate('a', 100, 19700), candidate('b', 99.5, 19700)), frame).kind).toBe('answer');
  });
  it('answers when the best is clearly ahead', () => {
    expect(decide(resolution(candidate('a', 100, 19700), candidate('b', 100 * CONFIDENCE_MARGIN - 5, 4438)), frame).kind).toBe('answer');
  });
});

describe('an answer picked among readings is guarded like any other', () => {
  const counting = readFrame('Hvor mange kurser blev bevilget i 2019?', lex, 'da');
  const reading = (id: string, says: string[], extra: Partial<Candidate> = {}): Candidate => {
    const c = candidate(id, 100, 10);
    return { ...c, hit: { ...c.hit, coverage: 0.5 }, says, beyond: [], ...extra };
  };
  it('a reading that names every telling word of the others answers, unless it counts another thing than asked', () => {
    const named = reading('a', ['bevilget', 'kurser']);
    expect(decide(resolution(named, reading('b', ['bevilget'])), counting)).toMatchObject({ kind: 'answer', best: named });
    const other = reading('a', ['bevilget', 'forloeb'], { uncounted: 'kurser' });
    expect(decide(resolution(other, reading('b', ['bevilget'])), counting)).toMatchObject({ kind: 'refuse', unnamed: { word: 'kurser' } });
  });
});

describe('the measure meant lacks the period asked (PERIOD_ELSEWHERE)', () => {
  const lacking = (id: string, score: number): Candidate => ({ ...candidate(id, score, 1), fitsPeriod: false, periodFactor: 0.3 });
  const best = candidate('has-the-year', 100, 5);
  it('answers with the measure that, but for the period, leads the best by the margin, so the answer names the periods it has', () => {
    const meant = lacking('meant', (100 * PERIOD_ELSEWHERE * 0.3) + 1);
    expect(decide(resolution(best, meant), frame)).toMatchObject({ kind: 'answer', best: meant });
  });
  it('keeps the best when the one lacking the period leads by less', () => {
    expect(decide(resolution(best, lacking('near', 100 * PERIOD_ELSEWHERE * 0.3 - 1)), frame)).toMatchObject({ kind: 'answer', best });
  });
  it('keeps the best when several lacking the period are alike: none of them is the one meant', () => {
    const a = lacking('sibling-a', 70);
    expect(decide(resolution(best, a, lacking('sibling-b', 70 * 0.9)), frame)).toMatchObject({ kind: 'answer', best });
  });
});
