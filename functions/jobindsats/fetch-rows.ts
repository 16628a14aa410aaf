/**
 * Fetching what is new: for each mapped table, its period list, then only the periods newer than the
 * store holds (plus a few held ones again, for corrections), then the data, turned into one row per
 * figure. Every surprise — a renamed column, an area or period nobody asked for, text in a number
 * cell — is collected and refused together, naming each; nothing is guessed.
 */
import { cellNumber } from '../import/cells.js';
import type { FigureKind, Unit } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { JobindsatsError, type CellValue, type JobindsatsClient } from './api.js';
import type { Mapping, TableMapping } from './mapping.js';
import { canonicalPeriod, sortPeriods } from './periods.js';

/** One figure as Jobindsats gave it, already mapped. */
export interface FetchedRow {
  table: string;
  label: string;
  area: string;
  org: string;
  kpi: string;
  kind: FigureKind;
  unit: Unit;
  /** Canonical ("2017-09") and as Jobindsats wrote it ("2017M09"). */
  period: string;
  code: string;
  value: number;
}

export interface TableFetch {
  table: string;
  /** The codes asked for; empty when the table had nothing newer and nothing to recheck. */
  codes: string[];
  /** Cells with no value (Jobindsats leaves some out, e.g. for discretion): no figure. */
  blank: number;
}

export interface FetchResult {
  rows: FetchedRow[];
  tables: TableFetch[];
}

// Column labels of the area and the period, as the public scripts read them (Randers etl, jobindsats.py).
const AREA_LABEL = 'Area';
const PERIOD_LABEL = 'Periode';
const BLANK = new Set(['', '.', '..', '-', '–']);

export async function fetchRows(store: Store, client: JobindsatsClient, mapping: Mapping): Promise<FetchResult> {
  const orgOf = new Map(mapping.areas.map((a) => [a.name, a.org]));
  const problems: string[] = [];
  const result: FetchResult = { rows: [], tables: [] };
  for (const table of mapping.tables) {
    const available = (await client.periods(table.table))
      .map((code) => ({ code, period: canonicalPeriod(code, table.periodType) }))
      .filter((p): p is { code: string; period: string } => p.period !== undefined);
    const codes = choosePeriods(sortPeriods(available, (p) => p.period), await heldPeriods(store, table, orgOf), table).map((p) => p.code);
    const fetch: TableFetch = { table: table.table, codes, blank: 0 };
    result.tables.push(fetch);
    if (!codes.length) continue;
    const data = await client.data(table.table, { area: table.areas, period: codes, ...table.filters });
    readTable(table, data.labels, data.rows, new Set(codes), orgOf, fetch, result.rows, problems);
  }
  if (problems.length) {
    throw new JobindsatsError(
      `Jobindsats answered differently than the mapping (functions/seed-data/jobindsats/mapping.json) expects, so nothing was imported: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}.`,
      502,
    );
  }
  return result;
}

/** The canonical periods the store already holds for the table's KPIs, kinds and organisations. */
async function heldPeriods(store: Store, table: TableMapping, orgOf: Map<string, string>): Promise<Set<string>> {
  const held = new Set<string>();
  for (const kpi of new Set(table.columns.map((c) => c.kpi))) {
    const wanted = new Set(
      table.columns
        .filter((c) => c.kpi === kpi)
        .flatMap((c) => (c.areas ?? table.areas).map((a) => `${orgOf.get(a)}~${c.kind}`)),
    );
    for (const f of await store.figures.findAll({ partitionKey: kpi })) if (wanted.has(`${f.orgId}~${f.kind}`)) held.add(f.period);
  }
  return held;
}

/** Everything newer than the newest held period, and the last `recheck` up to it; or the newest few. */
function choosePeriods<P extends { period: string }>(available: P[], held: Set<string>, table: TableMapping): P[] {
  let newest = -1;
  available.forEach((p, i) => held.has(p.period) && (newest = i));
  if (newest < 0) return available.slice(-table.initialPeriods);
  return available.slice(Math.max(0, newest + 1 - table.recheck));
}

function readTable(
  table: TableMapping,
  labels: string[],
  rows: CellValue[][],
  asked: Set<string>,
  orgOf: Map<string, string>,
  fetch: TableFetch,
  out: FetchedRow[],
  problems: string[],
): void {
  const at = (label: string) => labels.indexOf(label);
  const missing = [AREA_LABEL, PERIOD_LABEL, ...table.columns.map((c) => c.label)].filter((l) => at(l) < 0);
  if (missing.length) {
    problems.push(`table ${table.table} has no column ${missing.map((l) => `"${l}"`).join(', ')} (its columns now: ${labels.map((l) => `"${l}"`).join(', ')})`);
    return;
  }
  for (const row of rows) {
    const area = String(row[at(AREA_LABEL)] ?? '').trim();
    const code = String(row[at(PERIOD_LABEL)] ?? '').trim();
    if (!table.areas.includes(area)) {
      problems.push(`table ${table.table} gave the unknown area "${area}" (the mapping has ${table.areas.map((a) => `"${a}"`).join(', ')})`);
      continue;
    }
    const period = asked.has(code) ? canonicalPeriod(code, table.periodType) : undefined;
    if (!period) {
      problems.push(`table ${table.table} gave the period "${code}", which was not asked for`);
      continue;
    }
    for (const column of table.columns) {
      if (column.areas && !column.areas.includes(area)) continue;
      const cell = row[at(column.label)] ?? null;
      if (cell === null || (typeof cell === 'string' && BLANK.has(cell.trim()))) {
        fetch.blank++;
        continue;
      }
      const number = cellNumber(cell);
      if (!number.ok) {
        problems.push(`table ${table.table}, "${column.label}", ${area} ${code}: "${String(cell).slice(0, 40)}" is not a number`);
        continue;
      }
      out.push({ table: table.table, label: column.label, area, org: orgOf.get(area)!, kpi: column.kpi, kind: column.kind, unit: column.unit, period, code, value: number.value });
    }
  }
}
