/**
 * Every way of writing a CPR number that the guard reads, each at its limit: every separator it knows
 * (alone, as the date's two and before the last four digits, up to three in a row but not four), every
 * dash and space variant, and every kind of invisible character, in the short and the four-digit-year
 * form. A case table missing a case here is a way round the guard nobody has tried yet.
 */
import { describe, expect, it } from 'vitest';
import { containsCpr } from '../../functions/domain/personal-data.js';

const SEPARATORS = ['-', '.', '/', ' ', '_', ',', ':', ';', '·', '•', "'", '|', '\\'];
/** Dashes and slashes that read as a hyphen: any Pd character, minus signs, the fraction and division slashes. */
const DASHES = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043', '\u2044', '\u2215', '\uFE63', '\uFF0D', '\u2E3A', '\u301C', '\u058A'];
const SPACES = ['\t', '\n', '\v', '\f', '\u00A0', '\u1680', '\u2002', '\u2009', '\u202F', '\u205F', '\u3000', '\u2028'];
/** Format characters (Cf), non-spacing marks (Mn) and enclosing marks (Me): none is seen, all are dropped. */
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066', '\u061C', '\u034F', '\uFE0F', '\u20DD'];

const name = (c: string) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

describe('CPR numbers written with separators', () => {
  it('finds one with any separator the guard knows, in every place a separator may stand', () => {
    for (const s of SEPARATORS) {
      expect(containsCpr(`borger 010190${s}1234`), name(s)).toBe(true);
      expect(containsCpr(`borger 01${s}01${s}90${s}1234`), name(s)).toBe(true);
      expect(containsCpr(`borger 01${s}01${s}1990${s}1234`), name(s)).toBe(true);
      expect(containsCpr(`borger 01${s}01${s}19901234`), name(s)).toBe(true);
    }
  });

  it('reads up to three separators in a row between groups, and not four', () => {
    for (const s of SEPARATORS) {
      const [three, four] = [s.repeat(3), s.repeat(4)];
      expect(containsCpr(`01${three}01${three}90${three}1234`), name(s)).toBe(true);
      expect(containsCpr(`01${three}01${three}1990${three}1234`), name(s)).toBe(true);
      expect(containsCpr(`010190${four}1234`), name(s)).toBe(false);
      expect(containsCpr(`01${four}01${four}90-1234`), name(s)).toBe(false);
      expect(containsCpr(`01${four}01${four}1990-1234`), name(s)).toBe(false);
    }
  });

  it('needs the date’s two separators to be alike, so a period range is not one', () => {
    expect(containsCpr('01.01-90-1234')).toBe(false);
    expect(containsCpr('01-01.1990 1234')).toBe(false);
    expect(containsCpr('0101-90-1234')).toBe(false);
    expect(containsCpr('01--01--90-1234')).toBe(true);
  });

  it('finds one with any dash or space variant, between every group', () => {
    for (const c of [...DASHES, ...SPACES]) {
      expect(containsCpr(`010190${c}1234`), name(c)).toBe(true);
      expect(containsCpr(`01${c}01${c}90${c}1234`), name(c)).toBe(true);
      expect(containsCpr(`01${c}01${c}1990${c}1234`), name(c)).toBe(true);
    }
  });

  it('finds one with invisible characters between any digits', () => {
    for (const c of INVISIBLES) {
      expect(containsCpr(`0${c}101${c}90-12${c}34`), name(c)).toBe(true);
      expect(containsCpr(`0101${c}1990${c}1234`), name(c)).toBe(true);
    }
  });
});

describe('the four-digit-year form at its edges', () => {
  it('is not one inside a longer digit run', () => {
    expect(containsCpr('010119901234')).toBe(true);
    expect(containsCpr('9010119901234')).toBe(false);
    expect(containsCpr('0101199012349')).toBe(false);
    expect(containsCpr('9-01.01.1990-1234')).toBe(true);
    expect(containsCpr('01.01.1990-12345')).toBe(false);
    expect(containsCpr('01.01.1990-123')).toBe(false);
  });

  it('checks the date with the year written out', () => {
    expect(containsCpr('29.02.2000-4123')).toBe(true);
    expect(containsCpr('29.02.1900-3123')).toBe(false);
    expect(containsCpr('29.02.1996-3123')).toBe(true);
    expect(containsCpr('31.04.1990-3123')).toBe(false);
    expect(containsCpr('00.01.1990-3123')).toBe(false);
    expect(containsCpr('01.13.1990-3123')).toBe(false);
  });
});

describe('an id is no id once an invisible character is in the text', () => {
  it('finds digits glued to hexadecimal letters with any invisible character beside them', () => {
    for (const c of INVISIBLES) expect(containsCpr(`deadbeef${c}0101901234`), name(c)).toBe(true);
    // A letter with its accent typed as a combining mark is a letter outside a–f once composed (é).
    expect(containsCpr('cafe\u03010101901234')).toBe(true);
  });

  it('still lets the id through when the text holds no invisible character', () => {
    expect(containsCpr('deadbeef0101901234')).toBe(false);
  });
});
