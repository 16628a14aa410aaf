/** A plan as text: what the CLI prints and the chat could show. */
import type { ImportPlan, PlannedFigure } from './plan.js';

const MAX_LISTED = 50;

export function describePlan(plan: ImportPlan, written: boolean): string {
  const lines: string[] = [];
  lines.push(`${plan.file}: ${plan.format.toUpperCase()}, ${plan.layout} layout (header in row ${plan.headerRow}).`);
  for (const note of plan.notes) lines.push(`Note: ${note}`);
  lines.push(
    `${plan.new.length} new, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged, ${plan.rejected.length} rejected` +
      (plan.blankCells ? ` (${plan.blankCells} empty cells skipped)` : '') +
      '.',
  );
  section(lines, 'New', plan.new, (p) => `${place(p)}  ${p.figure.kpiId} · ${p.figure.orgId} · ${p.figure.kind} · ${p.figure.period} = ${p.shown}`);
  section(lines, 'Changed', plan.changed, (p) => `${place(p)}  ${p.figure.kpiId} · ${p.figure.orgId} · ${p.figure.kind} · ${p.figure.period}: ${p.before?.value} → ${p.figure.value}`);
  section(lines, 'Rejected', plan.rejected, (r) => `row ${r.row}${r.column ? ` (${r.column})` : ''}  ${r.reason}`);
  if (written) lines.push(`Imported: ${plan.new.length + plan.changed.length} figure(s) written, each with an audit entry.`);
  else if (plan.rejected.length) lines.push('Nothing was written. Fix the rejected rows and run again: an import is all or nothing.');
  else if (plan.new.length + plan.changed.length === 0) lines.push('Nothing to write: the store already holds these figures.');
  else lines.push('Dry run: nothing was written. Run without --dry-run (or ?dryRun=false) to import.');
  return lines.join('\n');
}

function section<T>(lines: string[], title: string, items: T[], show: (item: T) => string): void {
  if (!items.length) return;
  lines.push(`${title}:`);
  for (const item of items.slice(0, MAX_LISTED)) lines.push(`  ${show(item)}`);
  if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more`);
}

function place(p: PlannedFigure): string {
  return `row ${p.row}${p.column ? ` (${p.column})` : ''}`;
}
