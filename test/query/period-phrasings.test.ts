/**
 * Every stored figure whose period is a day, month, quarter, half year, span of months or span of years (and a
 * sample of the yearly ones) asked with its period written the plain way and in the other ways a manager writes
 * it — "ultimo august 2018", "pr. 31/8-18", "31.08.2018", "3. kvt. 2016", "K1 2012", "andet halvår 2015",
 * "de første fem måneder af 2018", "fra 2017 til 2019", "budgetåret 2020", "FY20", "as of 31 Aug 2018", "H2-15",
 * "between 2017 and 2019" … (support/period-phrasings.ts) — generated from the seed data, not examples. Each
 * phrasing gives the same figure as the plain form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type PhrasingCase, periodCases } from './support/phrasing-cases.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const misses: string[] = [];
let asked = 0;
let plainRight = 0;
let cases: PhrasingCase[];
const key = (f: { kpi: string; org: string; period: string; kind: string; value: number } | undefined) => (f ? `${f.kpi} ${f.org} ${f.period} ${f.kind} ${f.value}` : 'none');

beforeAll(async () => {
  cases = await periodCases({ yearSample: 12 });
  for (const c of cases) {
    const plain = (await ask(c.plain, { lang: c.lang })).figures[0];
    if (plain?.kpi !== c.figure.kpiId || plain.org !== c.figure.orgId || plain.period !== c.figure.period) continue;
    plainRight++;
    for (const v of c.variants) {
      asked++;
      const got = (await ask(v.text, { lang: c.lang })).figures[0];
      // "budgetåret 2016" prefers the year's budget where the measure has one: the same measure, organisation and year.
      const budget = v.form === 'budget year' && got?.kind === 'budget' && key({ ...got, kind: plain.kind, value: plain.value }) === key(plain);
      if (key(got) !== key(plain) && !budget) misses.push(`${c.lang} ${v.form}: ${v.text} → ${key(got)} (plain: ${key(plain)})`);
    }
  }
}, 300_000);

describe('a period in every phrasing', () => {
  it('asks each kind of period in both languages', () => {
    const kinds = new Set(cases.map((c) => c.figure.period.replace(/\d/g, '9')));
    for (const k of ['9999', '9999-99', '9999-99-99', '9999-Q9', '9999-H9', '9999--9999', '9999-99--9999-99']) expect(kinds).toContain(k);
    expect(plainRight).toBeGreaterThan(cases.length * 0.7);
  });
  it('gives the figure of the plain form', () => {
    expect(asked).toBeGreaterThan(800);
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(Math.floor(asked * 0.01));
  });
});
