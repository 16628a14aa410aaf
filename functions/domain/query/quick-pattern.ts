/**
 * The same pattern without the `u` flag, for a text where that flag cannot change what matches.
 *
 * V8 runs a case-insensitive Unicode pattern (`/iu`) several times slower than the same pattern without
 * `u`: the period grammar's rules took about 120 µs of every new question, 20 µs without it. Without `u`,
 * a letter matches another when both upper-case to the same character and none of ASCII is reached from
 * outside it; with `u`, when both case-fold to the same one. The two agree on every character of the Basic
 * Multilingual Plane but three that fold onto a letter the grammar uses (ſ → s, the Kelvin sign → k, the
 * Ångström sign → å; the first two are word characters to `\b` with `u` too). They also differ on surrogate
 * pairs and on Unicode-only syntax (`\p{L}`). So the copy is used only for a text without those three
 * characters and surrogates, and only for a pattern without Unicode-only syntax; anything else gets the
 * pattern as written.
 */
const PLAIN_TEXT = /^[^\u017f\u212a\u212b\ud800-\udfff]*$/;
const UNICODE_ONLY = /\\[pP]\{|\\u\{/;

const copies = new WeakMap<RegExp, RegExp>();

export function quickPattern(re: RegExp, text: string): RegExp {
  if (!re.unicode || !PLAIN_TEXT.test(text)) return re;
  let copy = copies.get(re);
  if (!copy) copies.set(re, (copy = UNICODE_ONLY.test(re.source) ? re : new RegExp(re.source, re.flags.replace('u', ''))));
  return copy;
}
