/**
 * CSV with csv-parse. The delimiter (comma, semicolon or tab) is the one the top lines use most,
 * outside quotes: a Danish Excel writes ";" because "," is its decimal mark, so letting csv-parse split on
 * any of the three would cut "15,9" in two. UTF-8 with or without a BOM; a file that is not valid UTF-8 is
 * read as Windows-1252 (what older Danish Excel saves as "CSV") and the report says so.
 */
import { parse } from 'csv-parse/sync';
import { PayloadTooLargeError } from '../domain/errors.js';
import type { Cell } from './cells.js';
import { MAX_IMPORT_CELLS } from './limits.js';
import type { Sheet } from './sheet.js';

/** Throws PayloadTooLargeError once the fields read pass MAX_IMPORT_CELLS: counted while parsing, so 5 MB of "1;" is never held as millions of fields. */
export function readCsv(bytes: Uint8Array, fileName: string): Sheet {
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
  let cells = 0;
  const rows = parse(text, {
    delimiter,
    // Called for each field as it is read, so even one line of millions of fields stops at the limit.
    cast: (value: string) => {
      if (++cells > MAX_IMPORT_CELLS) throw new PayloadTooLargeError(`${fileName} has more than ${MAX_IMPORT_CELLS} fields; one import takes at most ${MAX_IMPORT_CELLS}. Split the file; nothing was read.`);
      return value;
    },
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
  // Only the head is split: the whole of a 5 MB file of blank lines would be millions of strings.
  for (const line of text.slice(0, 1 << 16).split(/\r?\n/).slice(0, 12)) {
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
