/**
 * The list filters' loose text match on its own: case, accents and the ways Danish letters are typed on
 * other keyboards do not matter; every word of the query must occur, each within one of the texts.
 */
import { describe, expect, it } from 'vitest';
import { matchesAllWords } from '../../functions/http/text-match.js';

describe('matchesAllWords', () => {
  it('takes ø and å typed as oe/o and aa/a, in any case', () => {
    for (const query of ['selvforsørgende', 'Selvforsoergende', 'SELVFORSORGENDE']) expect(matchesAllWords(query, ['Selvforsørgende i alt']), query).toBe(true);
    for (const query of ['Åbenrå', 'aabenraa', 'abenra']) expect(matchesAllWords(query, ['Aabenraa Kommune']), query).toBe(true);
    expect(matchesAllWords('café', ['Cafe-tilbud'])).toBe(true);
    // Inside a word, and more than once in it.
    expect(matchesAllWords('faborg', ['Fåborg-Midtfyn'])).toBe(true);
    expect(matchesAllWords('tarnbaden', ['Tårnbåden'])).toBe(true);
    expect(matchesAllWords('rodgrod', ['Rødgrød med fløde'])).toBe(true);
  });

  it('needs every word, each anywhere among the texts, however the words are spaced', () => {
    expect(matchesAllWords('  kik \t ii  ', ['KIK II'])).toBe(true);
    expect(matchesAllWords('kik unge', ['KIK II', 'Unge under 30'])).toBe(true);
    expect(matchesAllWords('kik viborg', ['KIK II', 'Aabenraa'])).toBe(false);
    expect(matchesAllWords('viborg kik', ['KIK II', 'Aabenraa'])).toBe(false);
  });

  it('does not match a word across the end of one text and the start of the next', () => {
    expect(matchesAllWords('iiunge', ['KIK II', 'Unge'])).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesAllWords('', ['KIK II'])).toBe(true);
    expect(matchesAllWords('   ', [])).toBe(true);
  });
});
