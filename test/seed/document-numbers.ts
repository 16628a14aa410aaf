/**
 * The coverage audit of the demo dataset: every number written in the five source documents is either a
 * value the seed data holds for that document, or a number the exclusion file (documents/not-figures.json)
 * says is not a figure (a year used as a label, a date, a law paragraph, a page or list number …).
 * Numbers are read with the project's one parser (functions/domain/numbers.ts); this file only finds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseNumber } from '../../functions/domain/numbers.js';
import { SeedFileSchema, type SeedFile } from '../../functions/store/seed-file.js';

export const DOCUMENTS = {
  '000': '000_f8a057ffcc8f1d65.txt',
  '001': '001_c4b015c6edf99cef.txt',
  '002': '002_421666660a21ff93.txt',
  '003': '003_f787f6dc3d0f0660.txt',
  '004': '004_9a2486e684ef9912.txt',
} as const;
export type Doc = keyof typeof DOCUMENTS;

export const documentText = (doc: Doc) => readFileSync(new URL(`documents/${DOCUMENTS[doc]}`, import.meta.url), 'utf8');

export interface NumberToken {
  /** As written, with its sign when a minus stands before it as a sign (not as the dash of "18-29"). */
  raw: string;
  /** Undefined when the parser does not read it as one number ("978-87", "1.2.3"). */
  value: number | undefined;
  /** "15,6 mio." is 15,600,000. */
  millions: boolean;
  start: number;
  end: number;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
/** What may stand before a minus that is a sign: nothing, a space, a tab, a bracket. */
const BEFORE_SIGN = /[\s(]/;

export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let start = m.index;
    const sign = text[start - 1];
    if ((sign === '-' || sign === '−') && (start === 1 || BEFORE_SIGN.test(text[start - 2]!))) start -= 1;
    const end = m.index + m[0].length;
    const raw = text.slice(start, end);
    tokens.push({ raw, value: parseNumber(raw), millions: /^\s*mio\b/i.test(text.slice(end, end + 6)), start, end });
  }
  return tokens;
}

const seedDir = new URL('../../functions/seed-data/', import.meta.url);
export const seedFiles: SeedFile[] = readdirSync(seedDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => SeedFileSchema.parse(JSON.parse(readFileSync(new URL(name, seedDir), 'utf8'))));

/**
 * Every value the seed data holds for a document, each also in the scales a document may write it in
 * (a figure of 15.600 t.kr. is "15.600" in a table in 1.000 kr. and "15,6" in a text in mio. kr.), by the
 * case it belongs to ('' for the document as a whole). Signs are dropped: the forms write a saving as −275
 * where the store keeps +275 (README "The store").
 */
/** How a note says its figure counts the forms ticking a box: a number the document never writes. */
const COUNTED = /afkrydset ved \p{L}+, talt i dokumentet/u;

export function storedValues(doc: Doc): Map<string, number[]> {
  const kpis = new Map(seedFiles.flatMap((f) => f.kpis).map((k) => [k.id, k]));
  const values = new Map<string, number[]>();
  const add = (scope: string | undefined, value: number | undefined, scale = 1) => {
    if (value === undefined) return;
    const amount = Math.abs(value) * scale;
    const list = values.get(scope ?? '') ?? [];
    list.push(Math.abs(value), amount, amount / 1000, amount / 1_000_000);
    values.set(scope ?? '', list);
  };
  for (const file of seedFiles.filter((f) => f.document === DOCUMENTS[doc])) {
    // The forms ticking a box are counted, not written: such a count covers none of the document's numbers.
    for (const f of file.figures) if (!COUNTED.test(f.note ?? '')) add(kpis.get(f.kpi)?.caseId, f.value, kpis.get(f.kpi)?.scale);
    for (const g of file.goals) {
      add(g.caseId, g.target, kpis.get(g.kpiId)?.scale);
      add(g.caseId, g.baseline?.value, kpis.get(g.kpiId)?.scale);
    }
    for (const p of file.proposals) {
      // The form's amounts are in 1.000 kr.; its text may write them in kroner ("ca. 450.000 årligt").
      for (const y of p.economy) {
        add(p.id, y.operatingCostChange, 1000);
        add(p.id, y.benefitSaving, 1000);
        add(p.id, y.staffChange);
      }
      add(p.id, p.estimatedYearlySaving);
    }
  }
  return values;
}

const FORM_START = 'Prioriteringsforslag - Refusionsreform';
const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * Herning's forms (document 002) each hold a proposal's own figures: a number in a form is held only by
 * a figure of that proposal's case (or of the document as a whole), so a "3" in one form is not taken
 * as covered by another form's 3. The form is known by its unit and number ("JC 08"'s form writes "08",
 * UE 02's "Ansvarelig enhed").
 */
function formScopes(doc: Doc, text: string): { start: number; scope: string }[] {
  const proposals = seedFiles.filter((f) => f.document === DOCUMENTS[doc]).flatMap((f) => f.proposals);
  const scopes: { start: number; scope: string }[] = [];
  for (let at = text.indexOf(FORM_START); at >= 0; at = text.indexOf(FORM_START, at + 1)) {
    const head = /Ansvare?lig enhed: (\S+) Forslag nr\.: (\S+(?: \d\w*)?)/.exec(text.slice(at, at + 200));
    if (!head) throw new Error(`form at ${at} of ${doc} has no unit and number`);
    const found = proposals.filter((p) => p.responsibleUnit === head[1] && compact(p.number ?? '').endsWith(compact(head[2]!)));
    if (found.length !== 1) throw new Error(`form "${head[2]}" of ${head[1]} is ${found.length} proposals in the seed`);
    scopes.push({ start: at, scope: found[0]!.id });
  }
  return scopes;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function isStored(token: NumberToken, values: number[]): boolean {
  if (token.value === undefined) return false;
  const written = Math.abs(token.value);
  const amounts = token.millions ? [written, written * 1_000_000] : [written];
  return amounts.some((a) => values.some((v) => same(a, v)));
}

/** Why a number in a document is not a figure a manager could ask about. */
export const REASONS = {
  year: 'a year used as a label (a table heading, a plan\'s name, "i 2016")',
  date: 'part of a date ("14. juni 2016", "1/1 2017", "31.05.2018")',
  law: 'a law, paragraph or chapter reference (§, stk., kap., lov or bekendtgørelse nr.)',
  page: 'a page number in the table of contents',
  list: 'the number of an item in a numbered list or of a section heading',
  code: 'part of a name or code (a proposal number, "Forum 100", an ISBN, an address, a phone number)',
  age: 'an age band naming a target group ("15-17 årige"), not a count',
  range: 'the upper end of a range whose figure is stored with its first number as a bound ("20-30 %" is at least 20)',
  label: 'the name of a band or group a figure is about ("0-4 ugers varighed", "3 eller flere sygeperioder")',
  period: 'the length of the period a statement covers ("de seneste 2 år sket en stigning")',
  unit: 'a unit, base or precision ("i 1.000 kr.", "2 decimaler", "index 100")',
  part: 'part of a number the parser reads in two ("2½" is stored as 2,5)',
  repeated: 'a figure repeated in another form of the document, stored where it first stands',
  'in-words': 'part of a phrase that is not a quantity ("9. klasse", "2. halvår", "360 graders", "for 1 elev", "kl. 8.30", a quote\'s "37 timer")',
} as const;
export type Reason = keyof typeof REASONS;

export interface NotFigure {
  doc: Doc;
  /** The numbers, as written, that the passage holds and are not figures. */
  numbers: string[];
  /** Verbatim from the document (line breaks and runs of spaces may differ); every place it occurs is meant. */
  text: string;
  reason: Reason;
}

/** Line breaks and runs of spaces differ between a typed passage and the extracted text. */
export const squeeze = (text: string) => text.replace(/\s+/g, ' ');

export interface Audit {
  tokens: NumberToken[];
  covered: NumberToken[];
  excluded: NumberToken[];
  uncovered: NumberToken[];
  /** Each excluded number with the entry that excludes it. */
  exclusions: { entry: NotFigure; token: NumberToken }[];
  /** Exclusion entries whose passage is not in the document, or that exclude no number there. */
  stale: NotFigure[];
}

export function audit(doc: Doc, notFigures: NotFigure[]): Audit {
  // Squeezing keeps the tokens' order and text, so offsets into the squeezed text are what the entries match.
  const text = squeeze(documentText(doc));
  const tokens = numberTokens(text);
  const values = storedValues(doc);
  const forms = formScopes(doc, text);
  const held = (t: NumberToken) => {
    if (forms.length === 0) return isStored(t, [...values.values()].flat());
    const scope = forms.filter((f) => f.start <= t.start).pop()?.scope;
    return isStored(t, [...(values.get('') ?? []), ...(scope ? (values.get(scope) ?? []) : [])]);
  };
  const excludedAt = new Set<number>();
  const exclusions: Audit['exclusions'] = [];
  const stale: NotFigure[] = [];
  for (const entry of notFigures.filter((e) => e.doc === doc)) {
    const passage = squeeze(entry.text);
    let hits = 0;
    for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
      for (const t of tokens) {
        if (t.start >= at && t.end <= at + passage.length && entry.numbers.includes(t.raw) && !held(t)) {
          excludedAt.add(t.start);
          exclusions.push({ entry, token: t });
          hits++;
        }
      }
    }
    if (hits === 0) stale.push(entry);
  }
  const covered = tokens.filter(held);
  const excluded = tokens.filter((t) => !held(t) && excludedAt.has(t.start));
  const uncovered = tokens.filter((t) => !held(t) && !excludedAt.has(t.start));
  return { tokens, covered, excluded, uncovered, exclusions, stale };
}

/** The text around a token, for a failure message or a new exclusion entry. */
export function around(doc: Doc, token: NumberToken, width = 40): string {
  const text = squeeze(documentText(doc));
  return text.slice(Math.max(0, token.start - width), token.end + width);
}
