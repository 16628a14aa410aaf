/**
 * Plain lookups in the documents' own words (support/document-lookups.ts): every stored figure asked with the
 * words of the passage that states it, its organisation and its period ("Resultater efter 12 måneder med hvor
 * mange afsluttede borgere i forslaget BIC 01 i Herning i 2016?"), and in English in a manager's order. Generated
 * from the seed data, so a figure added is asked too. The score is printed; the floors keep it from falling.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocumentLookup, documentLookups, judgeLookup, type LookupVerdict } from './support/document-lookups.js';
import { seededEngine } from './support/seed-store.js';

const results: { c: DocumentLookup; verdict: LookupVerdict; said: string }[] = [];
const share = (lang: 'da' | 'en', verdict: LookupVerdict) => {
  const mine = results.filter((r) => r.c.lang === lang);
  return mine.filter((r) => r.verdict === verdict).length / mine.length;
};

const { ask } = seededEngine();
beforeAll(async () => {
  for (const c of documentLookups()) {
    const a = await ask(c.text);
    const f = a.figures[0];
    results.push({ c, verdict: judgeLookup(c, a), said: f ? `${f.value} ${f.kpi} ${f.period}` : a.kind });
  }
  const rows = ['da quote', 'da line', 'en name'].map((form) => {
    const mine = results.filter((r) => `${r.c.lang} ${r.c.form}` === form);
    const count = (v: LookupVerdict) => mine.filter((r) => r.verdict === v).length;
    return `${form.padEnd(9)} ${String(count('right')).padStart(4)} / ${String(mine.length).padEnd(4)} right, ${count('same value')} same value, ${count('asked')} asked, ${count('refused')} refused, ${count('wrong number')} wrong numbers`;
  });
  console.log(`Plain lookups in the documents' words:\n${rows.join('\n')}`);
}, 300_000);

describe("plain lookups in the documents' words", () => {
  it('asks every figure in English and most in the words of their passage in Danish', () => {
    const figures = new Set(results.map((r) => `${r.c.figure.kpi} ${r.c.figure.period} ${r.c.figure.kind} ${r.c.figure.org}`));
    expect(results.filter((r) => r.c.lang === 'en').length).toBe(results.filter((r) => r.c.lang === 'en' && r.c.withCase === false).length);
    expect(results.filter((r) => r.c.lang === 'da' && !r.c.withCase).length).toBeGreaterThan(figures.size * 0.8);
  });
  it('answers at least its floor right', () => {
    expect(share('da', 'right')).toBeGreaterThanOrEqual(0.43);
    expect(share('en', 'right')).toBeGreaterThanOrEqual(0.9);
  });
  it('gives few wrong numbers', () => {
    const wrong = results.filter((r) => r.verdict === 'wrong number');
    expect(share('da', 'wrong number'), wrong.map((r) => `${r.c.text} → ${r.said}`).join('\n')).toBeLessThanOrEqual(0.12);
    expect(share('en', 'wrong number')).toBeLessThanOrEqual(0.025);
  });
});
