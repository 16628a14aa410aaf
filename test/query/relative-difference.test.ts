/**
 * "Hvor mange procent højere …": a difference asked relative to the other side is (a − b) / b in per cent, never
 * the percentage points between two shares; "procentpoint" still asks the points. Values are KL/New Insight's (004):
 * activation rates for match groups 2 and 3 in 2012, Hedensted 42 %, Viborg 24 %.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a relative difference between organisations', () => {
  it('"hvor mange procent højere" is (42 − 24) / 24 = 75 %, with the working', async () => {
    const a = await ask('Hvor mange procent højere er Hedensteds aktiveringsgrad for match 2 og 3 end Viborgs?');
    expect(a.figures[0]).toMatchObject({ value: 75, unit: 'percent', kind: 'percent-difference' });
    expect(a.figures.slice(1).map((x) => x.value)).toEqual([42, 24]);
    expect(a.text).toContain('(42 − 24) / 24 = +75 %');
    expect(a.text).toContain('75 % højere');
  });
  it('in English, "how many percent lower" is the size of the fall relative to the other side', async () => {
    const a = await ask("How many percent lower is Viborg's activation rate for match groups 2 and 3 than Hedensted's?");
    expect(a.figures[0]).toMatchObject({ unit: 'percent', kind: 'percent-difference' });
    expect(a.figures[0]!.value).toBeCloseTo(42.9, 1);
    expect(a.text).toContain('lower');
  });
  it('"procentpoint" still asks the points between the shares', async () => {
    const a = await ask('Hvor mange procentpoint højere er Hedensteds aktiveringsgrad for match 2 og 3 end Viborgs?');
    expect(a.figures[0]).toMatchObject({ value: 18, kind: 'difference' });
  });
});
