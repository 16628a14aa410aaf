/**
 * Loose text matching for list filters: case and accents do not matter, and Danish letters match the
 * ways people type them on other keyboards — "selvforsørgende", "selvforsoergende" and "selvforsorgende"
 * are one word, as are "Aabenraa" and "Åbenrå". Query and text are folded the same way, so folding too
 * much only ever widens a match.
 */
import { fold } from '../domain/text.js';

function foldText(text: string): string {
  // The shared fold spells ø and å "oe" and "aa"; a filter also takes them typed as "o" and "a".
  return fold(text).replace(/aa/g, 'a').replace(/oe/g, 'o');
}

/** True when every word of the query occurs in one of the texts. */
export function matchesAllWords(query: string, texts: readonly string[]): boolean {
  const haystack = texts.map(foldText).join('\n');
  // The empty words that spaces at the ends or in a row split off are in every text.
  return foldText(query)
    .split(/\s/)
    .every((word) => haystack.includes(word));
}
