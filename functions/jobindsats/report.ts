/** What a run found, per KPI: the lines the CLI prints as a table and the chat shows on a card. */
import type { PlannedFigure } from '../import/index.js';
import { describeRow, type JobindsatsRun } from './run.js';

export interface ReportLine {
  status: 'new' | 'changed';
  kpi: string;
  org: string;
  period: string;
  before?: number;
  after: number;
  /** "1.869 fuldtidspersoner" */
  shown: string;
}

export function reportLines(run: JobindsatsRun): ReportLine[] {
  const line = (status: ReportLine['status']) => (p: PlannedFigure): ReportLine => ({
    status,
    kpi: p.figure.kpiId,
    org: p.figure.orgId,
    period: p.figure.period,
    ...(p.before ? { before: p.before.value } : {}),
    after: p.figure.value,
    shown: p.shown,
  });
  return [...run.plan.new.map(line('new')), ...run.plan.changed.map(line('changed'))].sort(
    (a, b) => a.kpi.localeCompare(b.kpi) || a.org.localeCompare(b.org) || a.period.localeCompare(b.period),
  );
}

export function summary(run: JobindsatsRun): string {
  const asked = run.tables.reduce((n, t) => n + t.codes.length, 0);
  const p = run.plan;
  return `Jobindsats: ${run.tables.length} table(s), ${asked} period(s) asked for; ${p.new.length} new, ${p.changed.length} changed, ${p.unchanged.length} unchanged, ${p.rejected.length} rejected.`;
}

/** The run as a plain-text table (npm run jobindsats). */
export function formatRunTable(run: JobindsatsRun): string {
  const out = [summary(run)];
  const lines = reportLines(run);
  if (lines.length) {
    const rows = [['Status', 'KPI', 'Organisation', 'Period', 'Before', 'After'], ...lines.map((l) => [l.status, l.kpi, l.org, l.period, l.before === undefined ? '—' : String(l.before), l.shown])];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) out.push(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  }
  for (const r of run.plan.rejected) out.push(`Rejected: ${describeRow(run.rowOf.get(r.row))}: ${r.reason}`);
  if (run.written) out.push(`Stored: ${lines.length} figure(s), each with an audit entry (actor "jobindsats").`);
  else if (run.plan.rejected.length) out.push('Nothing was written: the mapping or the store must be fixed first (a run is all or nothing).');
  else if (!lines.length) out.push('Nothing new: the store already holds these figures.');
  else out.push('Dry run: nothing was written. Run with --apply to store them.');
  return out.join('\n');
}
