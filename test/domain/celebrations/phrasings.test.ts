/**
 * Every phrasing of every rule, in both languages: each is reached in some week, and each says the news
 * concretely. The rule tests only meet the phrasing their week happens to pick, so a phrasing that lost
 * its place or figure would go unseen there.
 */
import { describe, expect, it } from 'vitest';
import { CELEBRATION_RULES, phrasingCount, type CelebrationRule } from '../../../functions/domain/celebrations/index.js';
import { word, type Words } from '../../../functions/domain/celebrations/wording.js';

/** Each word marked with its name and language, so a phrasing is seen to use the words it was given. */
function words(lang: 'da' | 'en'): Words {
  const names = ['kpi', 'Kpi', 'place', 'value', 'target', 'date', 'byDeadline', 'beyond', 'best', 'n', 'proposal'];
  return Object.fromEntries(names.map((name) => [name, `<${name}:${lang}>`]));
}

/** What each rule's news cannot be told without. */
const NEEDS: Record<CelebrationRule, string[]> = {
  'goal-achieved': ['place', 'value', 'target'],
  'target-exceeded': ['place', 'value', 'beyond'],
  'new-best': ['place', 'value', 'date'],
  'improving-streak': ['place', 'value', 'n'],
  'proposal-approved': ['place', 'proposal'],
  'proposal-implemented': ['place', 'proposal'],
  'first-figures': ['place', 'value', 'date'],
};

describe('every phrasing', () => {
  for (const rule of CELEBRATION_RULES) {
    it(`of ${rule} is used in some week and names what the news is about, in Danish and in English`, () => {
      const weeks = Array.from({ length: phrasingCount(rule) }, (_, i) => `2018-W${String(10 + i).padStart(2, '0')}`);
      const texts = weeks.map((week) => word(rule, `${rule}~subject`, week, { da: words('da'), en: words('en') }));
      for (const lang of ['da', 'en'] as const) {
        expect(new Set(texts.map((t) => t[lang])).size).toBe(weeks.length);
        for (const t of texts) {
          for (const need of NEEDS[rule]) expect(t[lang]).toContain(`<${need}:${lang}>`);
          expect(t[lang]).toMatch(/^(?:<Kpi|<place|<n|[A-ZÆØÅ])/);
          // No word of the other language slips in.
          expect(t[lang]).not.toContain(`:${lang === 'da' ? 'en' : 'da'}>`);
        }
      }
      // The fixed words around the figures differ between the languages.
      const strip = (s: string) => s.replace(/<[^>]+>/g, '');
      for (const t of texts) expect(strip(t.da)).not.toBe(strip(t.en));
    });
  }
});
