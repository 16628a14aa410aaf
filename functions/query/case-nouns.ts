/**
 * What a case noun of a question ("forslag", "delprojekt", "spor", "indsats") can name, and how the
 * answers word it: shared by the "which case is about …" search (case-find.ts) and the ranking of cases
 * (case-rank.ts). Their wording is case-wording.ts.
 */
import type { Case } from '../domain/model.js';
import type { CaseNoun, CaseQuestion } from '../domain/query/case-question.js';
import { fold, words } from '../domain/query/text.js';
import { nameOf } from './case-index.js';
import type { Catalogue } from './catalogue.js';

/** Which cases a noun can name ("forslag" only a proposal, "spor" only one of Viborg's tracks). */
export const FITS: Record<CaseNoun, (c: Case) => boolean> = {
  proposal: (c) => c.kind === 'proposal' || c.kind === 'approved-proposal',
  'sub-project': (c) => c.kind === 'sub-project',
  track: (c) => c.kind === 'sub-project' && /\b(?:spor|track)\b/.test(fold([c.code ?? '', c.title, ...(c.aliases ?? [])].join(' '))),
  strategy: (c) => c.kind === 'investment-strategy',
  'business-case': (c) => c.kind === 'business-case',
  project: (c) => c.kind !== 'budget' && c.kind !== 'analysis',
};

/** "BIC 05 – Efterværn til unge i uddannelse eller job": the code first when it is not the title. */
export function caseName(c: Case): string {
  return c.code && c.code !== c.title ? `${c.code} – ${c.title}` : c.title;
}

/** How a case is named in a list of several: its code alone when it has one. */
export function shortCaseName(c: Case): string {
  return c.code ?? c.title;
}

/**
 * The cases of the owning units the question names ("af BIC's forslag", "which unit – BIC or CEB – …"), all of them
 * when it names none; and the words naming those units, which describe neither the case nor its measure.
 */
export function ownedBy(cases: Case[], text: string): { scope: Case[]; unitWords: Set<string> } {
  const tokens = new Set(words(fold(text)));
  const said = (w: string) => tokens.has(w) || tokens.has(`${w}s`);
  const owners = [...new Set(cases.flatMap((c) => (c.ownerUnit ? [fold(c.ownerUnit)] : [])))];
  // A unit is named by its name ("Ungeenhedens forslag") or by the letters its cases' codes share ("UE-forslag": UE 02 … UE 09b).
  const names = new Map(owners.map((u) => [u, [words(u), ...codePrefix(cases.filter((c) => c.ownerUnit && fold(c.ownerUnit) === u))]] as const));
  const units = owners.filter((u) => names.get(u)!.some((n) => n.length > 0 && n.every(said)));
  if (!units.length) return { scope: cases, unitWords: new Set() };
  return { scope: cases.filter((c) => c.ownerUnit && units.includes(fold(c.ownerUnit))), unitWords: new Set(units.flatMap((u) => names.get(u)!.flat().flatMap((w) => [w, `${w}s`]))) };
}

/** The letters every code of a unit's cases starts with ("ue" of UE 02 … UE 09b), when they share them. */
function codePrefix(cases: Case[]): string[][] {
  const prefixes = new Set(cases.map((c) => /^([a-z]{2,})\s*\d/.exec(fold(c.code ?? ''))?.[1]));
  const [only] = prefixes;
  return prefixes.size === 1 && only ? [[only]] : [];
}

/** Whether `id` lies below `ancestor` in the case tree. */
export function below(cat: Catalogue, ancestor: string, id: string): boolean {
  let c = cat.cases.get(id);
  for (let depth = 0; c?.parentId && depth < 10; depth++) {
    if (c.parentId === ancestor) return true;
    c = cat.cases.get(c.parentId);
  }
  return false;
}

/** The cases a noun and number name ("spor 2", "track 2"): those the noun can name with the number among their name's words. */
export function numbered(cat: Catalogue, within: NonNullable<CaseQuestion['within']>, inOrg: (id: string) => boolean): string[] {
  return [...cat.cases.values()].filter((c) => FITS[within.noun](c) && inOrg(c.id) && words(fold(nameOf(c))).includes(within.number)).map((c) => c.id);
}

/**
 * The cases above those in `scope` that the question names by any of their names, every word of it said
 * ("i Voksen Business Casen", "among the KIK sub-projects"): the case the answer lies within.
 */
export function namedAncestors(cat: Catalogue, scope: Case[], text: string): Case[] {
  const tokens = new Set(words(fold(text)));
  const above = new Map<string, Case>();
  for (const c of scope) for (let p = c.parentId ? cat.cases.get(c.parentId) : undefined, d = 0; p && d < 10; p = p.parentId ? cat.cases.get(p.parentId) : undefined, d++) above.set(p.id, p);
  return [...above.values()].filter((p) => wordsNaming(p, tokens).length > 0);
}

/** The words of those of a case's names (title, code, aliases) that the question says in full. */
export function wordsNaming(c: Case, tokens: Set<string>): string[] {
  return [c.title, c.code, ...(c.aliases ?? [])].flatMap((n) => {
    const w = n ? words(fold(n)) : [];
    // "quick-win" names "Quick wins": a plural s either side.
    return w.length > 0 && w.every((x) => tokens.has(x) || tokens.has(x.replace(/s$/, '')) || tokens.has(`${x}s`)) ? w : [];
  });
}
