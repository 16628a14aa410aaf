/** Cases named in a question: by code ("BIC 01", "KIK II"), or by a short title only one case has ("Projekt Superb"). */
import type { Lexicon } from './lexicon.js';
import { findCaseCodes, type Mention } from './mentions.js';
import type { Span } from './period-parse.js';
import { inside, overlaps, type Token } from './frame-tokens.js';

/** The cases named outside `taken`; each one's span is added to `taken`. */
export function readCases(text: string, tokens: Token[], lex: Lexicon, taken: Span[]): Mention[] {
  const words = tokens.map((t) => t.word);
  const codes = findCaseCodes(text, lex.cases).filter((c) => !overlaps(c, taken));
  taken.push(...codes);
  // A case named by its short title ("Hvad kostede Projekt Superb?") keeps the question to that case.
  for (let i = 0; i < tokens.length; i++) {
    if (inside(tokens[i]!, taken)) continue;
    const m = lex.caseTitles.match(words, i);
    if (m?.values.length !== 1) continue;
    const span = { start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end };
    codes.push({ id: m.values[0]!, ...span });
    taken.push(span);
    i += m.length - 1;
  }
  return codes;
}
