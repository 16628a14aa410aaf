/**
 * Every stored figure (a sample of the yearly ones) asked in Danish the plain way and as written on a keyboard
 * without æ, ø and å ("forsørgelse" → "forsorgelse", "på" → "pa"), and a month's figure with the month cut short
 * and a two-digit year ("aug 18"): generated from the seed data (support/phrasing-cases.ts), not examples. Each
 * gives the figure of the plain form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { periodCases } from './support/phrasing-cases.js';
import { seededEngine } from './support/seed-store.js';

const engine = seededEngine();
const misses: string[] = [];
let asked = 0;
const key = (f: { kpi: string; org: string; period: string; kind: string; value: number } | undefined) => (f ? `${f.kpi} ${f.org} ${f.period} ${f.kind} ${f.value}` : 'none');
const withoutDanishLetters = (q: string) => q.replace(/[æå]/g, 'a').replace(/ø/g, 'o').replace(/[ÆÅ]/g, 'A').replace(/Ø/g, 'O');
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

beforeAll(async () => {
  for (const c of await periodCases({ yearSample: 12 })) {
    if (c.lang !== 'da') continue;
    const plain = (await engine.ask(c.plain, { lang: 'da' })).figures[0];
    if (plain?.kpi !== c.figure.kpiId || plain.org !== c.figure.orgId || plain.period !== c.figure.period) continue;
    const month = /^(\d{2})(\d{2})-(\d{2})$/.exec(c.figure.period);
    const variants = [withoutDanishLetters(c.plain)];
    if (month) variants.push(c.plain.replace(/\bi \S+ \d{4}\?$/u, `i ${SHORT_MONTHS[Number(month[3]) - 1]} ${month[2]}?`));
    for (const v of variants.filter((x) => x !== c.plain)) {
      asked++;
      const got = (await engine.ask(v, { lang: 'da' })).figures[0];
      if (key(got) !== key(plain)) misses.push(`${v} → ${key(got)} (plain: ${key(plain)})`);
    }
  }
}, 300_000);

describe('spelling as a keyboard without æ, ø, å and a busy manager write it', () => {
  it('gives the figure of the plain form', () => {
    expect(asked).toBeGreaterThan(100);
    expect(misses, misses.join('\n')).toEqual([]);
  });
});
