/**
 * A part named by its place in a case's numbered list ("nr. 12", "item 6", "b)") is the part whose code carries
 * that place after the case's own ("Spor 2.12", "Spor 2.1b"); and a "which …" question is never answered with how
 * many such things there are (a count whose measure names the thing asked), while "which number / year / rank" and
 * "how many" questions keep their figures.
 */
import { describe, expect, it } from 'vitest';
import { ordinalsIn } from '../../functions/query/case-ordinal.js';
import { thingAsked } from '../../functions/query/which-guard.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('ordinalsIn: the places a question names', () => {
  it('reads a marked number or letter, and a list mark that closes no bracket', () => {
    expect(ordinalsIn('Hvilken indsats står som nr. 12 i spor 2?')).toEqual(['12']);
    expect(ordinalsIn('Which initiative is number 7 in track 2?')).toEqual(['7']);
    expect(ordinalsIn("Hvad står under punkt c i 'Forebyggende samarbejde'?")).toEqual(['c']);
    expect(ordinalsIn('Hvilket underpunkt står som d) under spor 2.1?')).toEqual(['d']);
  });
  it('reads no place from a bracket, a date or a decimal', () => {
    expect(ordinalsIn('Hvilken indsats i Viborgs længerevarende indsatser (spor 2) handler om praktik?')).toEqual([]);
    expect(ordinalsIn('Hvor mange var der pr. 31.8.2018?')).toEqual([]);
    expect(ordinalsIn('Hvilket forslag har nr 2,5 årsværk?')).toEqual([]);
  });
});

describe('a part named by its place (seed data)', () => {
  it('is the part whose code carries the place after its case’s code, in both languages', async () => {
    const da = await ask('Hvilken af de længerevarende indsatser i spor 2 står som nr. 12?');
    expect(da.kind).toBe('case');
    expect(da.figures).toEqual([]);
    expect(da.case?.code).toBe('Spor 2.12');
    // A common-gender kind takes "en": "er en indsats".
    expect(da.text).toMatch(/^Spor 2\.12 – Uddannelsestilbud til sent ankomne unge .* er en indsats i Viborg Kommune\./);
    const en = await ask('Which track 2 initiative is item 6?');
    expect(en.case?.code).toBe('Spor 2.6');
  });

  it('reads a list letter under a case named by its whole title', async () => {
    const a = await ask("Which item is d) under 'Forebyggende samarbejde om udsatte familier'?");
    expect(a.case?.code).toBe('Spor 2.1d');
  });
});

describe('thingAsked: what a "which …" question asks for', () => {
  it('the words after the question word up to its verb, past fillers and numbers', () => {
    expect(thingAsked('Which of the ten decisive elements is number 4?')).toEqual(['decisive', 'elements']);
    expect(thingAsked('Hvilket overordnet fokusområde har business casen?')?.slice(0, 2)).toEqual(['overordnet', 'fokusomraade']);
  });
  it('nothing when the thing asked is a number itself, or the question asks how many', () => {
    expect(thingAsked('Hvilket nummer fik business casen som driftsønske?')).toBeUndefined();
    expect(thingAsked('Which year did the project start?')).toBeUndefined();
    expect(thingAsked('Hvilken placering havde Viborg i klyngen?')).toBeUndefined();
    expect(thingAsked('Hvor mange indsatser, og hvilke, var der i spor 1?')).toBeUndefined();
  });
});

describe('a "which …" question answered with a count of the things asked (seed data)', () => {
  it('is refused, naming the count it has, in both languages', async () => {
    const en = await ask('Which quick-win initiative worked best?');
    expect(en.figures).toEqual([]);
    expect(en.text).toMatch(/^The question asks which one it is – that I do not have\. I only have how many: Quick wins \(track 1\): number of initiatives \(Viborg Kommune\) is 9/);
    const da = await ask('Hvilket af de ti afgørende elementer handler om ledelse?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/^Spørgsmålet er, hvilken én det er – det har jeg ikke\. Jeg har kun antallet: .*afgørende elementer.* er 10/);
  });

  it('leaves "how many" its count', async () => {
    const a = await ask('Hvor mange quick wins var der i Viborgs spor 1?');
    expect(a.figures[0]?.value).toBe(9);
  });
});
