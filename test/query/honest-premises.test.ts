/**
 * Unanswerable questions that used to get the nearest figure: a number the question itself states is its premise,
 * not its answer; staff asked as positions is never a count of places or heads; an outcome the question says people
 * have been in ("har været i job", "were in work") must be named by the measure. Sentences are our own; values from 002 (UE 03: 1,2 årsværk in 2019) and 003.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readFrame } from '../../functions/domain/query/index.js';
import { unsaidCountingUnit } from '../../functions/query/counting-units.js';
import { requiredFamilies } from '../../functions/query/resolve-names.js';
import { premiseNumbers } from '../../functions/query/stated-echo.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const bare = buildLexicon([], [], { kinds: {}, units: {}, synonyms: {} }, { municipalities: [], regions: [] });

describe('a number the question states is its premise', () => {
  it('reads counts written among the measure words, not years, amounts with a unit or small numbers', () => {
    expect(premiseNumbers(readFrame('Hvor mange job gav de 1.200 samtaler med 300 virksomheder i 2017?', bare))).toEqual(expect.arrayContaining([300]));
    expect(premiseNumbers(readFrame('Hvor mange job gav de 1.200 samtaler med 300 virksomheder i 2017?', bare))).not.toContain(2017);
    expect(premiseNumbers(readFrame('Hvor mange borgere i matchgruppe 2 kom i job efter 3 måneder?', bare))).toEqual([]);
    expect(premiseNumbers(readFrame('What did the 15,6 mio. kr. cover?', bare))).toEqual([]);
  });
  it('a lookup that would answer with it is refused, naming the figure it states (da and en)', async () => {
    const da = await ask('Hvor mange job førte Wanek & Myrners 500 virksomhedskontakter til?');
    expect(da.figures).toEqual([]);
    expect(da.text).toContain('nævner selv 500');
    const en = await ask('How many hires came out of the 500 companies Wanek & Myrner contacted?');
    expect(en.figures.map((x) => x.value)).not.toContain(500);
  });
  it('the same measure asked without stating its number answers', async () => {
    const a = await ask('Hvor mange virksomheder kontaktede Wanek & Myrner?');
    expect(a.figures[0]).toMatchObject({ value: 500, unit: 'companies' });
  });
});

describe('staff asked as positions', () => {
  it('reads årsværk, fuldtidsstillinger, full-year and full-time positions, not a rank position or other counts', () => {
    const f = (q: string) => readFrame(q, bare);
    for (const q of ['Hvor mange årsværk kræver forslaget?', 'Hvor mange fuldtidsstillinger skal der til?', 'How many full-year positions does it take?', 'How many full-time posts are needed?']) {
      expect(unsaidCountingUnit('count', f(q)), q).toBeDefined();
      expect(unsaidCountingUnit('full-year-positions', f(q)), q).toBeUndefined();
    }
    expect(unsaidCountingUnit('count', f('How many positions did Viborg climb in the ranking?'))).toBeUndefined();
    expect(unsaidCountingUnit('count', f('Hvor mange pladser kræver forslaget?'))).toBeUndefined();
  });
  it('a count of places never answers it; a measure in årsværk does (da and en)', async () => {
    const en = await ask('How many full-year positions do the 45 additional EGU places of UE 09b take?');
    expect(en.figures).toEqual([]);
    const da = await ask('Hvor mange årsværk bruger UE 03 i 2019?');
    expect(da.figures[0]).toMatchObject({ value: 1.2, unit: 'full-year-positions' });
    const en2 = await ask('How many full-year positions does UE 03 use in 2019?');
    expect(en2.figures[0]).toMatchObject({ value: 1.2, unit: 'full-year-positions' });
  });
});

describe('an outcome people have been in', () => {
  it('"har været i job", "er i arbejde", "were in work" require the outcome; "er uddannelsesparate" does not', () => {
    const req = (q: string) => requiredFamilies(bare, readFrame(q, bare)).has('outcome');
    expect(req('Hvor mange af deltagerne har været i job i mere end et halvt år?')).toBe(true);
    expect(req('Hvor mange af dem er i arbejde nu?')).toBe(true);
    expect(req('How many of the participants were in work after the course?')).toBe(true);
    expect(req('How many of them have been in a job since?')).toBe(true);
    expect(req('Hvor mange er uddannelsesparate?')).toBe(false);
    expect(req('Hvor mange deltagere er der i jobcentret?')).toBe(false);
  });
  it('a count of all participants never answers how many have been in a job (da and en)', async () => {
    const da = await ask('Hvor mange af deltagerne i Projekt Superb har været i job i over et halvt år?');
    expect(da.figures.map((x) => x.value)).not.toContain(51);
    const en = await ask("How many of Project Superb's participants have been in work?");
    expect(en.figures.map((x) => x.value)).not.toContain(51);
  });
});
