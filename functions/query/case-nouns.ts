/**
 * What a case noun of a question ("forslag", "delprojekt", "spor", "indsats") can name, and how the
 * answers word it: shared by the "which case is about …" search (case-find.ts) and the ranking of cases
 * (case-rank.ts). Their wording is case-wording.ts.
 */
import type { Case } from '../domain/model.js';
import type { CaseNoun } from '../domain/query/case-question.js';
import { fold } from '../domain/query/text.js';

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
