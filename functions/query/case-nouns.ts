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
  const units = [...new Set(cases.flatMap((c) => (c.ownerUnit ? [fold(c.ownerUnit)] : [])))].filter((u) => words(u).every(said));
  if (!units.length) return { scope: cases, unitWords: new Set() };
  return { scope: cases.filter((c) => c.ownerUnit && units.includes(fold(c.ownerUnit))), unitWords: new Set(units.flatMap((u) => words(u).flatMap((w) => [w, `${w}s`]))) };
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
