/** What both readers produce: the rows of the first sheet as cells, numbered as the user sees them. */
import type { Cell } from './cells.js';

export interface Sheet {
  format: 'csv' | 'xlsx';
  /** Row i of `rows` is the file's row `i + 1` (spreadsheet numbering, header included). */
  rows: Cell[][];
  /** Things the reader noticed that the user should know (e.g. the text encoding it fell back to). */
  notes: string[];
}
