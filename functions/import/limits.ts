/**
 * How much one import may hold. A month of Jobindsats figures for a municipality is a few hundred cells;
 * these limits are far above that and keep a wrong file (a whole database dump, a zip bomb) out of memory.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
