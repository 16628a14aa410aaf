/**
 * A case as a whole ("hvad er KIK II?", "show Projekt Superb"): what it is, its economy by year, its goals
 * with status, and its source; buttons ask about its measures.
 */
import template from './case-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { alternativeButton } from './answer-card.js';
import { readerNumber } from './number.js';

/** The case view of functions/query (types.ts CaseView), restated so cards import nothing from functions/. */
export interface CaseCardView {
  lang: Lang;
  code?: string;
  title: string;
  kind: string;
  orgName: string;
  status?: string;
  summary?: string;
  period?: string;
  /** One value per line and year; `value` is in `unit` ("mio. kr.", "1.000 kr.", "årsværk"). */
  economy: { year: number; label: string; valueText: string; value?: number; unit?: string }[];
  goals: { title: string; targetText: string; deadline?: string; status?: string }[];
  source?: string;
  questions: { label: string; q: string }[];
}

const LABELS = {
  da: { org: 'Organisation', period: 'Periode', status: 'Status', source: 'Kilde', economy: 'Økonomi pr. år', goals: 'Mål', by: 'pr.' },
  en: { org: 'Organisation', period: 'Period', status: 'Status', source: 'Source', economy: 'Economy by year', goals: 'Goals', by: 'by' },
} as const;

/** A case's status as stored ("proposed") in the reader's words; any other text is shown as given. */
const CASE_STATUS: Record<Lang, Record<string, string>> = {
  da: { proposed: 'foreslået', planned: 'planlagt', active: 'i gang', completed: 'afsluttet', stopped: 'stoppet' },
  en: { proposed: 'proposed', planned: 'planned', active: 'under way', completed: 'completed', stopped: 'stopped' },
};

export function caseCard(view: CaseCardView, buttons: Button[] = view.questions.slice(0, 3).map((q) => alternativeButton(q, view.lang))): AdaptiveCard {
  const l = LABELS[view.lang];
  const facts = [
    { title: l.org, value: view.orgName },
    ...(view.period ? [{ title: l.period, value: view.period }] : []),
    ...(view.status ? [{ title: l.status, value: CASE_STATUS[view.lang][view.status] ?? view.status }] : []),
    ...(view.source ? [{ title: l.source, value: view.source }] : []),
  ];
  return expandTemplate(template, {
    title: view.title,
    heading: view.code && !view.title.startsWith(view.code) ? `${view.code} – ${view.title}` : view.title,
    subtitle: view.kind,
    summary: view.summary ?? '',
    facts,
    economyLabel: l.economy,
    economy: view.economy.length ? [economyTable(view)] : [],
    goalsLabel: l.goals,
    goals: view.goals.map((g) => `${g.title}: ${g.targetText}${g.deadline ? ` ${l.by} ${g.deadline}` : ''}${g.status ? ` – ${g.status}` : ''}`),
    buttons,
  });
}

/** Money in millions on every row, whatever unit each figure was stored in, so a row reads in one unit. */
const MILLIONS: Record<string, number> = { 'mio. kr.': 1, '1.000 kr.': 1 / 1000, 'kr.': 1 / 1_000_000 };

/**
 * The economy as Herning's form has it: a Table with the years as columns and one row per line, each row in
 * one unit named once in its label ("Besparelse (budget), mio. kr."), instead of a fact per line and year.
 */
function economyTable(view: CaseCardView): object {
  const years = [...new Set(view.economy.map((r) => r.year))].sort((a, b) => a - b);
  const rows = new Map<string, Map<number, string>>();
  // "KIK II: Besparelse" and "KIK II pr. udvalg: Netto" (by committee) on KIK II's own card: the case's name goes without saying.
  const own = view.code ? new RegExp(`^${view.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( [^:]+)?: `) : undefined;
  for (const r of view.economy) {
    const money = r.unit !== undefined && r.value !== undefined ? MILLIONS[r.unit] : undefined;
    // Other units are named in each value ("1 årsværk"), which is then the row's one unit.
    const unit = money !== undefined ? `, ${view.lang === 'da' ? 'mio. kr.' : 'DKK million'}` : '';
    const name = (own ? r.label.replace(own, '') : r.label) + unit;
    const cell = money !== undefined ? readerNumber(r.value! * money, view.lang) : r.valueText;
    const row = rows.get(name) ?? new Map<number, string>();
    row.set(r.year, cell);
    rows.set(name, row);
  }
  const cell = (text: string, right = false) => ({
    type: 'TableCell',
    items: [{ type: 'TextBlock', text, size: 'Small', ...(right ? { horizontalAlignment: 'Right' } : { wrap: true }) }],
  });
  return {
    columns: [{ width: 3 }, ...years.map(() => ({ width: 1 }))],
    rows: [
      { type: 'TableRow', style: 'emphasis', cells: [cell(''), ...years.map((y) => cell(String(y), true))] },
      ...[...rows].map(([name, byYear]) => ({ type: 'TableRow', cells: [cell(name), ...years.map((y) => cell(byYear.get(y) ?? '–', true))] })),
    ],
  };
}
