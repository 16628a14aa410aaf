/**
 * The two layouts, told apart by the header row:
 *   long  one figure per row: org, kpi, kind, period, value, unit, source (+ bound, locator, note)
 *   wide  a Jobindsats-style export: one row per measure, one column per month ("2018M08", "aug 2018")
 * Header words are accepted in Danish and English. A title block above the header (Jobindsats puts
 * one there) is skipped: the header is the first of the top rows that names a KPI column.
 */
import { ValidationError } from '../domain/errors.js';
import { cellText, type Cell } from './cells.js';
import { backwardsRange, isPeriodHeader, normalisePeriod } from './periods.js';

export type Field = 'org' | 'kpi' | 'kind' | 'period' | 'value' | 'bound' | 'unit' | 'source' | 'locator' | 'title' | 'section' | 'sectionKind' | 'note';

const HEADER_WORDS: Record<Field, string[]> = {
  org: ['org', 'organisation', 'organization', 'kommune', 'municipality', 'område', 'omraade', 'area'],
  kpi: ['kpi', 'kpi id', 'kpi-id', 'nøgletal', 'noegletal', 'måling', 'maaling', 'measure', 'indikator', 'indicator', 'nøgletal id'],
  kind: ['kind', 'type', 'art', 'slags', 'figurtype'],
  period: ['period', 'periode', 'dato', 'date', 'måned', 'maaned', 'month'],
  value: ['value', 'værdi', 'vaerdi', 'tal', 'antal', 'figure'],
  bound: ['bound', 'grænse', 'graense', 'mindst/højst', 'at least/at most'],
  unit: ['unit', 'enhed'],
  source: ['source', 'kilde', 'document', 'dokument'],
  locator: ['locator', 'placering i kilden', 'tabel', 'table', 'sted'],
  title: ['title', 'titel', 'kildens titel', 'source title'],
  section: ['section', 'afsnit', 'slide'],
  sectionKind: ['section kind', 'afsnitstype'],
  note: ['note', 'bemærkning', 'bemaerkning', 'kommentar', 'comment'],
};

const BY_WORD = new Map<string, Field>();
for (const [field, list] of Object.entries(HEADER_WORDS) as [Field, string[]][]) for (const w of list) BY_WORD.set(w, field);

const LONG_REQUIRED: Field[] = ['kpi', 'period', 'value'];
const WIDE_ALLOWED: Field[] = ['org', 'kpi', 'kind', 'bound', 'unit', 'source', 'locator', 'title', 'section', 'sectionKind', 'note'];

/** One figure as the file states it, before anything is looked up. */
export interface RawFigure {
  /** The file's row number (1 = first row). */
  row: number;
  fields: Partial<Record<Field, Cell>>;
  /** The wide layout's period column header, already canonical. */
  period?: string;
  /** Where in the file the value sits, for messages ("column 2018M09"). */
  column?: string;
}

export interface LayoutResult {
  layout: 'long' | 'wide';
  headerRow: number;
  figures: RawFigure[];
  /** Rows that cannot even be read as figures (wrong number of cells). */
  broken: { row: number; reason: string }[];
  /** Value cells left empty in the wide layout: no figure, not an error. */
  blankCells: number;
}

const HEADER_SEARCH_ROWS = 10;

export function readLayout(rows: Cell[][]): LayoutResult {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const header = (rows[i] ?? []).map((c) => cellText(c));
    const fields = header.map(fieldOf);
    if (!fields.includes('kpi')) continue;
    const periodColumns = header.filter((h, j) => !fields[j] && isPeriodHeader(h)).length;
    if (periodColumns > 0 && !fields.includes('value')) return wide(rows, i, header, fields);
    return long(rows, i, header, fields);
  }
  throw new ValidationError(
    'Wrong columns: no header row names a KPI column. Use the long layout (org, kpi, kind, period, value, unit, source) or the wide layout (kpi and one column per month, such as "2018M08" or "aug 2018").',
    [{ field: 'header', message: 'no KPI column found in the first rows' }],
  );
}

function fieldOf(header: string): Field | undefined {
  return BY_WORD.get(header.toLowerCase().replace(/[_:]+/g, ' ').trim());
}

function long(rows: Cell[][], h: number, header: string[], fields: (Field | undefined)[]): LayoutResult {
  const missing = LONG_REQUIRED.filter((f) => !fields.includes(f));
  const unknown = header.filter((name, j) => name && !fields[j]);
  const twice = fields.filter((f, j) => f && fields.indexOf(f) !== j);
  if (missing.length || unknown.length || twice.length) {
    throw new ValidationError(
      `Wrong columns in the header (row ${h + 1}): ${[
        missing.length ? `missing ${missing.join(', ')}` : '',
        unknown.length ? `unknown ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
        twice.length ? `given twice ${twice.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}. The long layout has org, kpi, kind, period, value, unit, source (and optionally bound, locator, note).`,
      [...missing.map((m) => ({ field: m, message: 'missing column' })), ...unknown.map((u) => ({ field: u, message: 'unknown column' }))],
    );
  }
  const result: LayoutResult = { layout: 'long', headerRow: h + 1, figures: [], broken: [], blankCells: 0 };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    if (row.length > header.length && row.slice(header.length).some((c) => cellText(c) !== '')) {
      result.broken.push({ row: i + 1, reason: `wrong columns: the row has ${row.length} cells, the header ${header.length} (a decimal comma in a comma-separated file must be quoted)` });
      continue;
    }
    const figure: RawFigure = { row: i + 1, fields: {} };
    fields.forEach((f, j) => f && (figure.fields[f] = row[j] ?? null));
    result.figures.push(figure);
  }
  return result;
}

function wide(rows: Cell[][], h: number, header: string[], fields: (Field | undefined)[]): LayoutResult {
  const unknown = header.filter((name, j) => name && !fields[j] && !isPeriodHeader(name));
  const misplaced = fields.filter((f): f is Field => !!f && !WIDE_ALLOWED.includes(f));
  if (unknown.length || misplaced.length) {
    throw new ValidationError(
      `Wrong columns in the header (row ${h + 1}): ${[...unknown.map((u) => (backwardsRange(u) ? `"${u}" is a period that ends before it starts` : `"${u}" is neither a known column nor a period`)), ...misplaced.map((m) => `${m} does not belong in the wide layout`)].join('; ')}.`,
      [...unknown, ...misplaced].map((u) => ({ field: u, message: 'unexpected column' })),
    );
  }
  const result: LayoutResult = { layout: 'wide', headerRow: h + 1, figures: [], broken: [], blankCells: 0 };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    if (row.length > header.length && row.slice(header.length).some((c) => cellText(c) !== '')) {
      result.broken.push({ row: i + 1, reason: `wrong columns: the row has ${row.length} cells, the header ${header.length}` });
      continue;
    }
    const attributes: Partial<Record<Field, Cell>> = {};
    fields.forEach((f, j) => f && (attributes[f] = row[j] ?? null));
    header.forEach((name, j) => {
      if (fields[j] || !name) return;
      const value = row[j] ?? null;
      if (cellText(value) === '') return void result.blankCells++;
      result.figures.push({ row: i + 1, fields: { ...attributes, value }, period: normalisePeriod(name)!, column: name });
    });
  }
  return result;
}
