/**
 * The personal-data guard: Målbot stores no CPR numbers. Free text that contains one is refused, and
 * the number itself is never echoed or logged — callers get only where it was found.
 *
 * A CPR number is a date ddmmyy (or ddmmyyyy) and four more digits, with or without separators, whose
 * date is real. The century comes from the seventh digit (CPR rules), so 29 February is checked against
 * the right year, and a four-digit year must agree with it. The modulus-11 check is not applied: numbers
 * issued since 2007 need not satisfy it.
 *
 * The text is normalised first, so that what looks like a CPR number to a reader is one to the guard:
 * Unicode NFKC (full-width digits), any decimal digit of any script, every dash and space variant, and
 * invisible characters (zero-width space, soft hyphen, combining marks) removed.
 *
 * Machine identifiers are not CPR numbers, though their digits can read as one: a random UUID ending
 * "-0f2609740141" holds "260974-0141". So ten (or twelve) digits in a row inside a hexadecimal token (only
 * 0–9 and a–f, letters directly adjacent once normalised) are not read, and neither is a UUID as a whole
 * (its groups joined by hyphens; "01011990-1234-4abc-…" is an id, not a person). What no id holds is still
 * found: a letter outside a–f next to the digits ("borger0101901234", "x0101901234x": a word glued on), a
 * separator inside the number ("fed010190-1234", "ab01.01.90-1234"), or an invisible character anywhere
 * in the text (digits hidden on purpose).
 */

/**
 * What may stand between the groups once normalised: dashes, dots, slashes, spaces and the like, up to
 * three. The date's two separators are the same (01.01.90, 01-01-90, 010190): a period range such as
 * "2011-11--2012-03" is then not mistaken for one.
 */
const SEP = "[-./ _,:;·•'|\\\\]{0,3}";
const CPR_SHORT = new RegExp(`(?<!\\d)(\\d{2})(${SEP})(\\d{2})\\2(\\d{2})${SEP}(\\d)\\d{3}(?!\\d)`, 'g');
const CPR_LONG = new RegExp(`(?<!\\d)(\\d{2})(${SEP})(\\d{2})\\2(\\d{4})${SEP}(\\d)\\d{3}(?!\\d)`, 'g');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The letters and digits on either side of a match: the rest of the token it sits in. */
const TOKEN_BEFORE = /[0-9A-Za-z]*$/;
const TOKEN_AFTER = /^[0-9A-Za-z]*/;
const HEX = /^[0-9a-f]*$/i;
const ONLY_DIGITS = /^\d+$/;
/**
 * Zero-width spaces and joiners, soft hyphens, BOMs, variation selectors, the combining grapheme joiner:
 * no id holds one, a number hidden on purpose may. Looked for once composed (NFKC), so an accent typed as
 * a combining mark is part of its letter (é), not a hidden character.
 */
const INVISIBLE_CHARACTER = /[\p{Cf}\p{Mn}\p{Me}]/u;

const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]/gu;
const DASHES = /[\p{Pd}\u2212\u2043\u2044\u2215\uFE63]/gu;
const SPACES = /[\p{Zs}\s]/gu;
const DIGITS = /\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

/** Composed text as the guard reads it (not for display: only positions of digits and separators matter). */
function readAsGuard(composed: string): string {
  return composed.replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ').replace(DIGITS, asciiDigit);
}

/**
 * A decimal digit of any script as 0–9: its distance from the first digit of its run, modulo ten. Runs of
 * ten may adjoin (Myanmar Pao and Eastern Pwo Karen are twenty in a row), so the run's start is found,
 * not assumed to be at most nine back.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/**
 * A day or month out of range rolls the date into another month (dd and mm are two digits, so no roll
 * comes back round to the same month), and getUTCMonth is never -1 or above 11: the month alone tells.
 */
function isRealDate(dd: number, mm: number, year: number): boolean {
  return new Date(Date.UTC(year, mm - 1, dd)).getUTCMonth() === mm - 1;
}

function isCpr(dd: number, mm: number, year: number, seventh: number, longYear: boolean): boolean {
  const yy = year % 100;
  const full = century(seventh, yy) + yy;
  return (!longYear || full === year) && isRealDate(dd, mm, full);
}

/** True when the digits at start..end are glued to letters, and all of them with the digits are hexadecimal. */
function inHexToken(normal: string, start: number, end: number): boolean {
  const around = TOKEN_BEFORE.exec(normal.slice(Math.max(0, start - 64), start))![0] + TOKEN_AFTER.exec(normal.slice(end, end + 64))![0];
  return around !== '' && HEX.test(around);
}

function hasTenDigits(text: string): boolean {
  DIGITS.lastIndex = 0;
  for (let n = 0; n < 10; n++) if (!DIGITS.test(text)) return false;
  return true;
}

/** True when the text holds something that is a CPR number. */
export function containsCpr(text: string): boolean {
  if (!/\d|[^\x00-\x7f]/.test(text)) return false;
  const composed = text.normalize('NFKC');
  // Every pattern below needs ten digits, and the guard's reading adds none: most text stops here.
  if (!hasTenDigits(composed)) return false;
  const hidden = INVISIBLE_CHARACTER.test(composed);
  const normal = readAsGuard(composed).replace(UUID, 'uuid');
  for (const [pattern, longYear] of [[CPR_SHORT, false], [CPR_LONG, true]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(normal); m; m = pattern.exec(normal)) {
      const [dd, mm, year, seventh] = [m[1], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
      if (isCpr(dd, mm, year, seventh, longYear) && !(!hidden && ONLY_DIGITS.test(m[0]) && inHexToken(normal, m.index, m.index + m[0].length))) return true;
      // A near miss must not hide a real number that starts inside it.
      pattern.lastIndex = m.index + 1;
    }
  }
  return false;
}

/** Digits with up to four separators or invisible characters between them: what a CPR number can hide in. */
const DIGIT_RUN = /\p{Nd}(?:[^\p{L}\p{Nd}]{0,4}\p{Nd})*/gu;

/**
 * The text with every run of digits that holds a CPR number replaced, so a refused form can be shown back
 * to its author with the rest of their words kept, without the number travelling any further. A run is
 * judged without the letters around it, so digits inside an id next to a real number may go too: more
 * hidden, never less.
 */
export function redactCpr(text: string, replacement: string): string {
  return text.replace(DIGIT_RUN, (run) => (containsCpr(run) ? replacement : run));
}

/** A whole number's digits as a CPR number would be written: nine digits get the day's leading zero back. */
function withLeadingZero(digits: string): string {
  return /^-?\d{9}$/.test(digits) ? digits.replace(/\d/, '0$&') : digits;
}

/**
 * The names of the fields (of a flat or nested object) whose text — keys included — holds a CPR number.
 * A whole number is read by its digits too, so a CPR number sent as a JSON number (3112901234) is found,
 * and ordinary figures are not (1500000, 2018, 3212901234: no real date). A fraction is a measurement,
 * not a number someone was given. A JSON number keeps no leading zero, so a number born on days 1–9 of a
 * month (010190-1234) arrives with nine digits (101901234): a nine-digit number is read with its zero
 * put back, and refused when that is a real date; other nine-digit amounts pass (312000000: day 03, month 12
 * is real, so it is refused; 990000000: day 09, month 90 is not).
 * Walked without recursion, so no nesting depth can overflow the stack.
 */
export function fieldsWithCpr(input: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[input, '']];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string' || Number.isInteger(value)) {
      if (containsCpr(typeof value === 'string' ? value : withLeadingZero(String(value)))) found.push(path || '(text)');
    } else if (value) {
      // Any value's own properties, not just an object's: a fraction or boolean has none.
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        // A key is text too, and a field's name is echoed in the refusal: one holding a number is named "(key)".
        const name = !Array.isArray(value) && containsCpr(key) ? '(key)' : key;
        if (name === '(key)') found.push(path ? `${path}.(key)` : '(key)');
        stack.push([child, path ? `${path}.${name}` : name]);
      }
    }
  }
  return found;
}
