/**
 * Request and response shapes of the API that are not entities themselves, all derived from the domain
 * schemas so the handlers and the OpenAPI document cannot drift apart.
 */
import { z } from 'zod';
import { CaseSchema, FigureInputSchema, FigureSchema, GoalSchema, KpiSchema, SlugSchema } from '../domain/model.js';
import { PageQuerySchema } from './search-params.js';

export const OrgFilter = SlugSchema.optional().describe('Only items of this organisation (slug, e.g. "viborg")');

export const CasesQuerySchema = PageQuerySchema.extend({ org: OrgFilter });

export const KpisQuerySchema = PageQuerySchema.extend({
  org: OrgFilter,
  case: SlugSchema.optional().describe('Only KPIs of this case'),
  q: z.string().min(1).max(200).optional().describe('Words that must all occur in the Danish or English name or an alias; case and accents do not matter'),
});

export const GoalsQuerySchema = PageQuerySchema.extend({
  org: OrgFilter,
  case: SlugSchema.optional().describe('Only goals of this case'),
  kpi: SlugSchema.optional().describe('Only goals measured by this KPI'),
});

/** A KPI in a list carries its newest actual figure, so a list answers "where are we now?" in one call. */
export const KpiListItemSchema = KpiSchema.extend({
  latest: FigureSchema.optional().describe("The newest actual figure of the KPI's own organisation, by period"),
});

export const KpiDetailSchema = KpiSchema.extend({
  figures: z.array(FigureSchema).describe('Every figure of the KPI, oldest period first'),
  goals: z.array(GoalSchema),
});

/** A new figure: the KPI comes from the URL, the organisation defaults to the KPI's. */
export const FigureCreateSchema = FigureInputSchema.omit({ kpiId: true }).extend({
  orgId: SlugSchema.optional().describe("Defaults to the KPI's organisation; name a cluster or national group for comparison figures"),
});

/**
 * A changed figure. What identifies it (KPI, organisation, kind, period) is its id and cannot change;
 * a figure for another period is a new figure.
 */
export const FigureUpdateSchema = FigureInputSchema.pick({ value: true, source: true, note: true });

/** A JSON merge patch (RFC 7396) of a case: fields present replace, null removes an optional field. */
export const CasePatchSchema = CaseSchema.omit({ id: true, orgId: true }).partial();
