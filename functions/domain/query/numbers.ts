/**
 * Numbers mentioned in a question, with the unit and scale written after them: "1.869", "15,9 %",
 * "67.772 kr.", "15,6 mio. kr.", "1,869", "DKK 15.6 million". Each number is read by the one shared
 * parser (functions/domain/numbers.ts): a dot before exactly three digits is a thousands dot in both
 * languages (the documents asked about are Danish), an English comma before three digits too.
 */
import type { Lang } from '../lang.js';
import { parseNumber } from '../numbers.js';
import type { Span } from './period-parse.js';

export interface NumberMention extends Span {
  value: number;
  /** "percent", "dkk" or undefined when the text names no unit. */
  unit?: 'percent' | 'dkk';
  /** 1, 1000 or 1000000 when the text names a scale ("mio.", "t.kr.", "million"). */
  scale: number;
}

const NUMBER = /(?<![\p{L}\d])-?\d{1,3}(?:([.,])\d{3})*(?:[.,]\d+)?(?![\d])|(?<![\p{L}\d])-?\d+(?:[.,]\d+)?(?![\d])/gu;

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
