/**
 * How much work one request may ask for, so that no single input can hold the server: each limit is far
 * above real use and is refused with a message naming it (README "Security" lists them). The import's
 * own limits (file size, rows, unpacked XLSX) live in import/limits.ts.
 */

/** A chat message or question: the REST question (/api/query `q`) has the same bound. Real questions are under 200. */
export const MAX_CHAT_TEXT = 500;
/** Nesting of a JSON body: real bodies (a proposal with its economy) are 4 deep. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of [ and { outside strings; checked before parsing, so no step after it has to cope with more. */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
