/**
 * Short English questions naming Danish things (benefits, proposals, quoted table lines) are English, and
 * Danish questions naming English things are Danish: a Danish letter is one Danish word, not the verdict, and
 * quoted or bracketed names and glosses are not counted for either language.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/domain/query/language.js';

describe('a question naming the other language\'s terms', () => {
  it.each([
    ['What is Herning\'s budget for førtidspension in 2019?', 'en'],
    ['How many citizens moved to anden forsørgelse?', 'en'],
    ['What does ØK invest in 2021?', 'en'],
    ['How much did \'Øvrige sociale udgifter\' cost in 2020?', 'en'],
    ['How many are in jobafklaringsforløb (sygedagpenge) now?', 'en'],
    ['Tell me about the Unge på toppen project', 'en'],
    ['share of førtidspension awards under 40?', 'en'],
  ])('%s → English', (q, lang) => expect(detectLanguage(q)).toBe(lang));
  it.each([
    ['Hvad koster projektet \'Close the gap\' i 2019?', 'da'],
    ['Hvor mange er i Projekt Superb (the pilot) nu?', 'da'],
    ['Hvad er target for KIK II i 2019?', 'da'],
    ['førtidspension budget 2019', 'da'],
    ['Hvor stor er andelen af unge på ydelse?', 'da'],
    ['kontanthjælp Aabenraa 2018', 'da'],
  ])('%s → Danish', (q, lang) => expect(detectLanguage(q)).toBe(lang));
  it('a quote inside a possessive is not taken for a quotation', () => {
    expect(detectLanguage("What is Aabenraa's budget for kontanthjælp in 2018?")).toBe('en');
  });
});

describe('terse questions, mostly names and numbers', () => {
  it.each([
    ['budget investering 2019+2020 mio', 'da'],
    ['drift ue 05 2018 i alt', 'da'],
    ['sygedagpenge herning 2017 kr', 'da'],
  ])('%s → Danish: an abbreviation or domain word of Danish decides', (q, lang) => expect(detectLanguage(q)).toBe(lang));
  it.each([
    ['ue 05 + ue 06 opex 2018 together', 'en'],
    ['au budget 2019 excl transfers', 'en'],
    ['bic 02 net 2019 pls', 'en'],
  ])('%s → English: one English word among names is enough', (q, lang) => expect(detectLanguage(q)).toBe(lang));
});
