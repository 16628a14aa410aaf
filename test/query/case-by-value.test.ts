/**
 * The case named by a figure the question states: the case whose figure of the measure named is that number, every
 * number when several are stated (in the order of the years), in the period asked; several cases holding it are
 * asked about. A case named by its whole title is the one meant, clear of cases sharing some of its words.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the case holding the figure stated (seed data)', () => {
  it('is answered as the case with the figures that match, in both languages', async () => {
    const da = await ask('Hvilket af forslagene regner med 0,83 årsværk i 2017?');
    expect(da.kind).toBe('case');
    expect(da.figures).toEqual([]);
    expect(da.case?.code).toBe('CEB 08');
    expect(da.text).toMatch(/^CEB 08 har 0,83 årsværk \(2017\) for «Ændring i personaleforbrug \(årsværk\)»\./);
    const en = await ask('Which proposal expects to save 1,161 thousand kr. on benefits in 2019?');
    expect(en.case?.code).toBe('BIC 01');
  });

  it('needs every number stated, each a figure of its own year, and reads money in the scale written', async () => {
    const three = await ask('Hvilket forslag har driftsudgifter på 225, 450 og 225 (1.000 kr.) i 2017-2019?');
    expect(three.case?.code).toBe('JC 09');
    expect(three.text).toMatch(/^JC 09 har 225\.000 kr\. \(2017\), 450\.000 kr\. \(2018\) og 225\.000 kr\. \(2019\)/);
    const mio = await ask('Which investment project plans to invest 60.6 million kr.?');
    expect(mio.case?.code).toBe('KIK II');
  });

  it('asks which when several cases hold the figure, and answers no case', async () => {
    const a = await ask('Which proposal has an operating cost of 450 thousand kr. in 2017?');
    expect(a.kind).toBe('clarify');
    expect(a.case).toBeUndefined();
    expect(a.text).toMatch(/^Several have that figure for "Change in operating cost": CEB 02, CEB 06A and JC 07\./);
  });

  it('is not an answer when no case holds the number: the question is read as before', async () => {
    const a = await ask('Hvilket forslag har et personaleforbrug på 7,5 årsværk i 2018?');
    expect(a.figures).toEqual([]);
    expect(a.text).not.toMatch(/7,5/);
    expect(a.kind).not.toBe('case');
  });
});

describe('a case named by its whole title', () => {
  it('is the case meant, not a question between it and a case sharing words with it', async () => {
    const a = await ask('Hvad går forslaget 20 flere EGU-pladser ud på?');
    expect(a.case?.code).toBe('UE 09a');
  });
});
