/**
 * How much work one request may ask for, so that no single input can hold the server: each limit is far
 * above real use and is refused with a message naming it (README "Security" lists them). The import's
 * own limits (file size, rows, unpacked XLSX) live in import/limits.ts.
 */

/** A chat message or question: the REST question (/api/query `q`) has the same bound. Real questions are under 200. */
export const MAX_CHAT_TEXT = 500;
/** Nesting of a JSON body: real bodies (a proposal with its economy) are 4 deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * Values in a JSON body (every array, object, and element or member of one): real bodies hold a few
 * hundred. Parsing a megabyte of `[1,1,…]` and walking it for CPR numbers held the server for seconds.
 */
export const MAX_JSON_VALUES = 10_000;

/**
 * The deepest nesting of [ and { outside strings, and roughly how many values there are (containers and
 * separators counted); checked before parsing, so no step after it has to cope with more.
 */
function jsonShape(json: string): { depth: number; values: number } {
  let depth = 0;
  let deepest = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      deepest = Math.max(deepest, ++depth);
      values++;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c) values++;
  }
  return { depth: deepest, values };
}

/** Why a JSON text is refused before parsing, or undefined: `what` names it in the message ("The JSON body", "The activity"). */
export function jsonShapeProblem(json: string, what: string): string | undefined {
  const { depth, values } = jsonShape(json);
  if (depth > MAX_JSON_DEPTH) return `${what} is nested more than ${MAX_JSON_DEPTH} levels deep.`;
  if (values > MAX_JSON_VALUES) return `${what} holds more than ${MAX_JSON_VALUES} values.`;
  return undefined;
}
