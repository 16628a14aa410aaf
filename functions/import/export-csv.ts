/**
 * Figures as a long-layout CSV that this importer reads back unchanged: semicolon-separated with a
 * decimal comma and a BOM (what Danish Excel opens without a wizard), no thousands separators (so
 * 1.869 kr. can never be read back as 1869), and every text cell that a spreadsheet would run as a
 * formula (=, +, -, @ …) prefixed with an apostrophe. The value column is numeric and never escaped.
 */
import type { Figure, Kpi } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { escapeFormula } from './cells.js';
import { unitText } from './units.js';

export const EXPORT_HEADER = ['org', 'kpi', 'kind', 'period', 'value', 'bound', 'unit', 'source', 'locator', 'title', 'section', 'section kind', 'note'] as const;

export async function exportFiguresCsv(store: Store, options: { org?: string } = {}): Promise<string> {
  const kpis = await store.kpis.findAll(options.org ? { partitionKey: options.org } : {});
  const rows: string[][] = [];
  for (const kpi of kpis) {
    for (const f of await store.figures.findAll({ partitionKey: kpi.id })) rows.push(figureRow(f, kpi));
  }
  return `\uFEFF${[[...EXPORT_HEADER], ...rows].map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}

export function figureRow(f: Figure, kpi: Pick<Kpi, 'unit' | 'scale'>): string[] {
  return [
    f.orgId,
    f.kpiId,
    f.kind,
    f.period,
    decimalComma(f.value),
    f.bound ?? '',
    unitText(kpi.unit, kpi.scale),
    escapeFormula(f.source.document),
    escapeFormula(f.source.locator),
    escapeFormula(f.source.title ?? ''),
    escapeFormula(f.source.section ?? ''),
    f.source.sectionKind ?? '',
    escapeFormula(f.note ?? ''),
  ];
}

function decimalComma(value: number): string {
  // Every digit, never an exponent ("1e-7"), never grouped.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }).replace('.', ',');
}

/** RFC 4180 quoting: only what csv-parse needs to read the cell back as it was. */
function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
