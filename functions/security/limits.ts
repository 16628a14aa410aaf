/**
 * How much work one request may ask for, so that no single input can hold the server: each limit is far
 * above real use and is refused with a message naming it (README "Security" lists them). The import's
 * own limits (file size, rows, unpacked XLSX) live in import/limits.ts.
 */

/** A chat message or question: the REST question (/api/query `q`) has the same bound. Real questions are under 200. */
export const MAX_CHAT_TEXT = 500;
/** Nesting of a JSON body: real bodies (a proposal with its economy) are 4 deep. */
export const MAX_JSON_DEPTH = 32;
