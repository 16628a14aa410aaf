/**
 * Plain lookups whose words resemble an operation: a frequency ("hvor mange gange om måneden", "how many times a
 * week") is a count per period, not a ratio; "overgår … til" is a move to something, not an excess; "expected to go
 * into education" is no distance left, nor "the remaining budget" one. The comparisons they resemble still read as such.
 */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const lex = lexiconFor([{ id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] }], []).lexicon;
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
