/**
 * "How many new employees …" counts employees: a measure not naming them (a share of citizens in work) is no
 * answer, and the refusal names the word counted.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the thing counted past "new"', () => {
  it('a count of new staff is not answered with a share of citizens in work', async () => {
    const a = await ask("How many new employees were taken on by Aabenraa's job centre for the KIK effort?");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/«employees»/);
  });
});
