/** A question's words with where they stand, and the span tests the frame readers share. */
import type { Span } from './period-parse.js';

export interface Token extends Span {
  word: string;
  /** As written, for capitals. */
  raw: string;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ word: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function inside(t: Span, spans: Span[]): boolean {
  return spans.some((s) => t.start >= s.start && t.end <= s.end) || spans.some((s) => t.start < s.end && s.start < t.end);
}

export function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}
