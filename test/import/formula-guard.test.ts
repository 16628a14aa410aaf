/**
 * The CSV-injection guard as a complete table: every leading character from U+0000 to U+00FF (plus a
 * few beyond), so a guard that forgets one of = + - @ TAB CR fails here. OWASP's list is those six; an
 * apostrophe is guarded too, so the importer's removal of the guard never eats the text's own.
 */
import { describe, expect, it } from 'vitest';
import { cellText, escapeFormula, looksLikeFormula, unescapeFormula } from '../../functions/import/cells.js';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
const leading = [...Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)), '\u2212', '＝', '😀', "'"];

describe('formula guard', () => {
  it('escapes a text exactly when its first character starts a formula', () => {
    for (const first of leading) {
      const text = `${first}SUM(A1:A9)`;
      const formula = FORMULA_STARTS.includes(first);
      const shown = `U+${first.codePointAt(0)!.toString(16).padStart(4, '0')}`;
      expect(looksLikeFormula(text), shown).toBe(formula);
      expect(escapeFormula(text), shown).toBe(formula || first === "'" ? `'${text}` : text);
    }
  });

  it('looks only at the first character', () => {
    for (const c of FORMULA_STARTS) expect(escapeFormula(`a${c}1`)).toBe(`a${c}1`);
    expect(escapeFormula('')).toBe('');
  });

  // A note that itself began with an apostrophe before a formula character used to lose the apostrophe.
  it('export then import gives back the text, whatever it starts with', () => {
    for (const first of leading) {
      for (const text of [`${first}x`, `'${first}x`, `''${first}x`]) {
        expect(unescapeFormula(escapeFormula(text)), JSON.stringify(text)).toBe(text);
      }
    }
  });

  it('removes only an apostrophe that guards a formula', () => {
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("'Status")).toBe("'Status");
    expect(escapeFormula("'=5 % siden sidst")).toBe("''=5 % siden sidst");
    expect(unescapeFormula("''=5 % siden sidst")).toBe("'=5 % siden sidst");
    expect(unescapeFormula("x'=1")).toBe("x'=1");
    expect(cellText("  '+45 1234  ")).toBe('+45 1234');
    expect(cellText("'Status")).toBe("'Status");
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(15.9)).toBe('15.9');
  });
});
