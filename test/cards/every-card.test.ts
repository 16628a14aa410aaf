/**
 * Every card Målbot sends (./support/every-card.ts: welcome, help, answer, computed answer, case, status,
 * weekly digest, proposal chooser, both forms, confirmation, review cards, proposal list, subscription
 * settings, update-figure, a notice), made from the seed data in Danish and English as a person gets them,
 * held to what a reader needs: under its byte budget, only the reader's language in Målbot's own words,
 * and sources named by document title and section, never by file name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard, Lang } from '../../cards/index.js';
import { cardBytes, MESSAGE_LIMIT_BYTES } from '../../cards/digest-card.js';
import { shownTexts } from './support/card-text.js';
import { dataStrings, sourceNames, withoutData } from './support/card-data.js';
import { openCardChat, type CardChat } from './support/chat-cards.js';
import { CARD_KINDS, everyCard, QUICK_WIN, type CardKind } from './support/every-card.js';
import { cardProblems } from './support/validate-card.js';

/**
 * Bytes each card may take (JSON as sent). Teams refuses a message over 28 KB; each budget is what the
 * card needs with its largest realistic content plus room, so a card that starts to grow is noticed
 * long before Teams would refuse it.
 */
const BUDGET: Record<CardKind, number> = {
  // Fixed wording and five buttons.
  welcome: 4_000,
  help: 4_000,
  'proposal-choice': 2_000,
  message: 1_500,
  confirmation: 2_500,
  // One figure with its facts and up to five "did you mean" buttons.
  answer: 4_000,
  // Also the working and one line per operand, each with its source.
  comparison: 5_000,
  // KIK II, the largest case: 13 economy lines over four years as a table, four goals.
  case: 14_000,
  // The digest builder holds itself to 24 KB whatever the subscription (pictures go first, then goals).
  status: 24 * 1024,
  digest: 24 * 1024,
  // Every input of Herning's form, with a label, a placeholder and an error message each.
  'priority-form': 12_000,
  'quick-win-form': 4_000,
  // Five sections cut at 700 characters, the economy table and the three decision forms.
  review: 10_000,
  'review-submitted': 10_000,
  // Five proposals a page.
  'proposal-list': 5_000,
  // The organisation's cases as choices (Aabenraa's 8) and seven weekdays.
  subscription: 5_000,
  // At most 30 KPIs as static choices (functions/figures KPI_CHOICES), the rest found by search; the organisations and cases.
  'update-figure': 10_000,
};

/** English on a Danish card: Målbot's own words only (data is taken out first). "for", "over", "status", "budget" are Danish too. */
const ENGLISH = [
  'proposed', 'active', 'approved', 'rejected', 'submitted', 'pending', 'target', 'targets', 'budget year', 'source', 'sources', 'of', 'and',
  'the', 'with', 'from', 'is', 'are', 'was', 'in', 'on', 'not', 'no\\.', 'none', 'goal', 'goals', 'achieved', 'on track', 'at risk', 'without',
  'period', 'working', 'deadline', 'show', 'all', 'week', 'year', 'years', 'saving', 'savings', 'cost', 'costs', 'DKK', 'figure', 'figures',
  'economy', 'committee', 'citizens', 'persons', 'people', 'proposal', 'proposals', 'review', 'approve', 'reject', 'changes', 'request',
  'submit', 'save', 'next', 'previous', 'page', 'since', 'actual', 'expected', 'benefit', 'negative', 'gain', 'financing', 'investment',
  'case', 'cases', 'help', 'settings', 'subscribe', 'language', 'weekday', 'monday', 'friday', 'did you mean', 'kind',
];
/** Danish on an English card, besides any æ, ø or å (checked on their own). */
const DANISH = [
  'og', 'af', 'til', 'pr\\.', 'ikke', 'med', 'er', 'det', 'den', 'som', 'ved', 'efter', 'uden', 'nye', 'tal', 'sag', 'sagen', 'sager', 'uge',
  'alle', 'ingen', 'frist', 'periode', 'faktisk', 'mio\\.', 'kr\\.', 'kilde', 'indsendt', 'forslag', 'besparelse', 'udvalg', 'udvalget',
  'borgere', 'personer', 'godkendt', 'afvist', 'vis', 'gem', 'mere', 'eller', 'hvad', 'hvor', 'mindst', 'antal', 'andel', 'i alt', 'fx',
  'kl\\.', 'stil', 'budgetår', 'mål', 'nået', 'status på', 'kommune',
];
/** Words both languages use, or names: not a sign of either. */
const SHARED = /\b(business case|quick wins?|Målbot|Jobindsats)\b/gi;
/** A committee's own abbreviation ("Finance Committee (ØK)") is a name, not a word. */
const ABBREVIATION = /(?<!\p{L})\p{Lu}{2,}(?:\/\p{Lu}{2,})*(?!\p{L})/gu;

const words = (list: string[], flags = 'i') => new RegExp(`(?<![\\p{L}\\d])(${list.join('|')})(?![\\p{L}\\d])`, `u${flags}`);
const FOREIGN: Record<Lang, RegExp> = { da: words(ENGLISH), en: words(DANISH) };

/** A file name as the seed data keeps it ("001_c4b015c6edf99cef.txt"): never for a reader. */
const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b|\.(txt|pdf|json|csv|xlsx)\b/;

let chat: CardChat;
let data: string[];
let sources: string[];
const cards: Record<Lang, Record<CardKind, AdaptiveCard>> = {} as never;

beforeAll(async () => {
  chat = await openCardChat();
  cards.da = await everyCard(chat, 'da');
  cards.en = await everyCard(chat, 'en');
  data = await dataStrings(chat.store, [...Object.values(QUICK_WIN), 'Mette Jensen']);
  sources = await sourceNames(chat.store);
}, 120_000);

afterAll(() => chat?.close());

/** Målbot's own words on a card: the shown texts without data, shared words and names. */
function ownWords(card: AdaptiveCard): string[] {
  return shownTexts(card)
    .flatMap((t) => t.split(/\n+/))
    .map((t) => withoutData(t, data).replace(SHARED, ' ¤ '))
    .filter((t) => t.trim() && t.trim() !== '¤');
}

describe.each(['da', 'en'] as const)('every card in %s', (lang) => {
  it.each(CARD_KINDS)('%s is a valid Adaptive Card 1.5 under its byte budget', (kind) => {
    const card = cards[lang][kind];
    const problems = cardProblems(card);
    expect(problems.parse, kind).toEqual([]);
    expect(problems.validation, kind).toEqual([]);
    expect(BUDGET[kind]).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES);
    expect(cardBytes(card), `${kind} (${lang}) is ${cardBytes(card)} bytes`).toBeLessThanOrEqual(BUDGET[kind]);
  });

  it.each(CARD_KINDS)(`%s speaks only ${lang === 'da' ? 'Danish' : 'English'} in its own words`, (kind) => {
    const leaks = ownWords(cards[lang][kind]).filter((t) => FOREIGN[lang].test(t) || (lang === 'en' && /[æøå]/i.test(t.replace(ABBREVIATION, ''))));
    expect(leaks, `${kind} (${lang})`).toEqual([]);
  });

  it.each(CARD_KINDS)('%s names no file', (kind) => {
    expect(shownTexts(cards[lang][kind]).filter((t) => FILE_NAME.test(t)), kind).toEqual([]);
  });
});

describe('the case card', () => {
  it('keeps the lines the document gives per committee apart from the case\'s own, under the document\'s heading, behind a toggle', () => {
    for (const [lang, own, group] of [['da', 'Økonomi pr. år', 'Pr. udvalg'], ['en', 'Economy by year', 'By committee']] as const) {
      const json = JSON.stringify(cards[lang].case);
      const tables = json.match(/"type":"Table"/g) ?? [];
      expect(tables, lang).toHaveLength(2);
      expect(json.indexOf(`"text":"${own}"`), lang).toBeGreaterThan(-1);
      expect(json.indexOf(`"text":"${group}"`), lang).toBeGreaterThan(json.indexOf(`"text":"${own}"`));
      expect(json).toMatch(/"id":"sagens-oekonomi","isVisible":false/);
    }
  });
});

describe('sources', () => {
  const SOURCE_LABEL = { da: 'Kilde', en: 'Source' } as const;
  /** A source fact is one or more "document title, section" of the seed data, joined by "og"/"and". */
  const titled = (text: string) => sources.reduce((rest, s) => rest.split(s).join(' ¤ '), text).replace(/ ¤ /g, '').replace(/\s*(,|og|and)\s*/g, '') === '';

  it.each(['answer', 'comparison', 'case', 'review'] as const)('the %s card names its source by document title and section, in both languages', (kind) => {
    for (const lang of ['da', 'en'] as const) {
      const facts = JSON.stringify(cards[lang][kind]).match(new RegExp(`"title":"${SOURCE_LABEL[lang]}","value":"((?:[^"\\\\]|\\\\.)*)"`));
      expect(facts, `${kind} (${lang}) has a ${SOURCE_LABEL[lang]} fact`).not.toBeNull();
      const value = JSON.parse(`"${facts![1]}"`) as string;
      expect(titled(value), `${kind} (${lang}): ${value}`).toBe(true);
      // Two operands from the same page are one source, named once.
      const named = sources.filter((s) => value.includes(s));
      expect(named.map((s) => value.split(s).length - 1), `${kind} (${lang}): ${value}`).toEqual(named.map(() => 1));
      expect(FILE_NAME.test(value)).toBe(false);
    }
  });

  it('the list of words is not blind: it finds the other language on a card made to mix them', () => {
    expect(FOREIGN.da.test('Mål: 26 personer (target)')).toBe(true);
    expect(FOREIGN.en.test('Target: 26 persons pr. 31 January')).toBe(true);
    expect(FOREIGN.da.test('Mål for Herning Kommune')).toBe(false);
    expect(withoutData('Kilde: Viborg Kommune', data)).not.toMatch(/Viborg/);
  });
});
