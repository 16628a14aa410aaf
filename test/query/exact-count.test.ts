/**
 * "præcis 3", "exactly three" is not answered from a class open upwards ("3 eller flere"): exactly N is that class
 * less the next one up when both are stored (CEB 03: 172 with 3 or more, 102 with 4 or more, so 70 with exactly 3),
 * and a refusal otherwise. Values are the document's (002: Herning, November 2016).
 */
import { describe, expect, it } from 'vitest';
import { exactAsked, openUpwards } from '../../functions/query/exact-count.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('an exact number asked and a class open upwards', () => {
  it('reads the number asked exactly, in digits or words, in both languages', () => {
    expect(exactAsked('hvor mange havde praecis tre sygeperioder')).toBe('3');
    expect(exactAsked('how many had exactly 4 periods')).toBe('4');
    expect(exactAsked('hvor mange havde 3 sygeperioder')).toBeUndefined();
  });
  it('tells a class open upwards from an exact one', () => {
    expect(openUpwards('Gengangere med 3 eller flere sygeperioder', '3')).toBe(true);
    expect(openUpwards('Repeat cases with three or more sickness periods', '3')).toBe(true);
    expect(openUpwards('Borgere med mindst 3 forløb', '3')).toBe(true);
    expect(openUpwards('Gengangere med 3 sygeperioder', '3')).toBe(false);
    expect(openUpwards('Gengangere med 4 eller flere sygeperioder', '3')).toBe(false);
  });
});

describe('the answer', () => {
  it('is the class less the next one up, with the working', async () => {
    const a = await ask('Hvor mange gengangere på sygedagpenge havde netop tre sygeperioder i november 2016?');
    expect(a.figures[0]).toMatchObject({ value: 70 });
    expect(a.calculation?.expression).toContain('172 − 102');
  });
  it('starts from the class of N or more in the same case when the whole population was found', async () => {
    const a = await ask('Hvor mange gengangere på sygedagpenge havde præcis 3 sygeperioder i november 2016?');
    expect(a.figures[0]).toMatchObject({ value: 70 });
  });
  it('is a refusal when the next class up is not stored', async () => {
    const a = await ask('How many repeat sickness cases had exactly 4 sickness periods in November 2016?');
    expect(a.figures).toEqual([]);
  });
});
