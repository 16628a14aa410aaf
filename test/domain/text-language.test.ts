/**
 * The one rule for the language of a reply (functions/domain/text-language.ts), used by chat, cards, commands
 * and POST /api/query. Sentences of our own for each kind of text that went wrong once; the chat message sets
 * and the figure-question sets measure it as a whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../bot/commands.js';
import { replyLang, textLang } from '../../functions/domain/text-language.js';

type Lang = 'da' | 'en';

describe('a command word, the text, the conversation, the locale', () => {
  it('a command word decides outright', () => {
    expect(replyLang({ commandLang: 'da', locale: 'en-US', text: 'hjælp', previous: 'en' })).toBe('da');
    expect(replyLang({ commandLang: parseCommand('help')?.lang, locale: 'da-DK', text: 'help' })).toBe('en');
  });

  it('a clearly Danish or English text wins over the client locale and the conversation', () => {
    expect(replyLang({ locale: 'en-US', text: 'Hvor mange borgere fik sygedagpenge sidste år?', previous: 'en' })).toBe('da');
    expect(replyLang({ locale: 'da-DK', text: 'How many citizens got sickness benefits last year?', previous: 'da' })).toBe('en');
  });

  it.each([
    ['2020?'],
    ['KIK II 2019'],
    ['1.485'],
    ['Herning?'],
    ['fleksjob 2019'],
    ['status'],
  ])('%s shows no language: the conversation keeps its own', (text) => {
    expect(textLang(text)).toBeUndefined();
    expect(replyLang({ text, previous: 'en', locale: 'da-DK' })).toBe('en');
    expect(replyLang({ text, previous: 'da', locale: 'en-US' })).toBe('da');
    // With no earlier turn it is Danish, whatever the client (the Playground and many offices send en-US).
    expect(replyLang({ text, locale: 'en-US' })).toBe('da');
  });

  it('a short turn with a word of its own says its language', () => {
    expect(replyLang({ text: 'and 2020?', previous: 'da' })).toBe('en');
    expect(replyLang({ text: 'og 2020?', previous: 'en' })).toBe('da');
    expect(replyLang({ text: 'what about Skive?', previous: 'da' })).toBe('en');
    expect(replyLang({ text: 'hvad med Skive?', previous: 'en' })).toBe('da');
  });

  it('with no text at all the conversation decides, then the locale, and Danish is the default', () => {
    expect(replyLang({ previous: 'en', locale: 'da-DK' })).toBe('en');
    expect(replyLang({ locale: 'en-GB' })).toBe('en');
    expect(replyLang({ locale: 'de-DE' })).toBe('da');
    expect(replyLang({})).toBe('da');
  });
});

describe('which language a text is in', () => {
  it.each<[string, Lang]>([
    // English naming Danish places, lower-case and first as people type them.
    ['skive unemployment rate 2016', 'en'],
    ['What share of Ikast-Brande citizens are on benefits?', 'en'],
    ['ringkøbing-skjern ranking in the cluster', 'en'],
    ['odsherred target for 2019?', 'en'],
    // Danish without æ, ø or å.
    ['hvor mange gik i uddannelse i foraaret', 'da'],
    ['hvad var maalet for aktiveringsgraden', 'da'],
    ['hvor meget sparer kommunen paa forloebet', 'da'],
    ['antal ledige pr maaned i 2017', 'da'],
    // Danish terms inside English, English words inside Danish.
    ['kontanthjælp and uddannelseshjælp combined 2019', 'en'],
    ['førtidspension as a share of the total', 'en'],
    ['how much is budgeted for revalidering?', 'en'],
    ['Hvad er business casen for projektet?', 'da'],
    ['hvor mange quick wins har vi i 2018', 'da'],
    // Terse questions, mostly names and numbers: their few words decide.
    ['ceb 02 drift 2017 excl refusion', 'en'],
    ['ceb 02 driftsudgift 2017', 'da'],
    ['kik ii savings 2019 vs 2020', 'en'],
    ['kik ii besparelse 2019 og 2020', 'da'],
    ['investering ue 04 2018', 'da'],
  ])('%s → %s', (text, lang) => expect(textLang(text)).toBe(lang));

  it('quoted and bracketed names and glosses do not count, unless nothing else does', () => {
    expect(textLang("What does 'Unge på vej' cost in 2018?")).toBe('en');
    expect(textLang('Hvad koster "Back to work" i 2018?')).toBe('da');
    expect(textLang('How many are in ressourceforløb (the rehabilitation course)?')).toBe('en');
    expect(textLang('Hvor mange er i fleksjob (flexi-jobs)?')).toBe('da');
    expect(textLang('"hvor mange er ledige"')).toBe('da');
  });

  it("names say where, not which language, and Danish 'i' is not English 'I'", () => {
    expect(textLang('Can I see the figures for Nørre Snede?')).toBe('en');
    expect(textLang('tal for Skive i 2016')).toBe('da');
    expect(textLang('What is the goal for Ærø?')).toBe('en');
  });
});

function load(file: string): { text: string; lang: Lang }[] {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { text: string; lang: Lang }[];
}

/** Share answered in their own language, with the misses named so a failure says which. */
function score(items: { text: string; lang: Lang; previous?: Lang }[], locale?: string) {
  const misses = items.filter((m) => replyLang({ commandLang: parseCommand(m.text)?.lang, text: m.text, previous: m.previous, locale }) !== m.lang);
  return { share: 1 - misses.length / items.length, misses: misses.map((m) => `${m.lang}: ${m.text}`) };
}

describe('measured on whole sets', () => {
  it('gets at least 99 % of the development set of short chat messages right, from an English client', () => {
    const messages = load('./fixtures/language-messages.dev.json');
    expect(messages.length).toBeGreaterThanOrEqual(200);
    const { share, misses } = score(messages, 'en-US');
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  // Written by someone who never saw the rule. Scored once before it was looked at: 274 of 279 (98.2 %); the
  // misses ("ty", "bye", "stop notifications", "ok", and an English question about a Danish case title) led to
  // the chat words and the first-word weight. Kept as a regression set.
  it('gets at least 99 % of the blind set of chat messages right, from an English client', () => {
    const messages = load('./fixtures/language-messages.blind.json');
    expect(messages.length).toBeGreaterThanOrEqual(200);
    const { share, misses } = score(messages, 'en-US');
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  // Every figure question of test/query/sets carries its language; a conversation's turns are read in order,
  // each keeping the one before when it shows none. 2831 / 2834 when the two guessers were merged: the three
  // misses name nothing English but the set says English ("aabenraa ledighedsydelse + fleksjob 2018?").
  it('gets at least 99.8 % of the figure questions and their follow-up turns right', () => {
    const dir = new URL('../query/sets/', import.meta.url);
    const items: { text: string; lang: Lang; previous?: Lang }[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const set = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { questions?: unknown[] } | unknown[];
      for (const q of (Array.isArray(set) ? set : set.questions ?? []) as { lang: Lang; q?: string; turns?: string[] }[]) {
        let previous: Lang | undefined;
        for (const text of q.turns ?? [q.q!]) {
          items.push({ text, lang: q.lang, ...(previous ? { previous } : {}) });
          previous = replyLang({ text, previous });
        }
      }
    }
    expect(items.length).toBeGreaterThan(2000);
    const { share, misses } = score(items);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.998);
  });
});
