/**
 * Adaptive Cards read TextBlock text and FactSet facts as Markdown: "31. august 2018" at the start of a line
 * becomes an ordered list starting at 31, "- 5 %" a bullet, "_id_" italics. Our text is never meant as
 * Markdown (emphasis is the card's weight and colour, or a builder's explicit **bold**), so every such text
 * is escaped here, once, when a card is built (cards/card.ts), and no builder needs to remember it.
 */

/** Characters that start or end Markdown inline syntax; "_" inside a word ("002_4216.txt") is no emphasis. */
const INLINE = /(?<!\\)([*`[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}]))/gu;
/** A line that would start a list or a heading: "31. ", "1) ", "- ", "+ ", "* ", "#", ">". */
const LINE_START = /^(\s*)(\d+)([.)])(?=\s|$)|^(\s*)([-+*>#])(?=\s|#|$)/gm;

/** Bold a builder asked for ("Tal gemt: **410 personer**") is the one Markdown kept. */
const BOLD = /(\*\*[^*\n]+\*\*)/;

export function escapeMarkdown(text: string): string {
  return text
    .split(BOLD)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(INLINE, '\\$1')))
    .join('')
    .replace(LINE_START, (_m, s1: string | undefined, digits: string | undefined, mark: string | undefined, s2: string | undefined, symbol: string | undefined) =>
      digits !== undefined ? `${s1 ?? ''}${digits}\\${mark}` : `${s2 ?? ''}\\${symbol}`,
    );
}

/** Escapes every text a client would read as Markdown, in place: TextBlock text and FactSet titles and values. */
export function escapeCardText(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) escapeCardText(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'TextBlock' && typeof o.text === 'string') o.text = escapeMarkdown(o.text);
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    for (const fact of o.facts as Record<string, unknown>[]) {
      if (typeof fact.title === 'string') fact.title = escapeMarkdown(fact.title);
      if (typeof fact.value === 'string') fact.value = escapeMarkdown(fact.value);
    }
  }
  for (const [key, value] of Object.entries(o)) if (key !== 'data' && typeof value === 'object') escapeCardText(value);
}
