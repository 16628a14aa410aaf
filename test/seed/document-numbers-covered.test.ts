/**
 * Coverage of the demo dataset, measured: every number in the five documents is a value the seed data
 * holds for that document (in Herning's forms, for that form's proposal), or is listed in
 * documents/not-figures.json with a reason from REASONS. A new figure in a document, or a figure removed
 * from the seed, fails here; so does an exclusion that no longer finds its passage, and one whose reason
 * a mechanical check can refute (a "year" that is not one, a "range" whose first number is not stored).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  audit,
  around,
  DOCUMENTS,
  documentText,
  numberTokens,
  REASONS,
  squeeze,
  storedValues,
  type Audit,
  type Doc,
  type NotFigure,
  type NumberToken,
} from './document-numbers.js';

const notFigures = JSON.parse(readFileSync(new URL('documents/not-figures.json', import.meta.url), 'utf8')) as NotFigure[];
const docs = Object.keys(DOCUMENTS) as Doc[];
const audits = new Map<Doc, Audit>(docs.map((doc) => [doc, audit(doc, notFigures)]));
const texts = new Map<Doc, string>(docs.map((doc) => [doc, squeeze(documentText(doc))]));

const MONTH = /januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december/i;

/** What can be checked of a reason without reading: the rest ("code", "in-words" …) was checked by reading. */
function refutes(doc: Doc, entry: NotFigure, token: NumberToken): string | undefined {
  const text = texts.get(doc)!;
  const { covered } = audits.get(doc)!;
  switch (entry.reason) {
    case 'year':
      return /^(19|20)\d\d$/.test(token.raw) ? undefined : 'is not a year';
    case 'date':
      return MONTH.test(entry.text) || /\d\/\d|\d\d?\.\d\d?\.\s?\d\d/.test(entry.text) ? undefined : 'has no month or day/month beside it';
    case 'law':
      return /§|stk\.|kap\.|lov|bek/i.test(entry.text) ? undefined : 'has no law reference beside it';
    case 'page':
    case 'list':
      return /^\d{1,2}(\.\d{1,2})*$/.test(token.raw) ? undefined : 'is not a small item or page number';
    case 'age':
      return /^\s*-?\s*\d*\s*-?\s*(årige|år|ar)\b/.test(text.slice(token.end, token.end + 12)) || /år|ar\b/.test(entry.text) ? undefined : 'names no age';
    case 'range': {
      // The range's first number, just before the dash, must be a stored figure.
      const first = covered.find((t) => t.end < token.start && /^\s*[-–]\s*$/.test(text.slice(t.end, token.start)));
      return first ? undefined : 'follows no stored first number of a range';
    }
    case 'repeated':
      return [...storedValues(doc).values()].flat().some((v) => Math.abs(v - Math.abs(token.value ?? NaN)) < 1e-9)
        ? undefined
        : 'is stored nowhere else in the document';
    default:
      return undefined;
  }
}

describe('every number in the documents is a stored figure or listed as not one', () => {
  afterAll(() => {
    // The measurement itself, so a run shows how much of each document the dataset holds.
    console.table(
      Object.fromEntries(
        docs.map((doc) => {
          const a = audits.get(doc)!;
          return [doc, { tokens: a.tokens.length, covered: a.covered.length, excluded: a.excluded.length, uncovered: a.uncovered.length }];
        }),
      ),
    );
  });

  it.each(docs)('%s: no number is in neither', (doc) => {
    const a = audits.get(doc)!;
    expect(a.uncovered.map((t) => `${t.raw} in "${around(doc, t)}"`)).toEqual([]);
    expect(a.covered.length + a.excluded.length).toBe(a.tokens.length);
  });

  it.each(docs)('%s: every exclusion still finds its passage and a number in it', (doc) => {
    expect(audits.get(doc)!.stale).toEqual([]);
  });

  it.each(docs)('%s: no exclusion has a reason its number refutes', (doc) => {
    const wrong = audits
      .get(doc)!
      .exclusions.map(({ entry, token }) => ({ entry, token, why: refutes(doc, entry, token) }))
      .filter((e) => e.why)
      .map((e) => `${e.token.raw} (${e.entry.reason}) ${e.why}: "${e.entry.text}"`);
    expect(wrong).toEqual([]);
  });

  it('every exclusion has a known reason and names numbers its passage holds', () => {
    for (const entry of notFigures) {
      expect(Object.keys(REASONS)).toContain(entry.reason);
      const written = numberTokens(entry.text).map((t) => t.raw);
      for (const n of entry.numbers) expect(written, `${n} in "${entry.text}"`).toContain(n);
    }
  });
});

describe('the audit reads numbers as the documents write them', () => {
  it('finds signs, decimal commas, thousands dots and millions, and not a range dash as a sign', () => {
    const tokens = numberTokens('Budget -18,1 og 1.161 t.kr.; 15,6 mio. kr.; 18-29 årige; (−275)');
    expect(tokens.map((t) => [t.raw, t.value, t.millions])).toEqual([
      ['-18,1', -18.1, false],
      ['1.161', 1161, false],
      ['15,6', 15.6, true],
      ['18', 18, false],
      ['29', 29, false],
      ['−275', -275, false],
    ]);
  });

  it('holds a number of one of Herning\'s forms only by that form\'s figures', () => {
    // BIC 01's economy has 290 (t.kr.) saved in 2017; the number must not count as held in another form.
    const a = audits.get('002')!;
    const text = texts.get('002')!;
    const bic01 = text.indexOf('Forslag nr.: BIC 01');
    const bic02 = text.indexOf('Forslag nr.: BIC 02');
    expect(a.covered.some((t) => t.raw === '290' && t.start > bic01 && t.start < bic02)).toBe(true);
    expect(storedValues('002').get('herning.bic-02') ?? []).not.toContain(290);
  });
});
