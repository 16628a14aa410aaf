/**
 * The plan of an import: every row checked against the file's own rules and the store, before anything
 * is written. The dry run shows it; a real import writes it only when nothing was rejected.
 */
import { containsCpr } from '../domain/personal-data.js';
import { FigureInputSchema, figureId, SectionKindSchema, type FigureBound, type FigureInput, type Figure } from '../domain/model.js';
import { formatQuantity } from '../domain/format.js';
import type { Stored, Store } from '../store/store.js';
import { cellNumber, cellText } from './cells.js';
import { readLayout, type RawFigure } from './layouts.js';
import { backwardsRange, normalisePeriod } from './periods.js';
import { findKind, findKpi, findOrg, loadReferences, type References } from './resolve.js';
import type { Sheet } from './sheet.js';
import { parseUnit, unitText } from './units.js';

export interface PlannedFigure {
  row: number;
  column?: string;
  figure: FigureInput & { id: string };
  /** The stored figure it replaces or leaves alone; absent for a new one. */
  before?: Stored<Figure>;
  /** "1.869 fuldtidspersoner": the value as the KPI's unit says, for reports. */
  shown: string;
  /** False when the file named no source: the figure's source is then the file and row. */
  sourceGiven: boolean;
}

export interface Rejection {
  row: number;
  column?: string;
  reason: string;
  suggestions?: string[];
}

export interface ImportPlan {
  file: string;
  format: Sheet['format'];
  layout: 'long' | 'wide';
  headerRow: number;
  notes: string[];
  new: PlannedFigure[];
  changed: PlannedFigure[];
  unchanged: PlannedFigure[];
  rejected: Rejection[];
  /** Empty value cells of a wide file: no figure, not an error. */
  blankCells: number;
}

export interface PlanOptions {
  /** Shown in reports and used as the figures' source document when the file names none. */
  fileName: string;
  /** The organisation of rows that name none (default: the KPI's own). */
  org?: string;
}

export async function planImport(store: Store, sheet: Sheet, options: PlanOptions): Promise<ImportPlan> {
  const layout = readLayout(sheet.rows);
  const refs = await loadReferences(store);
  const plan: ImportPlan = {
    file: options.fileName,
    format: sheet.format,
    layout: layout.layout,
    headerRow: layout.headerRow,
    notes: [...sheet.notes],
    new: [],
    changed: [],
    unchanged: [],
    rejected: layout.broken.map((b) => ({ ...b })),
    blankCells: layout.blankCells,
  };
  const defaultOrg = options.org ? findOrg(refs, options.org) : undefined;
  if (options.org && !defaultOrg) {
    plan.rejected.push({ row: 0, reason: `unknown organisation "${options.org}" (--org)` });
    return plan;
  }
  const seen = new Map<string, RawFigure>();
  const accepted: ({ raw: RawFigure } & Extract<Checked, { figure: unknown }>)[] = [];
  const lookups: References = { ...refs, suggest: memoised(refs.suggest) };
  let since = performance.now();
  for (const raw of layout.figures) {
    // Thousands of rows, each looked up and checked (an unknown KPI searched for): other requests get
    // their turn every few milliseconds rather than waiting for the whole file.
    if (performance.now() - since > PLAN_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
    const result = await checkRow(raw, lookups, options, defaultOrg?.id);
    if ('reason' in result) {
      plan.rejected.push(withPlace(raw, result));
      continue;
    }
    const first = seen.get(result.figure.id);
    if (first) {
      plan.rejected.push(withPlace(raw, { reason: `duplicate: row ${first.row}${first.column ? ` (column ${first.column})` : ''} already gives this KPI, organisation, kind and period` }));
      continue;
    }
    seen.set(result.figure.id, raw);
    accepted.push({ raw, ...result });
  }
  // One read per KPI partition instead of one per row.
  const current = new Map<string, Stored<Figure>>();
  for (const kpiId of new Set(accepted.map((a) => a.figure.kpiId))) {
    for (const f of await store.figures.findAll({ partitionKey: kpiId })) current.set(f.id, f);
  }
  for (const { raw, figure, shown, sourceGiven } of accepted) {
    const before = current.get(figure.id);
    const planned: PlannedFigure = { row: raw.row, ...(raw.column ? { column: raw.column } : {}), figure, shown, sourceGiven, ...(before ? { before } : {}) };
    if (!before) plan.new.push(planned);
    else if (sameContent(before, figure, sourceGiven)) plan.unchanged.push(planned);
    else plan.changed.push(planned);
  }
  plan.rejected.sort((a, b) => a.row - b.row);
  return plan;
}

/** How long planning runs before letting other work in. */
const PLAN_SLICE_MS = 10;

/** A file repeats the same unknown KPI on many rows: one search each. */
function memoised(suggest: References['suggest']): References['suggest'] {
  const seen = new Map<string, Promise<string[]>>();
  return (text) => {
    let hit = seen.get(text);
    if (!hit) seen.set(text, (hit = suggest(text)));
    return hit;
  };
}

function withPlace(raw: RawFigure, r: Omit<Rejection, 'row'>): Rejection {
  return { row: raw.row, ...(raw.column ? { column: raw.column } : {}), ...r };
}

type Checked = { figure: FigureInput & { id: string }; shown: string; sourceGiven: boolean } | { reason: string; suggestions?: string[] };

async function checkRow(raw: RawFigure, refs: References, options: PlanOptions, defaultOrg: string | undefined): Promise<Checked> {
  const f = raw.fields;
  const orgText = cellText(f.org);
  const org = orgText ? findOrg(refs, orgText) : defaultOrg ? refs.orgs.get(defaultOrg) : undefined;
  if (orgText && !org) return { reason: `unknown organisation "${clip(orgText)}"` };

  const kpiText = cellText(f.kpi);
  if (!kpiText) return { reason: 'the KPI cell is empty' };
  const found = findKpi(refs, kpiText, org);
  if ('unknown' in found) {
    const suggestions = await refs.suggest(kpiText);
    return { reason: `unknown KPI "${clip(kpiText)}"${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`, suggestions };
  }
  if ('ambiguous' in found) {
    return { reason: `KPI name "${clip(kpiText)}" fits ${found.ambiguous.length} KPIs; use the id (${found.ambiguous.map((k) => k.id).join(', ')})` };
  }
  const kpi = found.kpi;
  const orgId = org?.id ?? kpi.orgId;
  if (org && org.kind === 'municipality' && org.id !== kpi.orgId) {
    return { reason: `KPI ${kpi.id} belongs to ${kpi.orgId}, not ${org.id}` };
  }

  const kindText = cellText(f.kind);
  const kind = kindText ? findKind(kindText) : 'actual';
  if (!kind) return { reason: `unknown kind "${clip(kindText)}" (actual, budget, target, expected, counterfactual, potential, difference)` };

  const periodText = raw.period ?? cellText(f.period);
  const period = raw.period ?? (periodText ? normalisePeriod(periodText) : undefined);
  if (!period) {
    const backwards = periodText ? backwardsRange(periodText) : undefined;
    if (periodText && backwards) return { reason: `the period "${clip(periodText)}" ends before it starts (${backwards}); write the earlier period first` };
    return { reason: periodText ? `cannot read the period "${clip(periodText)}" (e.g. 2018-08, 2018M08, aug 2018, 31-08-2018, 2016-Q1)` : 'the period cell is empty' };
  }

  if (cellText(f.value) === '') return { reason: 'the value cell is empty' };
  const number = cellNumber(f.value ?? null);
  if (!number.ok) return { reason: `text in a number cell: "${clip(cellText(f.value))}" is not a number (write 1869, 1.869 or 15,9)` };
  if (number.percent && kpi.unit !== 'percent') return { reason: `unit mismatch: the value has "%", but ${kpi.id} is in ${kpi.unit}` };

  const unitCell = cellText(f.unit);
  if (unitCell) {
    const unit = parseUnit(unitCell);
    if (!unit) return { reason: `unknown unit "${clip(unitCell)}"` };
    if (unit.unit !== kpi.unit || (unit.scale !== undefined && unit.scale !== kpi.scale)) {
      return { reason: `unit mismatch: the file says "${clip(unitCell)}", KPI ${kpi.id} is in ${unitText(kpi.unit, kpi.scale)}` };
    }
  }

  const boundText = cellText(f.bound);
  const bound = boundText ? BOUND_WORDS[boundText.toLowerCase()] : undefined;
  if (boundText && !bound) return { reason: `unknown bound "${clip(boundText)}" (atLeast / mindst, atMost / højst, or empty for an exact value)` };

  const document = cellText(f.source) || options.fileName;
  const locator = cellText(f.locator) || `row ${raw.row}${raw.column ? `, column ${raw.column}` : ''}`;
  const note = cellText(f.note);
  const title = cellText(f.title);
  const section = cellText(f.section);
  const sectionKind = cellText(f.sectionKind);
  if (sectionKind && !SectionKindSchema.safeParse(sectionKind).success) return { reason: `unknown section kind "${clip(sectionKind)}" (slide, section, form)` };
  if ([document, locator, note, title, section].some(containsCpr)) return { reason: 'a text cell contains a CPR number; Målbot stores none (the number is not repeated here)' };

  const input = { kpiId: kpi.id, orgId, kind, period, value: number.value, ...(bound ? { bound } : {}), source: { document, locator, ...(title ? { title } : {}), ...(section ? { section } : {}), ...(sectionKind ? { sectionKind } : {}) }, ...(note ? { note } : {}) };
  const parsed = FigureInputSchema.safeParse(input);
  if (!parsed.success) return { reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return {
    figure: { ...parsed.data, id: figureId(parsed.data) },
    shown: formatQuantity(parsed.data.value, kpi.unit, kpi.scale, 'da'),
    sourceGiven: !!cellText(f.source),
  };
}

/**
 * Same value and note is unchanged. The source counts only when the file states one: re-importing
 * the same figures from a renamed file is not a change worth an audit entry.
 */
function sameContent(before: Figure, next: FigureInput, sourceGiven: boolean): boolean {
  return (
    before.value === next.value &&
    before.bound === next.bound &&
    (before.note ?? '') === (next.note ?? '') &&
    (!sourceGiven ||
      (before.source.document === next.source.document &&
        before.source.locator === next.source.locator &&
        // A file without title or section columns says nothing about them.
        (next.source.title === undefined || before.source.title === next.source.title) &&
        (next.source.section === undefined || before.source.section === next.source.section)))
  );
}

/** "+7.500" is stored as 7500 at least; the file says so in either language. */
const BOUND_WORDS: Record<string, FigureBound> = { atleast: 'atLeast', 'at least': 'atLeast', mindst: 'atLeast', atmost: 'atMost', 'at most': 'atMost', højst: 'atMost', hoejst: 'atMost' };

/** Cell text in a message: short, and on one line. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
