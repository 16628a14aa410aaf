/**
 * Loose text matching for list filters: case and accents do not matter, and Danish letters match the
 * ways people type them on other keyboards — "selvforsørgende", "selvforsoergende" and "selvforsorgende"
 * are one word, as are "Aabenraa" and "Åbenrå". Query and text are folded the same way, so folding too
 * much only ever widens a match.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** True when every word of the query occurs in one of the texts. */
export function matchesAllWords(query: string, texts: readonly string[]): boolean {
  const haystack = texts.map(foldText).join('\n');
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
