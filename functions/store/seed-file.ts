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
  SlugSchema,
} from '../domain/model.js';
import { PeriodSchema } from '../domain/period.js';

const Locator = z.string().min(1).max(300);

export const SeedFigureSchema = z.object({
  kpi: SlugSchema,
  /** Only when the figure is another organisation's than the KPI's (a cluster or national average). */
  org: SlugSchema.optional(),
  kind: FigureKindSchema,
  period: PeriodSchema,
  value: z.number().finite(),
  bound: FigureBoundSchema.optional(),
  locator: Locator,
  note: z.string().max(1000).optional(),
});
export type SeedFigure = z.infer<typeof SeedFigureSchema>;

export const SeedFileSchema = z.object({
  document: z.string().min(1),
  title: z.string().min(1),
  organisations: z.array(OrganisationSchema).default([]),
  cases: z.array(CaseSchema.omit({ source: true }).extend({ locator: Locator })).default([]),
  kpis: z.array(KpiSchema).default([]),
  figures: z.array(SeedFigureSchema).default([]),
  goals: z.array(GoalSchema.omit({ source: true }).extend({ locator: Locator })).default([]),
  proposals: z
    .array(
      ProposalSchema.omit({ source: true, status: true, submittedBy: true, submittedAt: true, decisions: true }).extend({
        locator: Locator,
      }),
    )
    .default([]),
});
export type SeedFile = z.infer<typeof SeedFileSchema>;
