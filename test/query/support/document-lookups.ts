/**
 * Plain lookups asked the way a manager asks them: with the document's own words for a stored figure, not the
 * catalogue's name for its measure. For every figure of the seed data the passage that states it is found — the
 * quote its note copies from the document, else the document line holding its value (a table's row) — and the
 * words around the value become the question, with the organisation and the period as the document writes them:
 * "Resultater efter 12 måneder med hvor mange afsluttede borgere i Herning i 2016?". The documents are Danish, so
 * the English questions put the measure's English name in a manager's order ("How many citizens completed after
 * 12 months in Transit in Herning in 2016?"). Generated from the data, not examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseNumber } from '../../../functions/domain/numbers.js';
import type { Answer } from '../../../functions/query/types.js';
import { SeedFileSchema, type SeedFigure, type SeedFile } from '../../../functions/store/seed-file.js';
import { plainPeriod } from './period-phrasings.js';
import { withPreposition } from './phrasing-cases.js';

export interface DocumentLookup {
  figure: { kpi: string; org: string; period: string; kind: string; value: number };
  lang: 'da' | 'en';
  /** Where the words come from: the note's quote, a document line, or (English) the measure's name. */
  form: 'quote' | 'line' | 'name';
  /** With the case named ("i forslaget BIC 01", "in KIK II") when the passage does not name it. */
  withCase: boolean;
  text: string;
  /** The passage the Danish question is read from. */
  passage: string;
}

const seedDir = new URL('../../../functions/seed-data/', import.meta.url);
const docDir = new URL('../../seed/documents/', import.meta.url);

/** Numbers a passage writes as words ("en halvtidsstilling", "tre stillinger"). */
const NUMBER_WORDS: Record<string, number> = { en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, halvtidsstilling: 0.5, tredelt: 3, halvdelen: 50 };
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}%§]+(?:[-'’][\p{L}]+)*|[^\s\p{L}\d]/gu;

interface Tok {
  text: string;
  value?: number;
}

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const t = m[0];
    const value = /^\d/.test(t) ? parseNumber(t) : NUMBER_WORDS[t.toLowerCase()];
    return value === undefined ? { text: t } : { text: t, value };
  });
}

/** The value as a passage may write it: as stored, or in the other scales money is written in. */
function writtenAs(value: number, scale: number): number[] {
  const v = Math.abs(value);
  const amount = v * scale;
  return [v, amount, amount / 1000, amount / 1_000_000];
}
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

const STOP = /^[.;:!?"“”()•\t]$/u;
const SOFT_STOP = /^[,]$/u;

/** The words before and after the value's token, within its clause; other numbers end a table row's words. */
function around(toks: Tok[], at: number): { before: string[]; after: string[] } {
  // A table row ("Selvforsørgelse 0 -120 -54 0"): its label, the words before its first number, says what it is.
  const first = toks.findIndex((t) => /^\d/.test(t.text));
  if (first > 0 && toks.slice(first).every((t) => !/\p{L}/u.test(t.text)) && toks.slice(first).filter((t) => /^\d/.test(t.text)).length >= 3) {
    return { before: toks.slice(0, first).map((t) => t.text).filter((t) => /\p{L}/u.test(t)), after: [] };
  }
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && before.length < 7; i--) {
    const t = toks[i]!.text;
    if (STOP.test(t) || SOFT_STOP.test(t) || (toks[i]!.value !== undefined && /^\d/.test(t) && before.length === 0 && i === at - 1)) break;
    before.unshift(t);
  }
  const after: string[] = [];
  for (let i = at + 1; i < toks.length && after.length < 6; i++) {
    const t = toks[i]!.text;
    // "18 – 40 år": the range's other end is not what is counted.
    if (after.length === 0 && /^[-–]$/u.test(t) && /^\d/.test(toks[i + 1]?.text ?? '')) {
      i++;
      continue;
    }
    if (STOP.test(t) || SOFT_STOP.test(t) || (/^\d/.test(t) && after.length === 0)) break;
    after.push(t);
  }
  return { before, after };
}

function quotes(note: string): string[] {
  return [...note.matchAll(/["“”]([^"“”]{3,})["“”]/gu)].map((m) => m[1]!);
}

/** The passage stating a figure: a quote of its note holding the value, else the document line that best names it. */
function passageOf(f: SeedFigure, scale: number, nameWords: Set<string>, lines: string[]): { form: 'quote' | 'line'; passage: string; at: number; toks: Tok[] } | undefined {
  const values = writtenAs(f.value, scale);
  const hit = (toks: Tok[]) => toks.findIndex((t) => t.value !== undefined && values.some((v) => same(v, t.value!)));
  for (const q of quotes(f.note ?? '')) {
    const toks = tokens(q);
    const at = hit(toks);
    if (at >= 0) return { form: 'quote', passage: q, at, toks };
  }
  let best: { form: 'line'; passage: string; at: number; toks: Tok[]; score: number } | undefined;
  for (const line of lines) {
    const toks = tokens(line);
    const at = hit(toks);
    if (at < 0) continue;
    const score = toks.filter((t) => t.value === undefined && nameWords.has(stem(t.text))).length;
    // A small number stands in many lines ("4 ugers forløb", "4 samtaler"): only a line naming the measure twice is its passage.
    if (score >= (Math.abs(f.value) < 10 ? 2 : 1) && (!best || score > best.score)) best = { form: 'line', passage: line, at, toks, score };
  }
  return best;
}

const stem = (w: string) => w.toLowerCase().slice(0, 5);

const ORG_PHRASE: Record<string, Record<'da' | 'en', (name: string) => string>> = {
  municipality: { da: (n) => ` i ${n}`, en: (n) => ` in ${n}` },
  cluster: { da: () => ' i klyngen', en: () => ' in the cluster' },
  national: { da: () => ' på landsplan', en: () => ' nationally' },
};

function periodPhrase(period: string, lang: 'da' | 'en'): string {
  const plain = plainPeriod(period, lang);
  return plain ? ` ${withPreposition(plain, lang, /^\d{4}-\d{2}-\d{2}$/u.test(period))}` : '';
}

/** "Hvor mange" where the words after the value say what is counted; "Hvad var" for a table row's label. */
function danishQuestion(before: string[], after: string[], fallback: string, where: string): string {
  const tidy = (ws: string[]) =>
    ws
      .filter((w) => !/^[-–]$/u.test(w))
      .join(' ')
      .replace(/\s*%/g, ' procent')
      .replace(/\s+([,.])/g, '$1')
      .trim();
  const b = tidy(before);
  const a = tidy(after);
  if (a) return `${b ? `${b} ` : ''}hvor mange ${a}${where}?`.replace(/^./u, (c) => c.toUpperCase());
  return `Hvad var ${b || fallback}${where}?`;
}

function englishQuestion(name: string, unit: string, where: string): string {
  const [head, tail] = name.includes(': ') ? [name.slice(0, name.indexOf(': ')), name.slice(name.indexOf(': ') + 2)] : ['', name];
  const what = tail
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/^./u, (c) => c.toLowerCase())
    .replace(/^the /u, '');
  // "Cluster rank: activation rate …" is asked as the rank of the activation rate, not "in Cluster rank".
  if (/\brank\b/iu.test(head)) return `What was the ${head.toLowerCase()} for ${what}${where}?`;
  const inCase = head ? ` in ${head}` : '';
  const counted = ['persons', 'count', 'cases', 'companies', 'contact-courses', 'full-time-persons', 'full-year-persons'].includes(unit);
  return counted && !/^(?:share|number|rank|average|total)\b/iu.test(what) ? `How many ${what}${inCase}${where}?` : `What was the ${what}${inCase}${where}?`;
}

/** A locator's words without its form code and numbers: "Prioriteringsforslag BIC 01: Hvad gør vi i dag" → "Hvad gør vi i dag". */
function section(locator: string): string[] {
  return locator
    .replace(/^Prioriteringsforslag [A-ZÆØÅ]+ \d+\w*:\s*/u, '')
    .replace(/\([^)]*\)|\d+(?:[.,-]\d+)*/gu, ' ')
    .split(/[\s:]+/u)
    .filter((w) => /\p{L}/u.test(w) && !/^[-–]$/u.test(w));
}

function readSeeds(): SeedFile[] {
  return readdirSync(seedDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => SeedFileSchema.parse(JSON.parse(readFileSync(new URL(n, seedDir), 'utf8'))));
}

export function documentLookups(): DocumentLookup[] {
  const seeds = readSeeds();
  const kpis = new Map(seeds.flatMap((s) => s.kpis).map((k) => [k.id, k]));
  const orgs = new Map(seeds.flatMap((s) => s.organisations ?? []).map((o) => [o.id, o]));
  const cases = new Map([
    ...seeds.flatMap((s) => s.cases ?? []).map((c) => [c.id, c.code ?? c.title] as const),
    ...seeds.flatMap((s) => s.proposals ?? []).map((p) => [p.id, `forslaget ${p.number ?? p.title}`] as const),
  ]);
  const docLines = new Map<string, string[]>();
  const out: DocumentLookup[] = [];
  for (const seed of seeds) {
    let lines = docLines.get(seed.document);
    if (!lines) {
      lines = readFileSync(new URL(seed.document, docDir), 'utf8').split(/\n/);
      docLines.set(seed.document, lines);
    }
    for (const f of seed.figures) {
      const kpi = kpis.get(f.kpi);
      if (!kpi) continue;
      const orgId = f.org ?? kpi.orgId;
      const org = orgs.get(orgId);
      const figure = { kpi: f.kpi, org: orgId, period: f.period, kind: f.kind, value: f.value };
      const caseName = kpi.caseId ? cases.get(kpi.caseId) : undefined;
      // An organisation the document does not name (the business case's "Ikke navngivet kommune") is not asked by name.
      const orgName = org && !/ikke navngivet/iu.test(org.name) ? org.name.replace(/\s+Kommune$/u, '') : undefined;
      for (const lang of ['da', 'en'] as const) {
        const where = `${org && orgName && ORG_PHRASE[org.kind] ? ORG_PHRASE[org.kind]![lang](orgName) : ''}${periodPhrase(f.period, lang)}`;
        if (lang === 'en') {
          out.push({ figure, lang, form: 'name', withCase: false, text: englishQuestion(kpi.name.en, kpi.unit, where), passage: '' });
          continue;
        }
        const nameWords = new Set([...kpi.name.da.split(/[\s:,()–-]+/u), ...(f.locator ?? '').split(/[\s:,()–-]+/u)].filter((w) => w.length > 3).map(stem));
        const found = passageOf(f, kpi.scale ?? 1, nameWords, lines);
        if (!found) continue;
        const { before, after } = around(found.toks, found.at);
        // Too few words to say what is counted ("22 pct."): the section the passage stands in says it.
        if ([...before, ...after].filter((w) => /\p{L}{4,}/u.test(w)).length < 2) before.unshift(...section(f.locator ?? ''));
        const fallback = kpi.name.da.replace(/\s*\([^)]*\)\s*$/u, '').toLowerCase();
        const text = danishQuestion(before, after, fallback, where);
        out.push({ figure, lang, form: found.form, withCase: false, text, passage: found.passage });
        const code = caseName?.replace(/^forslaget /u, '');
        if (caseName && code && !found.passage.toLowerCase().includes(code.toLowerCase())) {
          out.push({ figure, lang, form: found.form, withCase: true, text: danishQuestion(before, after, fallback, ` i ${caseName}${where}`), passage: found.passage });
        }
      }
    }
  }
  return out;
}

export type LookupVerdict = 'right' | 'same value' | 'asked' | 'refused' | 'wrong number';

/**
 * Right: the figure asked (measure, organisation, period). Same value: another measure's equal figure of the same
 * organisation (two table rows with one number). Asked: "Mente du …". A number that is neither is a wrong number.
 */
export function judgeLookup(c: DocumentLookup, a: Answer): LookupVerdict {
  const f = a.figures[0];
  if (!f) return a.kind === 'clarify' ? 'asked' : 'refused';
  if (f.kpi === c.figure.kpi && f.org === c.figure.org && f.period === c.figure.period) return 'right';
  if (f.org === c.figure.org && !a.calculation && Math.abs(f.value - c.figure.value) < 1e-9) return 'same value';
  return 'wrong number';
}
