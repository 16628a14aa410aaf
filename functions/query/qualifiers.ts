/**
 * Qualifiers: what a question narrows its group by — "blandt kvinder", "unge", "ufaglærte", "i den private
 * sektor", "fleksjobbere" (data in functions/seed-data/lexicon/qualifiers.json). A figure whose own texts name
 * nothing of that (its measure, case, owning unit, organisation) is a figure for another group, however well
 * its other words fit: "Hvor mange kvinder …" answered with the count for everyone is a confident wrong number.
 * The members a measure names are worked out once per catalogue revision; a question is scanned once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kpi } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import { fold, PhraseTable, words } from '../domain/query/index.js';
import { seedDataPath } from '../seed-data-path.js';
import { askName, orgName, refusal, type Ctx } from './answer-kit.js';
import { catalogueRevision, type Catalogue } from './catalogue.js';
import type { Answer } from './types.js';

interface QualifierData {
  fromContrasts: string[];
  forAll: string[];
  required: string[];
  wholes: string[];
  families: Record<string, Record<string, string[]>>;
}

interface Table {
  phrases: PhraseTable<string>;
  forAll: Set<string>;
  required: Set<string>;
  wholes: Set<string>;
}
let table: Table | undefined;

function qualifierTable(): Table {
  if (table) return table;
  const read = (file: string) => JSON.parse(readFileSync(path.join(seedDataPath('lexicon'), file), 'utf8'));
  const data = read('qualifiers.json') as QualifierData;
  const contrasts = (read('words.json') as { contrasts?: Record<string, Record<string, string[]>> }).contrasts ?? {};
  const families = { ...Object.fromEntries(data.fromContrasts.map((f) => [f, contrasts[f] ?? {}])), ...data.families };
  const phrases = new PhraseTable<string>();
  for (const [family, members] of Object.entries(families)) for (const [member, list] of Object.entries(members)) for (const w of list) phrases.add(w, `${family}:${member}`);
  table = { phrases, forAll: new Set(data.forAll), required: new Set(data.required), wholes: new Set(data.wholes) };
  return table;
}

/** A qualifier the question names: its members ("gender:women") and the words it was said with ("kvinder"). */
export interface Qualifier {
  members: string[];
  words: string[];
}

/** The qualifiers a text names, left to right. */
export function qualifiersIn(text: string): Qualifier[] {
  return qualifierTable().phrases.scan(text).map((p) => ({ members: p.values, words: p.words }));
}

const OR = new Set(['eller', 'or']);

/**
 * What a question asks to be narrowed by: alternatives joined by "eller" / "or" are one qualifier, any of whose
 * members fits ("kvinder eller mænd"); one offered beside things that are no qualifier ("BIC, CEB, Jobcentret
 * eller Ungeenheden") is a choice among those, and narrows nothing.
 */
export function askedQualifiers(text: string): Qualifier[] {
  const tokens = words(fold(text));
  // The words as written ("mænd", not "maend") for saying which did not fit; folding keeps one word one word.
  const written = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const said = (start: number, end: number) => (written.length === tokens.length ? written : tokens).slice(start, end);
  let at = 0;
  const placed = qualifiersIn(text).map((q) => {
    let i = at;
    while (i < tokens.length && q.words.some((w, k) => tokens[i + k] !== w)) i++;
    at = i + q.words.length;
    return { q, start: i, end: at };
  });
  const out: Qualifier[] = [];
  placed.forEach((p, n) => {
    const prev = placed[n - 1];
    const joined = prev && OR.has(tokens[prev.end] ?? '') && p.start === prev.end + 1;
    const q = { members: p.q.members, words: said(p.start, p.end) };
    if (joined) {
      const last = out.at(-1)!;
      out[out.length - 1] = { members: [...last.members, ...q.members], words: [...last.words, tokens[prev.end]!, ...q.words] };
    } else if (OR.has(tokens[p.start - 1] ?? '') || OR.has(tokens[p.end] ?? '')) {
      // Beside "eller" with no qualifier on the other side: an alternative among other things.
      if (!(placed[n + 1] && placed[n + 1]!.start === p.end + 1)) return;
      out.push(q);
    } else out.push(q);
  });
  return out;
}

const byCatalogue = new WeakMap<Catalogue, { revision: number; byKpi: Map<string, Set<string>> }>();

/** The qualifier members a figure of this measure is about: named by its measure, case, owning unit or organisation. */
export function namedQualifiers(cat: Catalogue, kpi: Kpi): Set<string> {
  let kept = byCatalogue.get(cat);
  if (!kept || kept.revision !== catalogueRevision(cat)) byCatalogue.set(cat, (kept = { revision: catalogueRevision(cat), byKpi: new Map() }));
  let named = kept.byKpi.get(kpi.id);
  if (!named) {
    const c = kpi.caseId ? cat.cases.get(kpi.caseId) : undefined;
    const parent = c?.parentId ? cat.cases.get(c.parentId) : undefined;
    const org = cat.orgs.get(kpi.orgId);
    const texts = [kpi.name.da, kpi.name.en, ...(kpi.aliases ?? []), org?.name];
    for (const x of [c, parent]) if (x) texts.push(x.title, ...x.aliases, x.summary?.da, x.summary?.en, x.ownerUnit);
    named = new Set(texts.filter((t): t is string => !!t).flatMap((t) => qualifiersIn(t).flatMap((q) => q.members)));
    kept.byKpi.set(kpi.id, named);
  }
  return named;
}

/** A qualifier asked that none of the measures names, and whether a figure naming none of its family is about everyone. */
export interface Unfit {
  words: string;
  forAll: boolean;
}

/**
 * The first qualifier of `question` the answer's measures do not fit; a sum or share of several measures fits
 * when any of them names it ("af de 1.869 unge … hvor mange på kontanthjælp"). In a family about everyone
 * (sex, age …) or required (a unit) a measure naming none of it does not fit; in another (a benefit) only one naming
 * another member.
 */
export function unfitQualifier(question: string, kpis: Kpi[], cat: Catalogue): Unfit | undefined {
  const { forAll, required, wholes } = qualifierTable();
  const asked = askedQualifiers(question).filter((q) => !q.members.some((m) => wholes.has(m)));
  if (!asked.length || !kpis.length) return undefined;
  const named = kpis.flatMap((k) => [...namedQualifiers(cat, k)]);
  for (const q of asked) {
    if (q.members.some((m) => named.includes(m))) continue;
    const families = new Set(q.members.map(family));
    const ofFamily = named.some((m) => families.has(family(m)));
    const everyone = [...families].every((f) => forAll.has(f));
    if (ofFamily || everyone || [...families].every((f) => required.has(f))) return { words: q.words.join(' '), forAll: !ofFamily && everyone };
  }
  return undefined;
}

const family = (member: string) => member.split(':')[0]!;

/** Why a figure for another group is no answer, naming the word that did not fit and the nearest measure. */
export function unfitText(lang: Lang, u: Unfit, measure: string, org: string): string {
  if (u.forAll)
    return lang === 'da'
      ? `Jeg har tallet for alle, ikke for «${u.words}»: ${measure} (${org}) er ikke opgjort for «${u.words}» alene – derfor intet tal.`
      : `I have the figure for everyone, not for «${u.words}»: ${measure} (${org}) is not broken down by «${u.words}» – so no figure.`;
  return lang === 'da'
    ? `Jeg har intet tal for «${u.words}». Det nærmeste er ${measure} (${org}), men det gælder ikke «${u.words}» – derfor intet tal.`
    : `I have no figure for «${u.words}». The nearest is ${measure} (${org}), but it is not about «${u.words}» – so no figure.`;
}

/** A figure answer whose measures name none of a qualifier the question asks: a refusal naming the word, the measure offered. */
export function guardQualifiers(ctx: Ctx, answer: Answer): Answer {
  if (answer.kind !== 'figure' || !answer.figures.length) return answer;
  const ids = [...new Set(answer.figures.map((x) => x.kpi))].filter((id) => ctx.cat.kpis.has(id));
  return qualifierRefusal(ctx, ids, answer.figures.find((x) => x.kpi === ids[0])?.org) ?? answer;
}

/**
 * The refusal when none of the measures (an answer's operands, or the readings "Mente du …" would offer) names
 * a qualifier the question asks: asking which of several figures for everyone is meant would be needless.
 */
export function qualifierRefusal(ctx: Ctx, kpiIds: string[], org?: string): Answer | undefined {
  const kpis = kpiIds.map((id) => ctx.cat.kpis.get(id)).filter((k): k is Kpi => !!k);
  const unfit = unfitQualifier(ctx.question, kpis, ctx.cat);
  if (!unfit) return undefined;
  const nearest = kpis[0]!;
  const measure = nearest.name[ctx.lang];
  const where = orgName(ctx.cat, org ?? nearest.orgId);
  return { ...refusal(ctx.lang, 'no-figure', unfitText(ctx.lang, unfit, measure, where)), alternatives: [{ label: `${measure} – ${where}`, q: `${askName(ctx.cat, nearest, ctx.lang)} ${where}` }] };
}
