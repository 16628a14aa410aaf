/**
 * A priority proposal as a case with three KPIs when its form has an economy table (operating-cost change,
 * saved benefit cost, staff change; none without a table), so proposals can be asked about, followed and celebrated like any other case. Pure: no I/O.
 * Seed proposals carry their expectations ('expected'); an approved proposal's economy is its budget.
 */
import type { Case, EconomyYear, FigureInput, FigureKind, Kpi, Proposal } from './model.js';
import { ValidationError } from './errors.js';

export interface ProposalToCaseOptions {
  approved: boolean;
  /** ISO date-time of the conversion: names the moment a proposal without a source document was read. */
  now: string;
}

export interface ProposalCase {
  case: Case;
  kpis: Kpi[];
  figures: FigureInput[];
}

type EconomyField = 'operatingCostChange' | 'benefitSaving' | 'staffChange';

interface KpiTemplate {
  field: EconomyField;
  suffix: string;
  make: (id: string, p: Proposal, caseId: string) => Kpi;
}

// The three rows of the proposal form (see the Herning template), each as a KPI of the case.
const KPI_TEMPLATES: KpiTemplate[] = [
  {
    field: 'operatingCostChange',
    suffix: 'driftsudgifter',
    make: (id, p, caseId) => ({
      id,
      orgId: p.orgId,
      caseId,
      name: { da: 'Ændring i driftsudgifter', en: 'Change in operating cost' },
      description: {
        da: 'Ændring i nettodriftsudgifter i 1.000 kr.: positiv er en merudgift (investering), negativ en mindreudgift.',
        en: 'Change in net operating cost in DKK 1,000: positive costs more (an investment), negative costs less.',
      },
      aliases: [
        'driftsudgifter',
        'nettoudgifter',
        'udgifter',
        'merudgift',
        'investering',
        'omkostninger',
        'koster',
        'operating cost',
        'cost',
        'costs',
        'expenditure',
        'investment',
      ],
      unit: 'dkk',
      scale: 1000,
      direction: 'lower-is-better',
    }),
  },
  {
    field: 'benefitSaving',
    suffix: 'sparet-forsoergelse',
    make: (id, p, caseId) => ({
      id,
      orgId: p.orgId,
      caseId,
      name: { da: 'Sparet forsørgelsesudgift', en: 'Saved benefit cost' },
      description: {
        da: 'Sparede udgifter til forsørgelse (ydelser) i 1.000 kr.; positiv er en besparelse.',
        en: 'Saved cost of public support (benefits) in DKK 1,000; positive is a saving.',
      },
      aliases: [
        'besparelse',
        'sparet forsørgelse',
        'sparet forsørgelsesudgift',
        'forsørgelsesudgift',
        'mindreudgift til forsørgelse',
        'saving',
        'savings',
        'benefit saving',
        'saved benefits',
      ],
      unit: 'dkk',
      scale: 1000,
      direction: 'higher-is-better',
    }),
  },
  {
    field: 'staffChange',
    suffix: 'aarsvaerk',
    make: (id, p, caseId) => ({
      id,
      orgId: p.orgId,
      caseId,
      name: { da: 'Ændring i personaleforbrug (årsværk)', en: 'Change in staff (full-year positions)' },
      description: {
        da: 'Ændring i personaleforbrug i årsværk (årsstillinger); positiv er flere medarbejdere.',
        en: 'Change in staff in full-year positions; positive is more staff.',
      },
      aliases: [
        'årsværk',
        'årsstillinger',
        'personaleforbrug',
        'personale',
        'stillinger',
        'medarbejdere',
        'staff',
        'full-year positions',
        'positions',
        'headcount',
        'FTE',
      ],
      unit: 'full-year-positions',
      scale: 1,
      direction: 'neutral',
    }),
  },
];

export function proposalToCase(p: Proposal, opts: ProposalToCaseOptions): ProposalCase {
  if (Number.isNaN(Date.parse(opts.now))) {
    throw new ValidationError('now must be an ISO date-time', [{ field: 'now', message: 'not a date-time' }]);
  }
  const caseId = `${p.orgId}.${slugify(p.number ?? p.title)}`;
  const source = p.source ?? {
    document: `Målbot proposal ${p.id}`,
    locator: `${p.number ?? p.title}, as of ${opts.now.slice(0, 10)}`,
  };
  const economy = [...p.economy].sort((a, b) => a.year - b.year);
  const kind: FigureKind = opts.approved ? 'budget' : 'expected';

  const kpis: Kpi[] = [];
  const figures: FigureInput[] = [];
  for (const t of KPI_TEMPLATES) {
    const years = yearsToReport(economy, t.field);
    // A form with a table has all three rows: a row left blank is a measure without figures, so a
    // question about it is refused as "no figure" rather than answered by another row.
    if (economy.length === 0) continue;
    const kpi = t.make(`${caseId}.${t.suffix}`, p, caseId);
    kpis.push(kpi);
    for (const y of years) {
      figures.push({ kpiId: kpi.id, orgId: p.orgId, kind, period: String(y.year), value: y[t.field]!, source });
    }
  }

  const c: Case = {
    id: caseId,
    orgId: p.orgId,
    title: p.title,
    kind: opts.approved ? 'approved-proposal' : 'proposal',
    ownerUnit: p.responsibleUnit,
    effortTypes: [...p.effortTypes],
    status: opts.approved ? 'planned' : 'proposed',
    aliases: aliasesOf(p),
    published: true,
    source,
    proposalId: p.id,
  };
  if (p.number) c.code = p.number;
  if (p.summary) c.summary = p.summary;
  if (p.approach) c.approach = p.approach;
  const period = economyPeriod(economy);
  if (period) c.period = period;
  return { case: c, kpis, figures };
}

/** The years of one economy row the form filled in: a written 0 ("no change") is a figure, a blank cell (absent) is not. */
function yearsToReport(economy: EconomyYear[], field: EconomyField): EconomyYear[] {
  return economy.filter((y) => y[field] !== undefined);
}

/** The years the proposal's economy touches with a non-zero figure, e.g. "2017--2019"; undefined when none. */
function economyPeriod(economy: EconomyYear[]): string | undefined {
  const nonZero = (v: number | undefined) => v !== undefined && v !== 0;
  const years = economy
    .filter((y) => nonZero(y.operatingCostChange) || nonZero(y.benefitSaving) || nonZero(y.staffChange))
    .map((y) => y.year);
  if (years.length === 0) return undefined;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}--${to}`;
}

/** How people also name it: the number written without its space ("BIC01") and the title. */
function aliasesOf(p: Proposal): string[] {
  const compact = p.number?.replace(/\s+/g, '');
  const aliases = compact && compact !== p.number ? [compact, p.title] : [p.title];
  return [...new Set(aliases)];
}

/** "BIC 01" → "bic-01", "UE 09a" → "ue-09a", "Håndholdt indsats" → "haandholdt-indsats". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!slug) throw new ValidationError(`"${text}" has no letters or digits to make an id from`);
  return slug;
}

/**
 * The number a unit's next proposal gets: one past the highest running number the unit has used, padded
 * to two digits ("BIC 07" → "BIC 08"). Lettered variants ("UE 09a", "UE 09b") share their number, so the
 * next after them is "UE 10". Numbers of other units, and spellings without the space ("UE08"), are read
 * the same way as the form writes them.
 */
export function nextProposalNumber(unitPrefix: string, existing: string[]): string {
  const prefix = unitPrefix.trim().replace(/\s+/g, ' ');
  if (!/^[\p{L}][\p{L}\d -]*$/u.test(prefix) || /\d$/.test(prefix)) {
    throw new ValidationError(`"${unitPrefix}" is not a unit prefix such as "BIC"`, [
      { field: 'unitPrefix', message: 'must be letters, e.g. "BIC"' },
    ]);
  }
  const pattern = new RegExp(`^${escapeRegExp(prefix)}\\s*(\\d+)\\s*[a-z]?$`, 'iu');
  let highest = 0;
  let width = 2;
  for (const number of existing) {
    const m = pattern.exec(number.trim());
    if (!m) continue;
    highest = Math.max(highest, Number(m[1]));
    width = Math.max(width, m[1]!.length);
  }
  return `${prefix} ${String(highest + 1).padStart(width, '0')}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
