/**
 * One spreadsheet cell as both readers hand it on: text, a number (XLSX numeric cells), or empty.
 * Numbers typed as text follow Danish conventions first, because that is what job centres' files hold:
 * "1.869" is one thousand eight hundred and sixty-nine, "15,9" is fifteen point nine.
 */
import { parseNumber } from '../domain/numbers.js';

export type Cell = string | number | null;

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** What the exporter prefixes with an apostrophe: a formula start, or an apostrophe of the text's own. */
function guarded(text: string): boolean {
  return looksLikeFormula(text) || text.startsWith("'");
}

/**
 * Text as written to a CSV someone may open in a spreadsheet: a leading apostrophe keeps a formula-like
 * cell as text there. The importer removes exactly that apostrophe again, so export → import is lossless;
 * a text that itself starts with an apostrophe ("'=5 %" in a note) gets one too, or the import would
 * take its own apostrophe for the guard and drop it.
 */
export function escapeFormula(text: string): string {
  return guarded(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && guarded(text.slice(1)) ? text.slice(1) : text;
}

/** The cell as trimmed text; '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return unescapeFormula(cell.trim());
}

export type NumberResult = { ok: true; value: number; percent: boolean } | { ok: false };

const SPACES = /[\s\u00a0\u2009\u202f]/g;

/**
 * A number cell, read by the one number parser (domain/numbers.ts) as Danish: 1869, -281, 1.869 and
 * 1.869,5, 15,9, 15.9 (a point followed by other than exactly three digits is a decimal point); spaces
 * between digit groups ("1 869") and a trailing "%" (the caller checks the KPI is a percentage) are
 * allowed. Anything else — words, formulas, "1,869,000" — is refused rather than guessed at.
 */
export function cellNumber(cell: Cell | undefined): NumberResult {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell, percent: false } : { ok: false };
  if (cell === null || cell === undefined) return { ok: false };
  let s = cell.trim().replace(SPACES, '');
  const percent = /%$/.test(s);
  if (percent) s = s.slice(0, -1);
  const value = s.startsWith('+') ? undefined : parseNumber(s);
  return value === undefined ? { ok: false } : { ok: true, value, percent };
}
