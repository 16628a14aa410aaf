/**
 * Numbers as people write them in Danish and English text: "1.869", "15,9 %", "67.772 kr.",
 * "15,6 mio. kr.", "1,869", "DKK 15.6 million". A dot followed by exactly three digits is a Danish
 * thousands separator; a comma followed by three digits is an English one when the text is English.
 */
import type { Lang } from '../period.js';
import type { Span } from './period-parse.js';

export interface NumberMention extends Span {
  value: number;
  /** "percent", "dkk" or undefined when the text names no unit. */
  unit?: 'percent' | 'dkk';
  /** 1, 1000 or 1000000 when the text names a scale ("mio.", "t.kr.", "million"). */
  scale: number;
}

const NUMBER = /(?<![\p{L}\d])-?\d{1,3}(?:([.,])\d{3})*(?:[.,]\d+)?(?![\d])|(?<![\p{L}\d])-?\d+(?:[.,]\d+)?(?![\d])/gu;

/** The numeric value of one written number, reading separators the way the language does. */
export function parseNumber(text: string, lang: Lang = 'da'): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(t)) return undefined;
  const thousands = lang === 'da' ? '.' : ',';
  const decimal = lang === 'da' ? ',' : '.';
  let s = t;
  // "1.869" in Danish, "1,869" in English: groups of exactly three digits after the separator.
  const groups = new RegExp(`^-?\\d{1,3}(?:\\${thousands}\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (groups.test(s)) s = s.split(thousands).join('');
  else if (s.includes(thousands) && !s.includes(decimal)) {
    // "15.6" in a Danish sentence is still a decimal number: only a three-digit group is a separator.
    s = s.replace(thousands, '.');
  }
  s = s.replace(decimal, '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Numbers mentioned in a question that are not years, with the unit words that follow them. */
export function findNumbers(question: string, lang: Lang): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(question); m; m = NUMBER.exec(question)) {
    const raw = m[0];
    if (/^(19|20)\d{2}$/.test(raw)) continue;
    const value = parseNumber(raw, lang);
    if (value === undefined) continue;
    const after = question.slice(m.index + raw.length, m.index + raw.length + 20).toLowerCase();
    const before = question.slice(Math.max(0, m.index - 5), m.index).toLowerCase();
    let unit: NumberMention['unit'];
    let scale = 1;
    let end = m.index + raw.length;
    const unitMatch = /^\s*(%|pct\.?|procent|percent|mia\.?\s*kr\.?|mio\.?\s*kr\.?|millioner\s*kr\.?|million(?:s)?(?:\s*kr\.?)?|t\.?\s*kr\.?|tkr\.?|1\.000 kr\.?|kr\.?|dkk)/u.exec(after);
    if (unitMatch) {
      const u = unitMatch[1]!;
      end += unitMatch[0].length;
      if (/%|pct|procent|percent/.test(u)) unit = 'percent';
      else {
        unit = 'dkk';
        if (/^mia/.test(u)) scale = 1_000_000_000;
        else if (/mio|million/.test(u)) scale = 1_000_000;
        else if (/^t\.?\s*kr|tkr|1\.000/.test(u)) scale = 1000;
      }
    } else if (/dkk\s*$/.test(before)) unit = 'dkk';
    out.push({ start: m.index, end, value, scale, ...(unit ? { unit } : {}) });
  }
  return out;
}
