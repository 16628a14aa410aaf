/**
 * How much one import may hold. A month of Jobindsats figures for a municipality is a few hundred cells,
 * a KPI's whole history a few thousand rows; these limits are above that and keep a wrong file (a whole
 * database dump, a zip bomb) out of memory. The rows and cells also bound how long a workbook is read on
 * the server's one thread: at the old 200,000 cells a dry run held /api/health for seconds.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A few thousand rows is a real import; a longer file is split. */
export const MAX_IMPORT_ROWS = 5_000;
/** What an XLSX file may unpack to, all its parts together (checked while unpacking; the zip's own sizes are not trusted). */
export const MAX_XLSX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** Cells of an XLSX file's worksheets or fields of a CSV file: every allowed row with the long layout's seven columns and one more. */
export const MAX_IMPORT_CELLS = 40_000;
/** Parts of the zip: a workbook has a dozen or two. */
export const MAX_XLSX_ENTRIES = 1000;
/** How long reading and checking one file may take in its worker (the largest allowed workbook: about 1–3 s on 2 busy cores). */
export const MAX_IMPORT_READ_MS = 30_000;
/** The worker's heap: what a file that slips past the other limits may take before it is refused. */
export const MAX_IMPORT_READ_MB = 512;
