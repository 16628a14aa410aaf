/**
 * "de 7 måneder af 2022" names no months of its own: it is the one stored span of that many months inside the
 * year (a plan running June 2018 – May 2022 has January–May and June–December 2022). None or two: unresolved.
 */
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../functions/query/figures.js';
import type { ResolvedFigure } from '../../functions/query/types.js';

const figures = (...periods: string[]) => periods.map((period) => ({ period }) as ResolvedFigure);

describe('a count of months in a year', () => {
  it('is the stored span of that many months in the year', () => {
    const stored = figures('2019-03--2019-12', '2020', '2021-01--2021-02', '2019-03--2021-02');
    expect(resolvePeriod('@m10-2019', stored)).toEqual({ period: '2019-03--2019-12', said: '@m10-2019' });
    expect(resolvePeriod('@m2-2021', stored).period).toBe('2021-01--2021-02');
  });
  it('is unresolved when no span or several spans of that length lie in the year', () => {
    expect(resolvePeriod('@m5-2019', figures('2019-03--2019-12')).period).toBe('@m5-2019');
    expect(resolvePeriod('@m6-2019', figures('2019-01--2019-06', '2019-07--2019-12')).period).toBe('@m6-2019');
  });
});
