/**
 * The cell helpers on their own: which texts count as formulas, the apostrophe guard the exporter adds and
 * the importer removes (exactly that one, so export → import is lossless), a cell as text, and the
 * separators a number cell may have between digit groups.
 */
import { describe, expect, it } from 'vitest';
import { cellNumber, cellText, escapeFormula, looksLikeFormula, unescapeFormula } from '../../functions/import/cells.js';

describe('formula-like text', () => {
  it('is text starting with =, +, -, @, a tab or a carriage return, and only at the start', () => {
    for (const t of ['=1', '+1', '-1', '@A1', '\tx', '\rx']) expect(looksLikeFormula(t), JSON.stringify(t)).toBe(true);
    for (const t of ['a=1', '1+1', 'x-y', 'mail@kommune.dk', 'x\t', '', "'=1"]) expect(looksLikeFormula(t), JSON.stringify(t)).toBe(false);
  });

  it('gets an apostrophe when it looks like a formula or starts with an apostrophe of its own, and nothing else does', () => {
    expect(escapeFormula('=5')).toBe("'=5");
    expect(escapeFormula("'=5 %")).toBe("''=5 %");
    expect(escapeFormula("'citat")).toBe("''citat");
    expect(escapeFormula("citat'")).toBe("citat'");
    expect(escapeFormula('Status KIK II')).toBe('Status KIK II');
  });

  it('loses exactly the exporter apostrophe again on import, so every text survives the round trip', () => {
    expect(unescapeFormula("'=5")).toBe('=5');
    expect(unescapeFormula("''citat")).toBe("'citat");
    // An apostrophe before a plain text is the text's own: no exporter added it.
    expect(unescapeFormula("'citat")).toBe("'citat");
    expect(unescapeFormula('=5')).toBe('=5');
    expect(unescapeFormula("x'=5")).toBe("x'=5");
    for (const t of ['=5', "'=5 %", "'citat", "''", "'", 'citat', '-', '@', '', "a'b"]) {
      expect(unescapeFormula(escapeFormula(t)), JSON.stringify(t)).toBe(t);
    }
  });
});

describe('a cell as text', () => {
  it('is empty for an empty cell, the number written out for a number, the trimmed text without the guard else', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(0)).toBe('0');
    expect(cellText(-15.9)).toBe('-15.9');
    expect(cellText('  Viborg \t')).toBe('Viborg');
    expect(cellText("  '=SUM(A1) ")).toBe('=SUM(A1)');
  });
});

describe('separators in a number cell', () => {
  it('allows every kind of space between digit groups, as often as the number has groups', () => {
    for (const space of [' ', '\u00a0', '\u2009', '\u202f']) {
      expect(cellNumber(`1${space}869${space}000`), JSON.stringify(space)).toEqual({ ok: true, value: 1_869_000, percent: false });
    }
    expect(cellNumber(' 14,2\u00a0% ')).toEqual({ ok: true, value: 14.2, percent: true });
  });

  it('takes a percent sign only at the end', () => {
    expect(cellNumber('%14')).toEqual({ ok: false });
    expect(cellNumber('14%')).toEqual({ ok: true, value: 14, percent: true });
  });
});
