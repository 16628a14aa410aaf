/**
 * The thing a "hvor mange" / "how many" question counts is the noun after it, past a "ny" / "new" that only
 * says which of them: "how many new employees" counts employees. "ekstra" / "extra" asks an increment and
 * stays the word counted; a verb or comparison after "hvor mange" counts nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, readFrame, type LexiconWords, type PlaceData } from '../../../functions/domain/query/index.js';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../../functions/seed-data/lexicon/${name}`, import.meta.url), 'utf8'));
const lex = buildLexicon([], [], data('words.json') as LexiconWords, data('places.json') as PlaceData);
const counted = (q: string) => readFrame(q, lex).counted?.word;

describe('the thing counted', () => {
  it('is the noun after "ny" / "new"', () => {
    expect(counted('Hvor mange nye medarbejdere blev ansat i jobcentret?')).toBe('medarbejdere');
    expect(counted('How many new caseworkers did the job centre take on?')).toBe('caseworkers');
    expect(counted('Hvor mange nyt ansatte konsulenter er der?')).toBe('ansatte');
  });
  it('is the word right after "hvor mange" when that is the noun', () => {
    expect(counted('Hvor mange mentorer er der i projektet?')).toBe('mentorer');
    expect(counted('How many mentors does the project have?')).toBe('mentors');
  });
  it('"ekstra" / "extra" is kept: an increment is asked, not the whole', () => {
    expect(counted('How many extra mentors should the project hire?')).toBe('extra');
  });
  it('nothing when a verb follows "hvor mange"', () => {
    expect(counted('Hvor mange kom i job efter forløbet?')).toBeUndefined();
  });
});
