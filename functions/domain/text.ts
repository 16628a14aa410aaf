/**
 * The one text fold: lower case, Danish letters to their ASCII spellings (æ→ae, ø→oe, å→aa) and other
 * accents dropped, so "forsørgelse" and "forsoergelse" meet. Search, question parsing, the chat's KPI
 * lookup and the API's list filters all compare folded text.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
