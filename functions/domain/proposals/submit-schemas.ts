/**
 * What a submitted quick win or priority proposal must look like, from a card or from the API. The same
 * schema reads both: text fields are trimmed (blank means "not given"), numbers may be typed the Danish
 * way ("1.600", "0,61", "-281") or sent as JSON numbers, and effort types may come as the comma-separated
 * string an Adaptive Card multi-select submits. Limits here are the limits the cards declare.
 */
import { z } from 'zod';
import { ApproachSchema, EffortTypeSchema } from '../model.js';
import { decimalPlaces, parseNumber } from '../numbers.js';
import { MESSAGES, type Lang, type Messages } from './messages.js';

export const LIMITS = { title: 300, unit: 200, proposedBy: 200, number: 20, targetGroup: 500, text: 4000 } as const;
/** The form's economy table: four years, as on Herning's form. */
export const ECONOMY_YEARS = 4;
/** Amounts are in 1.000 kr.; ten billion kroner is beyond any job centre's budget line. */
export const AMOUNT_LIMIT = 10_000_000;
export const STAFF_LIMIT = 1_000;
export const STAFF_DECIMALS = 2;
/** "BIC 08", "UE 09a", "CEB06". Without the u flag, as Teams evaluates card regexes in plain JavaScript. */
export const PROPOSAL_NUMBER_PATTERN = '^\\s*[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå -]{0,9}?\\s?\\d{1,3}[A-Za-z]?\\s*$';

/** The model's slug rule (SlugSchema), with our own message. */
const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

function requiredText(m: Messages, max: number) {
  return z.preprocess(blankToUndefined, z.string({ error: m.required }).trim().max(max, { error: m.tooLong(max) }));
}

function optionalText(m: Messages, max: number) {
  return z.preprocess(blankToUndefined, z.string({ error: m.required }).trim().max(max, { error: m.tooLong(max) }).optional());
}

function numberField(m: Messages, lang: Lang, limit: number, decimals?: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .union([z.number(), z.string()], { error: m.notNumber })
      .transform((v, ctx) => {
        const n = typeof v === 'number' ? v : parseNumber(v, lang);
        if (n === undefined || !Number.isFinite(n)) {
          ctx.addIssue({ code: 'custom', message: m.notNumber });
          return z.NEVER;
        }
        if (Math.abs(n) > limit) {
          ctx.addIssue({ code: 'custom', message: m.outOfRange(-limit, limit) });
          return z.NEVER;
        }
        if (decimals !== undefined && (typeof v === 'string' ? decimalPlaces(v, lang) : decimalPlacesOf(n)) > decimals) {
          ctx.addIssue({ code: 'custom', message: m.tooManyDecimals(decimals) });
          return z.NEVER;
        }
        return n;
      })
      .optional(),
  );
}

function decimalPlacesOf(n: number): number {
  const text = String(n);
  return text.includes('e') ? 99 : (text.split('.')[1]?.length ?? 0);
}

function yearField(m: Messages) {
  return z.union([z.number(), z.string()], { error: m.notYear }).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : Number(v.trim());
    if (!Number.isInteger(n) || n < 2000 || n > 2100) {
      ctx.addIssue({ code: 'custom', message: m.notYear });
      return z.NEVER;
    }
    return n;
  });
}

function effortTypes(m: Messages) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? [] : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(EffortTypeSchema.options, { error: m.badChoice }), { error: m.badChoice }).transform((list) => [...new Set(list)]),
  );
}

function economy(m: Messages, lang: Lang) {
  const row = z.object({
    year: yearField(m),
    operatingCostChange: numberField(m, lang, AMOUNT_LIMIT),
    benefitSaving: numberField(m, lang, AMOUNT_LIMIT),
    staffChange: numberField(m, lang, STAFF_LIMIT, STAFF_DECIMALS),
  });
  return z
    .array(row)
    .max(ECONOMY_YEARS, { error: m.tooManyYears(ECONOMY_YEARS) })
    .default([])
    .superRefine((rows, ctx) => {
      const seen = new Set<number>();
      rows.forEach((r, i) => {
        if (seen.has(r.year)) ctx.addIssue({ code: 'custom', message: m.duplicateYear, path: [i, 'year'] });
        seen.add(r.year);
      });
    })
    // A row with no figures is a year the proposer left blank: nothing to store. A blank cell stays
    // absent, so a written 0 ("no change") stays a figure (EconomyYearSchema).
    .transform((rows) =>
      rows
        .filter((r) => r.operatingCostChange !== undefined || r.benefitSaving !== undefined || r.staffChange !== undefined)
        .map((r) => ({
          year: r.year,
          ...(r.operatingCostChange !== undefined ? { operatingCostChange: r.operatingCostChange } : {}),
          ...(r.benefitSaving !== undefined ? { benefitSaving: r.benefitSaving } : {}),
          ...(r.staffChange !== undefined ? { staffChange: r.staffChange } : {}),
        })),
    );
}

function proposalNumber(m: Messages) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(LIMITS.number, { error: m.tooLong(LIMITS.number) })
      .regex(new RegExp(PROPOSAL_NUMBER_PATTERN), { error: m.badNumber })
      .transform(normaliseNumber)
      .optional(),
  );
}

/** "bic 8" → "BIC 08", "ue09a" → "UE 09a": the way the forms write numbers. */
export function normaliseNumber(number: string): string {
  const m = /^\s*(.*?)\s*(\d+)([A-Za-z]?)\s*$/.exec(number)!;
  return `${m[1]!.toUpperCase()} ${m[2]!.padStart(2, '0')}${m[3]}`;
}

function schemas(lang: Lang) {
  const m = MESSAGES[lang];
  const common = {
    orgId: z.string({ error: m.badSlug }).regex(SLUG, { error: m.badSlug }).max(200).describe('The organisation (slug) the proposal is for'),
    responsibleUnit: requiredText(m, LIMITS.unit),
    title: requiredText(m, LIMITS.title),
  };
  const quickWin = z.object({
    kind: z.literal('quick-win'),
    ...common,
    description: requiredText(m, LIMITS.text),
    expectedEffect: optionalText(m, LIMITS.text),
    targetGroup: optionalText(m, LIMITS.targetGroup),
    estimatedYearlySaving: numberField(m, lang, AMOUNT_LIMIT).describe('In 1.000 kr. a year'),
  });
  const priority = z.object({
    kind: z.literal('priority'),
    ...common,
    number: proposalNumber(m).describe('Blank: the next number of the unit is assigned ("BIC 08" after "BIC 07")'),
    proposedBy: optionalText(m, LIMITS.proposedBy),
    effortTypes: effortTypes(m),
    approach: z.preprocess(blankToUndefined, z.enum(ApproachSchema.options, { error: m.badChoice }).optional()).describe('investering, prioritering or effektivisering'),
    economy: economy(m, lang).describe('Up to four years in 1.000 kr.; staff in full-year positions'),
    background: optionalText(m, LIMITS.text),
    legalRequirements: optionalText(m, LIMITS.text),
    currentPractice: optionalText(m, LIMITS.text),
    plannedAction: requiredText(m, LIMITS.text),
    consequences: optionalText(m, LIMITS.text),
    successCriterion: optionalText(m, LIMITS.text),
  });
  const draft = z.discriminatedUnion('kind', [quickWin, priority]);
  return { quickWin, priority, draft };
}

const BY_LANG = { da: schemas('da'), en: schemas('en') };

export function submitSchemas(lang: Lang) {
  return BY_LANG[lang];
}

/** The API's request body for a new proposal (English messages). */
export const ProposalDraftSchema = BY_LANG.en.draft;
export type ProposalDraft = z.output<typeof ProposalDraftSchema>;
