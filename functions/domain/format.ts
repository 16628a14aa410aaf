/**
 * Numbers and quantities as a Danish or English reader writes them: "1.869 fuldtidspersoner",
 * "15,6 mio. kr.", "1,869 full-time persons", "DKK 15.6 million". Separators come from Intl (Node 20+
 * ships full ICU, so da-DK groups with "." and en-GB with ","); the rest is Målbot's own wording.
 */
import type { Scale, Unit } from './model.js';
import type { Lang } from './period.js';

export interface NumberOptions {
  /** At most this many decimals (default 2); trailing zeros are dropped unless minDecimals asks for them. */
  maxDecimals?: number;
  minDecimals?: number;
}

const LOCALES: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/** 1869 → "1.869" (da) / "1,869" (en); 15.9 → "15,9" / "15.9". */
export function formatNumber(value: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const maxDecimals = options.maxDecimals ?? 2;
  const minDecimals = Math.min(options.minDecimals ?? 0, maxDecimals);
  const key = `${lang}:${minDecimals}:${maxDecimals}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals })));
  const text = format.format(value);
  // Rounding can turn -0.001 into "-0": no sign then.
  return /[1-9]/.test(text) ? text : text.replace('-', '');
}

/** The nouns a unit is said with, in both languages ("person", "personer", "persons"). */
export function unitNouns(unit: Unit): string[] {
  const nouns = NOUNS[unit];
  return nouns ? [...nouns.da, ...nouns.en] : [];
}

/** Singular and plural nouns per unit; the singular is used for exactly 1. */
const NOUNS: Partial<Record<Unit, Record<Lang, [string, string]>>> = {
  persons: { da: ['person', 'personer'], en: ['person', 'persons'] },
  'full-time-persons': { da: ['fuldtidsperson', 'fuldtidspersoner'], en: ['full-time person', 'full-time persons'] },
  'full-year-persons': { da: ['helårsperson', 'helårspersoner'], en: ['full-year person', 'full-year persons'] },
  'cases-per-caseworker': {
    da: ['sag pr. sagsbehandler', 'sager pr. sagsbehandler'],
    en: ['case per caseworker', 'cases per caseworker'],
  },
  'full-year-positions': { da: ['årsværk', 'årsværk'], en: ['full-year position', 'full-year positions'] },
  'contact-courses': { da: ['kontaktforløb', 'kontaktforløb'], en: ['contact course', 'contact courses'] },
  cases: { da: ['sag', 'sager'], en: ['case', 'cases'] },
  companies: { da: ['virksomhed', 'virksomheder'], en: ['company', 'companies'] },
  hours: { da: ['time', 'timer'], en: ['hour', 'hours'] },
  days: { da: ['dag', 'dage'], en: ['day', 'days'] },
  weeks: { da: ['uge', 'uger'], en: ['week', 'weeks'] },
  months: { da: ['måned', 'måneder'], en: ['month', 'months'] },
  years: { da: ['år', 'år'], en: ['year', 'years'] },
};

/**
 * A value with its unit, in the unit's stored scale (money in 1.000 kr. has scale 1000).
 * Money of a million or more is shown in millions (billions from a milliard) with one decimal,
 * because that is how the source documents and their readers talk about budgets.
 */
export function formatQuantity(value: number, unit: Unit, scale: Scale | number, lang: Lang): string {
  const amount = value * scale;
  switch (unit) {
    case 'dkk':
      return formatMoney(amount, lang);
    case 'percent':
      return lang === 'da' ? `${formatNumber(amount, lang, { maxDecimals: 1 })} %` : `${formatNumber(amount, lang, { maxDecimals: 1 })}%`;
    case 'rank':
      return lang === 'da' ? `nr. ${formatNumber(amount, lang)}` : `no. ${formatNumber(amount, lang)}`;
    case 'count':
      return formatNumber(amount, lang);
    default: {
      const nouns = NOUNS[unit]![lang];
      return `${formatNumber(amount, lang)} ${Math.abs(amount) === 1 ? nouns[0] : nouns[1]}`;
    }
  }
}

function formatMoney(kroner: number, lang: Lang): string {
  const size = Math.abs(kroner);
  if (size >= 1e9) return lang === 'da' ? `${one(kroner / 1e9, lang)} mia. kr.` : `DKK ${one(kroner / 1e9, lang)} billion`;
  if (size >= 1e6) return lang === 'da' ? `${one(kroner / 1e6, lang)} mio. kr.` : `DKK ${one(kroner / 1e6, lang)} million`;
  const plain = formatNumber(kroner, lang, { maxDecimals: 0 });
  return lang === 'da' ? `${plain} kr.` : `DKK ${plain}`;
}

/** One decimal, always shown, as in "15,6 mio. kr." and "60,6 mio. kr.". */
function one(value: number, lang: Lang): string {
  return formatNumber(value, lang, { maxDecimals: 1, minDecimals: 1 });
}
