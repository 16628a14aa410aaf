/**
 * Numbers as people in a Danish job centre type them: "1.600" (a thousands dot), "0,61" (a decimal
 * comma), "-281", "1.600,5". An English-style "0.61" is read as a decimal too, because a dot followed by
 * anything but groups of three digits cannot be a thousands separator. The card's regex and this parser
 * accept the same language, so what the card lets through the server reads the same way.
 */

/** For Input.Text `regex` in the cards; anchored, as Adaptive Cards require the whole value to match. */
export const DANISH_NUMBER_PATTERN = '^\\s*[-−+]?([1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?|\\d+([,.]\\d+)?)\\s*$';

const THOUSANDS = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const PLAIN = /^(\d+)(?:[,.](\d+))?$/;

/** The number, or undefined when the text is not one. Blank text is not a number either. */
export function parseDanishNumber(text: string): number | undefined {
  let value = text.trim();
  let sign = 1;
  if (/^[-−]/.test(value)) {
    sign = -1;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  const m = THOUSANDS.exec(value) ?? PLAIN.exec(value);
  if (!m) return undefined;
  const whole = m[1]!.replace(/\./g, '');
  const n = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
  // -0 would print as "0" anyway, but keeps equality checks honest.
  return Number.isFinite(n) ? (n === 0 ? 0 : sign * n) : undefined;
}

/** Decimal places in a typed number ("0,615" → 3), for rules such as "staff in two decimals". */
export function decimalPlaces(text: string): number {
  const value = text.trim().replace(/^[-−+]/, '');
  if (THOUSANDS.test(value)) return THOUSANDS.exec(value)![2]?.length ?? 0;
  return PLAIN.exec(value)?.[2]?.length ?? 0;
}

/**
 * A number typed by a user who writes in `lang`. In English, "1,600" is one thousand six hundred, not
 * 1.6: a comma before groups of exactly three digits is an English thousands separator there. Every other
 * form is read as Danish (which also takes "0.61").
 */
const ENGLISH_THOUSANDS = /^([-−+]?)([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

export function parseTypedNumber(text: string, lang: 'da' | 'en'): number | undefined {
  const english = lang === 'en' ? ENGLISH_THOUSANDS.exec(text.trim()) : null;
  if (!english) return parseDanishNumber(text);
  const n = Number(`${english[2]!.replace(/,/g, '')}${english[3] ? `.${english[3]}` : ''}`);
  return english[1] === '-' || english[1] === '−' ? -n : n;
}

/** Decimal places of a number typed in `lang` (see parseTypedNumber). */
export function typedDecimalPlaces(text: string, lang: 'da' | 'en'): number {
  const english = lang === 'en' ? ENGLISH_THOUSANDS.exec(text.trim()) : null;
  return english ? (english[3]?.length ?? 0) : decimalPlaces(text);
}
