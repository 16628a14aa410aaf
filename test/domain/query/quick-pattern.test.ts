/**
 * A pattern run without the `u` flag must match exactly what it matches with it, on every text it is used
 * for: the texts where the two modes differ (ſ, the Kelvin and Ångström signs, surrogate pairs) and
 * Unicode-only syntax get the pattern as written.
 */
import { describe, expect, it } from 'vitest';
import { quickPattern } from '../../../functions/domain/query/quick-pattern.js';

const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, ...m]);

const PATTERNS = [/\bks\b/giu, /\bsidste\s+år\b/giu, /\bhalvår\w*/giu, /å/giu, /\b\w+\b/giu, /(?<![\d.,])(\d{4})(?![\d.,]\d)/gu, /\b(?:før|foer)\s+[\p{L}-]+/giu];
const TEXTS = ['KS og ks', 'SIDSTE ÅR i Åby', 'andet halvår 2018', 'ſidste år', 'ſ', '\u212a\u212as', '\u212bby', 'før ændringen 😀', '😀 2018', 'Æ Ø Å æ ø å é ü ß ẞ ς Σ σ', '2018 – 2019 — “citat” …'];

describe('quick patterns', () => {
  it('match what the pattern as written matches, on every text', () => {
    for (const re of PATTERNS) for (const text of TEXTS) expect(matches(quickPattern(re, text), text), `${re} on ${text}`).toEqual(matches(re, text));
  });

  it('leave out the u flag only where that cannot change a match', () => {
    expect(quickPattern(/\bks\b/giu, 'KS og ks').unicode).toBe(false);
    expect(quickPattern(/\bks\b/giu, 'ſ and \u212a').unicode).toBe(true);
    expect(quickPattern(/\b[\p{L}-]+/giu, 'plain').unicode).toBe(true);
    // Without the guard, the Kelvin sign would stop matching k.
    expect(matches(new RegExp('k', 'giu'), '\u212a')).toHaveLength(1);
    expect(matches(new RegExp('k', 'gi'), '\u212a')).toHaveLength(0);
  });
});
