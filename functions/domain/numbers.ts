/**
 * The one number parser: numbers as people in a Danish job centre type them, in Danish or English.
 * Danish: "1.600" (a thousands dot), "0,61" (a decimal comma), "-281", "1.600,5"; an English-style
 * "0.61" is a decimal too, because a dot followed by anything but groups of three digits cannot be a
 * thousands separator. English adds "1,600" as one thousand six hundred (a comma before groups of
 * exactly three digits). Forms (NUMBER_PATTERN), proposals, figure updates and imported cells read
 * numbers through here, so what a card lets through the server reads the same way.
 */
import type { Lang } from './lang.js';

/** For Input.Text `regex` in the cards; anchored, as Adaptive Cards require the whole value to match. */
export const NUMBER_PATTERN = '^\\s*[-−+]?([1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?|\\d+([,.]\\d+)?)\\s*$';

const THOUSANDS = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const PLAIN = /^(\d+)(?:[,.](\d+))?$/;
const ENGLISH_THOUSANDS = /^([-−+]?)([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

/** The number typed by someone writing in `lang`, or undefined when the text is not one (blank is not). */
export function parseNumber(text: string, lang: Lang = 'da'): number | undefined {
  const english = lang === 'en' ? ENGLISH_THOUSANDS.exec(text.trim()) : null;
  if (english) {
    const n = Number(`${english[2]!.replace(/,/g, '')}${english[3] ? `.${english[3]}` : ''}`);
    return english[1] === '-' || english[1] === '−' ? -n : n;
  }
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
export function decimalPlaces(text: string, lang: Lang = 'da'): number {
  const english = lang === 'en' ? ENGLISH_THOUSANDS.exec(text.trim()) : null;
  if (english) return english[3]?.length ?? 0;
  const value = text.trim().replace(/^[-−+]/, '');
  if (THOUSANDS.test(value)) return THOUSANDS.exec(value)![2]?.length ?? 0;
  return PLAIN.exec(value)?.[2]?.length ?? 0;
}
