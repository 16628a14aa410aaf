/**
 * One entry for every submit, from a card or the API: refuse personal data first (before anything is
 * parsed, stored or logged), then validate. Field errors name the field by its dotted path, which is also
 * the id of the card input it came from ("economy.2.staffChange"), so a card can show each error in place.
 */
import type { FieldError } from '../errors.js';
import { fieldsWithCpr } from '../personal-data.js';
import { fieldErrors } from '../validation.js';
import { MESSAGES, type Lang } from './messages.js';
import { submitSchemas, type ProposalDraft } from './submit-schemas.js';

export type DraftResult =
  | { ok: true; draft: ProposalDraft }
  | { ok: false; errors: FieldError[]; /** True when refused for a CPR number: the caller explains why. */ cpr: boolean };

export function validateDraft(input: unknown, lang: Lang): DraftResult {
  const cprFields = fieldsWithCpr(input);
  if (cprFields.length) {
    return { ok: false, cpr: true, errors: cprFields.map((field) => ({ field, message: MESSAGES[lang].cpr })) };
  }
  const parsed = submitSchemas(lang).draft.safeParse(input);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, cpr: false, errors: firstErrorPerField(fieldErrors(parsed.error)) };
}

/** One message per field is what fits next to an input. */
function firstErrorPerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}

export { redactCpr } from '../personal-data.js';
