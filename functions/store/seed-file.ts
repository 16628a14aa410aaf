/**
 * The shape of one file in functions/seed-data/: everything taken from one source document.
 * The document is named once per file; each item names only the table or passage (`locator`).
 * Figures leave out what the loader can derive (id, organisation when it is the KPI's own).
 */
import { z } from 'zod';
import {
  CaseSchema,
  FigureBoundSchema,
  FigureKindSchema,
  GoalSchema,
  KpiSchema,
  OrganisationSchema,
  ProposalSchema,
  SectionKindSchema,
  SlugSchema,
} from '../domain/model.js';
import { PeriodSchema } from '../domain/period.js';

const Locator = z.string().min(1).max(300);
/** The slide, section or form the passage stands in, as the document names it (see SourceSchema). */
const Section = z.string().min(1).max(300).optional();

export const SeedFigureSchema = z.object({
  kpi: SlugSchema,
  /** Only when the figure is another organisation's than the KPI's (a cluster or national average). */
  org: SlugSchema.optional(),
  kind: FigureKindSchema,
  period: PeriodSchema,
  value: z.number().finite(),
  bound: FigureBoundSchema.optional(),
  locator: Locator,
  section: Section,
  note: z.string().max(1000).optional(),
});
export type SeedFigure = z.infer<typeof SeedFigureSchema>;

export const SeedFileSchema = z.object({
  document: z.string().min(1),
  /** The document as a reader knows it: "Aabenraa Kommune: … (2018)". Its year dates the seeded items. */
  title: z.string().min(1),
  /** What the document's sections are: slides, numbered sections or forms. */
  sectionKind: SectionKindSchema.optional(),
  organisations: z.array(OrganisationSchema).default([]),
  cases: z.array(CaseSchema.omit({ source: true }).extend({ locator: Locator, section: Section })).default([]),
  kpis: z.array(KpiSchema).default([]),
  figures: z.array(SeedFigureSchema).default([]),
  goals: z.array(GoalSchema.omit({ source: true }).extend({ locator: Locator, section: Section })).default([]),
  proposals: z
    .array(
      ProposalSchema.omit({ source: true, status: true, submittedBy: true, submittedAt: true, sourceDate: true, decisions: true }).extend({
        locator: Locator,
        section: Section,
      }),
    )
    .default([]),
});
export type SeedFile = z.infer<typeof SeedFileSchema>;
