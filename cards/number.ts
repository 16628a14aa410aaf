/**
 * Numbers the reader's way on a card ("1.161,5" in Danish, "1,161.5" in English), by hand rather than with
 * toLocaleString, which prints English separators on Node builds with small ICU (as functions/domain/format.ts).
 */
import type { Lang } from './card.js';

export function readerNumber(value: number, lang: Lang, maxDecimals = 1): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  const [group, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
  const digits = fraction.replace(/0+$/, '');
  const text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (digits ? decimal + digits : '');
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
