/**
 * Which language to answer in. A command word says it outright ("hjælp" is Danish, "help" English);
 * otherwise the text itself when its language is clear — a manager with an English Teams client who
 * writes Danish expects Danish back; otherwise the activity's locale (Teams sends the client's UI
 * language); otherwise Danish, the language of the job centres Målbot serves.
 */
import type { Lang } from '../cards/index.js';

export function localeLang(locale: string | undefined): Lang | undefined {
  const tag = locale?.trim().toLowerCase();
  if (!tag) return undefined;
  if (tag === 'da' || tag.startsWith('da-')) return 'da';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

const DANISH_WORDS = new Set(
  'hvor hvad hvordan hvem hvilke hvilken hvornår mange er var har jeg vi du og af på til med det den de ikke om kan vis mig seneste sidste år måned mål tal forslag borgere ledige status hjælp pr ultimo primo'.split(' '),
);
const ENGLISH_WORDS = new Set(
  'how what who which when where many much is are was were have has i we you and of on to with the it not about can show me latest last year month goal goals figure figures proposal people status help'.split(' '),
);

/** The text's language when it is clear; undefined when it could be either (e.g. "KIK II 2018"). */
export function textLang(value: string): Lang | undefined {
  if (/[æøå]/i.test(value)) return 'da';
  let da = 0;
  let en = 0;
  for (const word of value.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DANISH_WORDS.has(word)) da++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  if (da > en) return 'da';
  if (en > da) return 'en';
  return undefined;
}

export function replyLang(input: { commandLang?: Lang; locale?: string; text?: string }): Lang {
  return input.commandLang ?? (input.text ? textLang(input.text) : undefined) ?? localeLang(input.locale) ?? 'da';
}
