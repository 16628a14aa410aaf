/**
 * "Hvor mange personer …" counts in the measure's own unit: a measure of persons names the thing counted by its
 * unit, however few measure names happen to say "personer" (whether a word tells measures apart moves with every
 * measure added to the catalogue).
 */
import { describe, expect, it } from 'vitest';
import { unitNouns } from '../../functions/domain/format.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the thing counted named by the unit', () => {
  it('lists a unit’s nouns in both languages', () => {
    expect(unitNouns('persons')).toEqual(expect.arrayContaining(['personer', 'persons']));
    expect(unitNouns('dkk')).toEqual([]);
  });

  it.each([
    ['Hvor mange personer kom i arbejde eller uddannelse efter Transit?', 22],
    ['Hvor mange personer i Projekt Superb er i virksomhedspraktik?', 12],
  ])('%s → %d persons', async (q, want) => {
    const a = await ask(q);
    expect(a.figures[0]).toMatchObject({ value: want, unit: 'persons' });
  });
});
