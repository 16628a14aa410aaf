/** The one ordering every "highest / lowest" answer uses: which end comes first, and when no row wins alone. */
import { describe, expect, it } from 'vitest';
import { beats, byExtreme } from '../../functions/query/ranking.js';

describe('byExtreme', () => {
  const rows = [{ id: 'a', value: 2 }, { id: 'b', value: 5 }, { id: 'c', value: -1 }];

  it('puts the highest first for max (the default) and the lowest first for min, leaving the input as it was', () => {
    expect(byExtreme(rows).ordered.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(byExtreme(rows, 'min').ordered.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('calls a tie only when the first two share the top value', () => {
    expect(byExtreme(rows).tie).toBe(false);
    expect(byExtreme([...rows, { id: 'd', value: 5 }]).tie).toBe(true);
    expect(byExtreme([...rows, { id: 'd', value: 2 }]).tie).toBe(false);
    expect(byExtreme([{ id: 'x', value: 1 }]).tie).toBe(false);
  });
});

describe('beats', () => {
  it('is strict in the direction asked', () => {
    expect(beats(3, 2)).toBe(true);
    expect(beats(2, 2)).toBe(false);
    expect(beats(1, 2, 'min')).toBe(true);
    expect(beats(3, 2, 'min')).toBe(false);
  });
});
