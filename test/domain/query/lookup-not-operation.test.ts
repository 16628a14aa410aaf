/**
 * Plain lookups whose words resemble an operation: a frequency ("hvor mange gange om måneden", "how many times a
 * week") is a count per period, not a ratio; "overgår … til" is a move to something, not an excess; "expected to go
 * into education" is no distance left, nor "the remaining budget" one. The comparisons they resemble still read as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, readFrame, type LexiconWords, type PlaceData } from '../../../functions/domain/query/index.js';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../../../functions/seed-data/lexicon/${name}`, import.meta.url), 'utf8'));
const lex = buildLexicon([{ id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] }], [], data('words.json') as LexiconWords, data('places.json') as PlaceData);
const read = (q: string) => readFrame(q, lex);

describe('words of an operation inside a plain lookup', () => {
  it.each([
    'Hvor mange gange om ugen mødes holdet?',
    'Hvor mange gange pr. måned har caféen åbent?',
    'How many times a year is the plan revised?',
    'Hvornår overgår borgeren fra sygedagpenge til jobafklaring?',
    'Efter hvor mange uger overgår den ledige til et andet tilbud?',
    'How much of the financing comes from the remaining project budget?',
  ])('%s is a lookup', (q) => expect(read(q).operation).toBe('lookup'));
  it('reads "expected to go into work" as no distance left', () => {
    const f = read('What share of the participants was expected to go into work?');
    expect(f.distance).toBeUndefined();
    expect(f.operation).not.toMatch(/difference|versus-target/);
  });
  it.each([
    ['Hvor mange gange så mange var der i 2019 som i 2017?', 'ratio'],
    ['How many times higher is Viborg than the national level?', 'ratio'],
    ['Hvor meget overgår resultatet målet?', 'versus-target'],
    ['Hvor meget overgår Viborgs andel landsgennemsnittet?', 'difference'],
    ['How many are left to go before the target?', 'versus-target'],
    ['How many places remain before the goal is reached?', 'versus-target'],
  ])('%s is still %s', (q, op) => expect(read(q).operation).toBe(op));
});
