/**
 * A number inside a named group ("matchgruppe 2", "match groups 2 and 3") is part of the name, not a quantity:
 * the small numbers a question or measure name asks ("tre måneder", "3 eller flere") are the others only.
 */
import { describe, expect, it } from 'vitest';
import { contrastsIn, readFrame } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const lex = lexiconFor([], []).lexicon;
const numbers = (xs: string[]) => xs.filter((x) => x.startsWith('n:'));

describe('numbers in a name', () => {
  it('a match group number is no small number, a duration beside it is', () => {
    expect(contrastsIn('Andel i matchgruppe 2 i job seks måneder efter', lex)).toEqual(['matchgroup:2', 'outcome:work', 'n:6']);
    expect(numbers(readFrame('Hvor mange i matchgruppe 3 var i job efter tre måneder?', lex).contrasts)).toEqual(['n:3']);
    expect(numbers(readFrame('What share of match groups 2 and 3 were activated?', lex).contrasts)).toEqual([]);
  });
  it('numbers outside a name still count', () => {
    expect(numbers(contrastsIn('Gengangere med 3 eller flere sygeperioder', lex))).toEqual(['n:3']);
    expect(numbers(readFrame('Hvor mange havde 4 eller flere sygeperioder?', lex).contrasts)).toEqual(['n:4']);
  });
});

describe('a year as a shift of the period', () => {
  it('"a year earlier" / "et år tidligere" asks no duration of one year; "over et år" does', () => {
    expect(numbers(contrastsIn('and a year earlier', lex))).toEqual([]);
    expect(numbers(contrastsIn('og et år tidligere', lex))).toEqual([]);
    expect(numbers(contrastsIn('sager over et år', lex))).toEqual(['n:1']);
  });
});
