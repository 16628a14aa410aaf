/**
 * A case as a whole ("hvad er KIK II?", "show Projekt Superb"): what it is, its source, its goals with
 * status — on one screen — and its economy by year behind a toggle (Action.ToggleVisibility), one table
 * for the case's own lines and one per group its document names ("pr. udvalg"); buttons ask about its measures.
 */
import template from './case-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Lang } from './card.js';
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
  da: { org: 'Organisation', period: 'Periode', status: 'Status', source: 'Kilde', economy: 'Økonomi pr. år', goals: 'Mål', by: 'pr.', showEconomy: (n: number) => `Vis økonomi pr. år (${n} linjer)`, ask: 'Spørg om:' },
  en: { org: 'Organisation', period: 'Period', status: 'Status', source: 'Source', economy: 'Economy by year', goals: 'Goals', by: 'by', showEconomy: (n: number) => `Show economy by year (${n} lines)`, ask: 'Ask about:' },
} as const;

/** A case's status as stored ("proposed") in the reader's words; any other text is shown as given. */
const CASE_STATUS: Record<Lang, Record<string, string>> = {
  da: { proposed: 'foreslået', planned: 'planlagt', active: 'i gang', completed: 'afsluttet', stopped: 'stoppet' },
  en: { proposed: 'proposed', planned: 'planned', active: 'under way', completed: 'completed', stopped: 'stopped' },
};

/** On a case's own card its name goes without saying: "KIK II: borgere …" reads "Borgere …" (a question button, a goal). */
function withoutOwnName(view: Pick<CaseCardView, 'code'>, label: string): string {
  if (!view.code || !label.startsWith(`${view.code}: `)) return label;
  const rest = label.slice(view.code.length + 2);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

export function caseCard(view: CaseCardView): AdaptiveCard {
  const asked = view.questions.slice(0, 3).map((q) => ({ label: withoutOwnName(view, q.label), q: q.q }));
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
    economyToggle: l.showEconomy(new Set(view.economy.map((r) => r.label)).size),
    economy: economyTables(view),
    goalsLabel: l.goals,
    // "Mindst 26 borgere selvforsørgende pr. 31. januar 2019: 26 personer – nået": a deadline the title already says is not said twice.
    goals: view.goals.map((g) => `${g.title}: ${g.targetText}${g.deadline && !g.title.includes(g.deadline) ? ` ${l.by} ${g.deadline}` : ''}${g.status ? ` – ${g.status}` : ''}`),
    // Each question in full as a line to tap: buttons would cut KPI names this long.
    questionsLabel: l.ask,
    questions: asked.map((q) => ({ title: q.label, data: alternativeButton(q.label, q.q, view.lang).data })),
  });
}

/** Money in millions on every row, whatever unit each figure was stored in, so a row reads in one unit. */
const MILLIONS: Record<string, number> = { 'mio. kr.': 1, '1.000 kr.': 1 / 1000, 'kr.': 1 / 1_000_000 };

/**
 * The economy as Herning's form has it: Tables with the years as columns and one row per line, each row in
 * one unit named once in its label ("Besparelse (budget), mio. kr."), instead of a fact per line and year.
 * Lines the document groups ("KIK II pr. udvalg: Netto", by committee) get their own table under the
 * group's name ("Pr. udvalg"), so a committee's line is never read as the case's total.
 */
function economyTables(view: CaseCardView): { heading: string; columns: object[]; rows: object[] }[] {
  const l = LABELS[view.lang];
  const own = view.code ? new RegExp(`^${view.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: ([^:]+))?: `) : undefined;
  const groups = new Map<string, CaseCardView['economy']>();
  for (const r of view.economy) {
    const group = own?.exec(r.label)?.[1] ?? '';
    groups.set(group, [...(groups.get(group) ?? []), r]);
  }
  return [...groups].map(([group, lines]) => ({
    heading: group ? group.charAt(0).toLocaleUpperCase() + group.slice(1) : l.economy,
    ...economyTable(view, lines, own),
  }));
}

function economyTable(view: CaseCardView, lines: CaseCardView['economy'], own: RegExp | undefined): { columns: object[]; rows: object[] } {
  const years = [...new Set(lines.map((r) => r.year))].sort((a, b) => a - b);
  const rows = new Map<string, Map<number, string>>();
  for (const r of lines) {
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
