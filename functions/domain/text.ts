/**
 * The one text fold: lower case, Danish letters to their ASCII spellings (æ→ae, ø→oe, å→aa) and other
 * accents dropped, so "forsørgelse" and "forsoergelse" meet. Search, question parsing, the chat's KPI
 * lookup and the API's list filters all compare folded text.
 */
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII has nothing to fold (NFD leaves it as it is): the common case, and the cheap one.
  if (ASCII.test(lower)) return lower;
  // NFKC first: full-width and mathematical letters and digits ("２０２１", "𝐊𝐈𝐊") are the plain ones, and a
  // capital that only NFKC makes plain is lowered after it.
  return lower
    .normalize('NFKC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
