/**
 * Which Jobindsats columns are which Målbot KPIs: data, in functions/seed-data/jobindsats/mapping.json
 * (a subfolder, so the seed loader, which reads the folder's *.json files, leaves it alone). Checked
 * with zod when read; anything the mapping does not name is refused at run time, never guessed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { FigureKindSchema, SlugSchema, UnitSchema } from '../domain/model.js';
import { fieldErrors } from '../domain/validation.js';
import { seedDataPath } from '../seed-data-path.js';

const ColumnSchema = z.object({
  /** The column's Label exactly as Jobindsats sends it; a renamed column stops the run. */
  label: z.string().min(1),
  kpi: SlugSchema,
  kind: FigureKindSchema.default('actual'),
  /** Must equal the KPI's unit in the store. */
  unit: UnitSchema,
  /** The areas this column is taken for (default: all the table's areas). */
  areas: z.array(z.string().min(1)).min(1).optional(),
});

const TableSchema = z.object({
  table: z.string().regex(/^[a-z0-9_]+$/, 'a Jobindsats table id such as "y38a02"'),
  title: z.string().min(1),
  /** Which of the table's period codes to read: months "2024M01", quarters "2024Q1", rolling quarters "2024QMAT02", years. */
  periodType: z.enum(['M', 'Q', 'QMAT', 'Y']),
  /** Variable filters sent with the data request; one value each, so a row is one area and period. */
  filters: z.record(z.string().regex(/^_[a-z0-9_]+$/, 'a Jobindsats variable such as "_ygrp_y30r21"'), z.array(z.string().min(1)).length(1)).default({}),
  /** Area names requested; each must be in the mapping's areas. */
  areas: z.array(z.string().min(1)).min(1),
  /** Periods already held that are fetched again, because Jobindsats corrects recent periods. */
  recheck: z.number().int().min(0).max(24).default(2),
  /** How many of the newest periods to fetch when the store holds none of the table's figures. */
  initialPeriods: z.number().int().min(1).max(120).default(24),
  columns: z.array(ColumnSchema).min(1),
  /** Where the table id, variables and labels were seen. */
  evidence: z.string().min(1),
  /** What is not confirmed and must be checked against the real service at first use. */
  assumed: z.array(z.string()).default([]),
});

export const MappingSchema = z
  .object({
    /** Jobindsats area name → organisation slug (the municipality, its cluster, the national level). */
    areas: z.array(z.object({ name: z.string().min(1), org: SlugSchema })).min(1),
    tables: z.array(TableSchema).min(1),
  })
  .superRefine((m, ctx) => {
    const names = new Set(m.areas.map((a) => a.name));
    m.tables.forEach((t, i) => {
      t.areas.forEach((a, j) => names.has(a) || ctx.addIssue({ code: 'custom', path: ['tables', i, 'areas', j], message: `area "${a}" is not in the mapping's areas` }));
      t.columns.forEach((c, j) =>
        (c.areas ?? []).forEach((a, k) => t.areas.includes(a) || ctx.addIssue({ code: 'custom', path: ['tables', i, 'columns', j, 'areas', k], message: `area "${a}" is not one of table ${t.table}'s areas` })),
      );
    });
  });
export type Mapping = z.infer<typeof MappingSchema>;
export type TableMapping = Mapping['tables'][number];

export function defaultMappingFile(): string {
  return seedDataPath('jobindsats', 'mapping.json');
}

export function parseMapping(json: unknown, name = 'the Jobindsats mapping'): Mapping {
  const parsed = MappingSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error);
  throw new ValidationError(`${name} is not valid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
}

export async function loadMapping(file = defaultMappingFile()): Promise<Mapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ValidationError(`The Jobindsats mapping ${file} cannot be read: ${(error as Error).message}`, [{ field: 'mapping', message: 'unreadable' }]);
  }
  return parseMapping(json, path.basename(file));
}
