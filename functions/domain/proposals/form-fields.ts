/**
 * The forms' flat input ids and the draft they make. Card inputs submit a flat object of strings; the
 * economy table's ids are the draft's own paths ("economy.2.staffChange"), so a field error from the
 * schema names the very input it belongs to.
 */
import { formatNumber } from '../format.js';
import { ECONOMY_YEARS } from './submit-schemas.js';
import type { ProposalDraft } from './submit-schemas.js';

export const ECONOMY_FIELDS = ['year', 'operatingCostChange', 'benefitSaving', 'staffChange'] as const;
export type EconomyField = (typeof ECONOMY_FIELDS)[number];

export const QUICK_WIN_FIELDS = ['orgId', 'responsibleUnit', 'title', 'description', 'expectedEffect', 'targetGroup', 'estimatedYearlySaving'] as const;
export const PRIORITY_FIELDS = [
  'orgId',
  'responsibleUnit',
  'number',
  'title',
  'proposedBy',
  'effortTypes',
  'approach',
  'background',
  'legalRequirements',
  'currentPractice',
  'plannedAction',
  'consequences',
  'successCriterion',
] as const;

export const economyInputId = (row: number, field: EconomyField) => `economy.${row}.${field}`;

/** The draft-shaped object a form submit stands for (still unvalidated: the schema reads it). */
export function draftFromForm(kind: ProposalDraft['kind'], form: Record<string, unknown>): Record<string, unknown> {
  const fields = kind === 'quick-win' ? QUICK_WIN_FIELDS : PRIORITY_FIELDS;
  const draft: Record<string, unknown> = { kind };
  for (const f of fields) if (form[f] !== undefined) draft[f] = form[f];
  if (kind === 'priority') {
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < ECONOMY_YEARS; i++) {
      const row: Record<string, unknown> = {};
      for (const f of ECONOMY_FIELDS) if (form[economyInputId(i, f)] !== undefined) row[f] = form[economyInputId(i, f)];
      if (Object.keys(row).length) rows.push(row);
    }
    draft.economy = rows;
  }
  return draft;
}

/** A stored draft as the strings a form shows, Danish style ("1.600", "0,61"), for editing. */
export function formFromDraft(draft: ProposalDraft): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'kind' || key === 'economy' || value === undefined) continue;
    form[key] = Array.isArray(value) ? value.join(',') : typeof value === 'number' ? danish(value) : String(value);
  }
  if (draft.kind === 'priority') {
    draft.economy.slice(0, ECONOMY_YEARS).forEach((y, i) => {
      form[economyInputId(i, 'year')] = String(y.year);
      // A cell the proposer left blank comes back blank, not as 0.
      for (const f of ['operatingCostChange', 'benefitSaving', 'staffChange'] as const) {
        const value = y[f];
        if (value !== undefined) form[economyInputId(i, f)] = danish(value);
      }
    });
  }
  return form;
}

function danish(n: number): string {
  return formatNumber(n, 'da');
}
