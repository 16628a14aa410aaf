/**
 * The domain model: zod schemas are the single source of truth; types are inferred from them.
 * Ids are lowercase slugs joined with "." for hierarchy (org "aabenraa", case "aabenraa.kik-ii",
 * KPI "aabenraa.kik-ii.selvforsoergende"); a figure's id is derived from what makes it unique.
 */
import { z } from 'zod';
import { PeriodSchema } from './period.js';

export const SlugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be a lowercase slug such as "aabenraa.kik-ii"');

export const TextSchema = z.object({ da: z.string().min(1).max(500), en: z.string().min(1).max(500) });
export type Text = z.infer<typeof TextSchema>;

const IsoDateTime = z.iso.datetime({ offset: true });

export const SectionKindSchema = z.enum(['slide', 'section', 'form']);

/**
 * Where a figure or case comes from: the source document's file name and the table or passage in it
 * (`locator`), and for a reader the document's title ("Aabenraa Kommune: … (2018)") and the section the
 * passage stands in ("Status KIK II"), which is a slide, a numbered section or a form (`sectionKind`).
 */
export const SourceSchema = z.object({
  document: z.string().min(1).max(200),
  locator: z.string().min(1).max(300),
  title: z.string().min(1).max(300).optional(),
  section: z.string().min(1).max(300).optional(),
  sectionKind: SectionKindSchema.optional(),
});

export const ActorSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  kind: z.enum(['user', 'api', 'system']),
});
export type Actor = z.infer<typeof ActorSchema>;

// ---------------------------------------------------------------- organisations

export const OrganisationSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1).max(200),
  /** A municipality, or a comparison group such as a cluster average ("klynge") or the national average ("landsplan"). */
  kind: z.enum(['municipality', 'cluster', 'national']),
  /** For a cluster: the member municipalities as named in the source. */
  members: z.array(z.string()).optional(),
  aliases: z.array(z.string()).default([]),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

// ---------------------------------------------------------------- cases

export const EffortTypeSchema = z.enum(['forebyggende', 'tidlig', 'afhjaelpende', 'eftervaern']);
export const ApproachSchema = z.enum(['investering', 'prioritering', 'effektivisering']);
export const CaseKindSchema = z.enum([
  'investment-strategy',
  'business-case',
  'project',
  'sub-project',
  'initiative',
  'proposal',
  'approved-proposal',
  'budget',
  'analysis',
]);
export const CaseStatusSchema = z.enum(['proposed', 'planned', 'active', 'completed', 'stopped']);

export const CaseSchema = z.object({
  id: SlugSchema,
  orgId: SlugSchema,
  /** Short code as people say it: "KIK II", "BIC 01", "UE 09a". */
  code: z.string().max(40).optional(),
  title: z.string().min(1).max(300),
  kind: CaseKindSchema,
  summary: TextSchema.optional(),
  ownerUnit: z.string().max(200).optional(),
  parentId: SlugSchema.optional(),
  effortTypes: z.array(EffortTypeSchema).default([]),
  approach: ApproachSchema.optional(),
  /** The case's own period, e.g. "2018--2022". */
  period: PeriodSchema.optional(),
  status: CaseStatusSchema,
  aliases: z.array(z.string()).default([]),
  /** Unpublished cases are visible to their own organisation only. */
  published: z.boolean().default(true),
  source: SourceSchema.optional(),
  /** Set when the case was created from an approved proposal. */
  proposalId: z.string().optional(),
});
export type Case = z.infer<typeof CaseSchema>;

// ---------------------------------------------------------------- KPIs

export const UnitSchema = z.enum([
  'persons',
  'full-time-persons',
  'full-year-persons',
  'percent',
  'dkk',
  'rank',
  'cases-per-caseworker',
  'full-year-positions',
  'contact-courses',
  'cases',
  'companies',
  'count',
  // Durations: how long a course runs, hours a week, days to an answer, months of unemployment.
  'hours',
  'days',
  'weeks',
  'months',
  'years',
]);
export type Unit = z.infer<typeof UnitSchema>;

/** Money is stored in the scale its source used: kr. (1), 1.000 kr. (1000) or mio. kr. (1000000). */
export const ScaleSchema = z.union([z.literal(1), z.literal(1000), z.literal(1_000_000)]);
export type Scale = z.infer<typeof ScaleSchema>;

export const DirectionSchema = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
export type Direction = z.infer<typeof DirectionSchema>;

export const KpiSchema = z.object({
  id: SlugSchema,
  /** The organisation whose measure this is. */
  orgId: SlugSchema,
  caseId: SlugSchema.optional(),
  name: TextSchema,
  description: TextSchema.optional(),
  /** Other ways people name the measure, in either language ("folk på kontanthjælp", "people on benefits"). */
  aliases: z.array(z.string().max(200)).default([]),
  unit: UnitSchema,
  scale: ScaleSchema.default(1),
  direction: DirectionSchema,
});
export type Kpi = z.infer<typeof KpiSchema>;

// ---------------------------------------------------------------- figures

export const FigureKindSchema = z.enum([
  'actual',
  'budget',
  'target',
  'expected',
  'counterfactual',
  'potential',
  'difference',
]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureBoundSchema = z.enum(['atLeast', 'atMost']);
export type FigureBound = z.infer<typeof FigureBoundSchema>;

export const FigureInputSchema = z.object({
  kpiId: SlugSchema,
  /** Defaults to the KPI's organisation; comparison figures (cluster, national) name theirs. */
  orgId: SlugSchema,
  kind: FigureKindSchema,
  period: PeriodSchema,
  value: z.number().finite(),
  /**
   * Set when the source gives a bound rather than the value itself: "+7.500", "60 % eller flere" and
   * "minimum 15,6 mio. kr." are atLeast, "under 800" atMost. Answers say "mindst" / "højst".
   */
  bound: FigureBoundSchema.optional(),
  source: SourceSchema,
  note: z.string().max(1000).optional(),
});
export type FigureInput = z.infer<typeof FigureInputSchema>;

export const FigureSchema = FigureInputSchema.extend({
  id: z.string().min(1),
  updatedAt: IsoDateTime,
  updatedBy: ActorSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

/** One figure per KPI, organisation, kind and period: the id says so, so the store refuses a duplicate. */
export function figureId(f: Pick<FigureInput, 'kpiId' | 'orgId' | 'kind' | 'period'>): string {
  return `${f.kpiId}~${f.orgId}~${f.kind}~${f.period}`;
}

// ---------------------------------------------------------------- goals

export const GoalSchema = z.object({
  id: SlugSchema,
  orgId: SlugSchema,
  kpiId: SlugSchema,
  caseId: SlugSchema.optional(),
  /** End goals and sub-goals, as in KL's program theory (target group → activities → sub-goals → end goals). */
  level: z.enum(['end', 'sub']),
  parentGoalId: SlugSchema.optional(),
  title: TextSchema,
  /**
   * Absent when the source states the goal in words only ("antallet skal halveres", "så meget som muligt"):
   * a number made up for it would be judged as if someone had set it. The title says what the goal is.
   */
  target: z.number().finite().optional(),
  /** The date or period by which the target should be reached; absent when the source names none. */
  deadline: PeriodSchema.optional(),
  baseline: z.object({ value: z.number().finite(), period: PeriodSchema }).optional(),
  source: SourceSchema.optional(),
});
export type Goal = z.infer<typeof GoalSchema>;

// ---------------------------------------------------------------- proposals

/**
 * One year of a proposal's economy in 1.000 kr. Signs are explicit, whatever convention the form used.
 * A field is absent when the form left its cell blank and 0 when the form wrote 0: "no change" is a
 * figure, a blank is not (proposal-to-case turns only the written ones into figures).
 */
export const EconomyYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Change in operating cost: positive costs more (an investment), negative costs less. */
  operatingCostChange: z.number().finite().optional(),
  /** Saved benefit (forsørgelse) cost: positive is a saving, though the form writes it with a minus (README "The store"). */
  benefitSaving: z.number().finite().optional(),
  /** Change in staff, in full-year positions (årsværk), two decimals. */
  staffChange: z.number().finite().optional(),
});
export type EconomyYear = z.infer<typeof EconomyYearSchema>;

export const ProposalStatusSchema = z.enum([
  'submitted',
  'in-review',
  'approved',
  'rejected',
  'changes-requested',
  'implemented',
  'archived',
]);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

export const DecisionSchema = z.object({
  decision: z.enum(['approve', 'reject', 'request-changes']),
  by: ActorSchema,
  at: IsoDateTime,
  comment: z.string().max(2000).optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

const LongText = z.string().max(8000);

export const ProposalSchema = z.object({
  id: z.string().min(1).max(200),
  orgId: SlugSchema,
  kind: z.enum(['quick-win', 'priority']),
  /** "BIC 01": the responsible unit's prefix and a running number. */
  number: z.string().max(20).optional(),
  responsibleUnit: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  /** What it is about in a sentence, in both languages: the case card says it, and "hvilket forslag handler om …" finds by it. */
  summary: TextSchema.optional(),
  proposedBy: z.string().max(200).optional(),
  effortTypes: z.array(EffortTypeSchema).default([]),
  approach: ApproachSchema.optional(),
  economy: z.array(EconomyYearSchema).default([]),
  background: LongText.optional(),
  legalRequirements: LongText.optional(),
  currentPractice: LongText.optional(),
  plannedAction: LongText.optional(),
  consequences: LongText.optional(),
  successCriterion: LongText.optional(),
  // Quick-win fields
  description: LongText.optional(),
  expectedEffect: LongText.optional(),
  targetGroup: z.string().max(500).optional(),
  estimatedYearlySaving: z.number().finite().optional(),
  status: ProposalStatusSchema,
  submittedBy: ActorSchema,
  submittedAt: IsoDateTime,
  /**
   * For a proposal taken from a document: its date as the document gives it, no more precisely (Herning's
   * forms say only 2016). Cards show it instead of submittedAt, which for these is only the loader's.
   */
  sourceDate: PeriodSchema.optional(),
  decisions: z.array(DecisionSchema).default([]),
  /** The case an approved priority proposal became. */
  caseId: SlugSchema.optional(),
  /** The Teams conversation it was submitted from: where decision notices go when the submitter has no personal chat with the bot. */
  conversationId: z.string().max(500).optional(),
  /** Where its review card was posted, so each decision can edit those messages in place. */
  reviewPosts: z.array(z.object({ conversationId: z.string().min(1).max(500), activityId: z.string().min(1).max(500) })).max(60).optional(),
  source: SourceSchema.optional(),
  /**
   * What the last write of this proposal still owes — its audit entry and, for an approval or an edit of
   * an approved proposal, its case — recorded in the same write as the change, so a failure or crash
   * after it cannot lose them: the next write of the proposal, or the next start, does them
   * (functions/proposals/pending.ts) and clears this.
   */
  pending: z
    .object({
      /** Unique per write: the audit entries' ids derive from it, so doing the work twice writes them once. */
      id: z.string().min(1).max(100),
      action: z.enum(['create', 'update', 'decision']),
      actor: ActorSchema,
      at: IsoDateTime,
      before: z.unknown().optional(),
      writeCase: z.boolean().optional(),
    })
    .optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

// ---------------------------------------------------------------- conversations, subscriptions, deliveries

export const ConversationSchema = z.object({
  /** The Teams conversation id. */
  id: z.string().min(1).max(500),
  /** The Bot Framework conversation reference, kept as sent so proactive messages can use it. */
  reference: z.record(z.string(), z.unknown()),
  scope: z.enum(['personal', 'groupChat', 'team']),
  tenantId: z.string().optional(),
  locale: z.string().max(20).optional(),
  addedBy: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  addedAt: IsoDateTime,
  active: z.boolean(),
  removedAt: IsoDateTime.optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const SubscriptionSchema = z.object({
  id: z.string().min(1).max(500),
  conversationId: z.string().min(1).max(500),
  orgId: SlugSchema.optional(),
  caseIds: z.array(SlugSchema).default([]),
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7).default(1),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM').default('08:00'),
  timeZone: z.string().default('Europe/Copenhagen'),
  language: z.enum(['da', 'en']).default('da'),
  active: z.boolean(),
  createdBy: z.object({ id: z.string(), name: z.string().optional() }),
  createdAt: IsoDateTime,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const DeliverySchema = z.object({
  /** `${subscriptionId}~${period}`: one digest per subscription per period. */
  id: z.string().min(1),
  subscriptionId: z.string().min(1),
  /** The digest period, e.g. the ISO week "2026-W48". */
  period: z.string().min(1),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  error: z.string().optional(),
  activityId: z.string().optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Delivery = z.infer<typeof DeliverySchema>;

/** A celebration that has been made, so the same milestone is never celebrated twice. */
export const MilestoneSchema = z.object({
  id: z.string().min(1),
  /** The subscription (or other audience) it was celebrated to. */
  audienceId: z.string().min(1),
  rule: z.string().min(1),
  subjectId: z.string().min(1),
  celebratedAt: IsoDateTime,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const AuditEntrySchema = z.object({
  id: z.string().min(1),
  entityType: z.enum(['figure', 'case', 'kpi', 'goal', 'proposal', 'subscription', 'organisation']),
  entityId: z.string().min(1),
  action: z.enum(['create', 'update', 'delete', 'decision', 'import']),
  actor: ActorSchema,
  at: IsoDateTime,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /**
   * Absent once the change is made. "pending": written before its change, which is not yet known to have
   * happened; "aborted": the change never happened (a crash between the two), as the start after it found.
   */
  state: z.enum(['pending', 'aborted']).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
