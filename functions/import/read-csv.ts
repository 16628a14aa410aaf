/**
 * CSV with csv-parse. The delimiter (comma, semicolon or tab) is the one the top lines use most,
 * outside quotes: a Danish Excel writes ";" because "," is its decimal mark, so letting csv-parse split on
 * any of the three would cut "15,9" in two. UTF-8 with or without a BOM; a file that is not valid UTF-8 is
 * read as Windows-1252 (what older Danish Excel saves as "CSV") and the report says so.
 */
import { parse } from 'csv-parse/sync';
import type { Cell } from './cells.js';
import type { Sheet } from './sheet.js';

export function readCsv(bytes: Uint8Array): Sheet {
  const notes: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push('The file is not UTF-8; it was read as Windows-1252 (Western European).');
  }
  text = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  // A trailing newline leaves nothing; blank lines stay, so row numbers match what the user sees.
  return { format: 'csv', rows: rows.map((r) => r.map((c): Cell => (c === '' ? null : c))), notes };
}

/** The delimiter used most in any one of the first lines (a title block above the header has none). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  let best: { delimiter: ',' | ';' | '\t'; count: number } = { delimiter: ',', count: 0 };
  for (const line of text.split(/\r?\n/).slice(0, 12)) {
    const counts = { ';': 0, ',': 0, '\t': 0 };
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
    }
    for (const [delimiter, count] of Object.entries(counts) as [',' | ';' | '\t', number][]) {
      if (count > best.count) best = { delimiter, count };
    }
  }
  return best.delimiter;
}
