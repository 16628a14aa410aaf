/**
 * How much one import may hold. A month of Jobindsats figures for a municipality is a few hundred cells;
 * these limits are far above that and keep a wrong file (a whole database dump, a zip bomb) out of memory.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
/** What an XLSX file may unpack to, all its parts together (checked while unpacking; the zip's own sizes are not trusted). */
export const MAX_XLSX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** Cells in its worksheets: a Jobindsats sheet of a few hundred rows has a few thousand. */
export const MAX_XLSX_CELLS = 200_000;
/** Parts of the zip: a workbook has a dozen or two. */
export const MAX_XLSX_ENTRIES = 1000;
