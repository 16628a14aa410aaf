/**
 * A case as a whole ("hvad er KIK II?", "show Projekt Superb"): what it is, its economy by year, its goals
 * with status, and its source; buttons ask about its measures.
 */
import template from './case-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { alternativeButton } from './answer-card.js';

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
  economy: { year: number; label: string; valueText: string }[];
  goals: { title: string; targetText: string; deadline?: string; status?: string }[];
  source?: string;
  questions: { label: string; q: string }[];
}

const LABELS = {
  da: { org: 'Organisation', period: 'Periode', status: 'Status', source: 'Kilde', economy: 'Økonomi pr. år', goals: 'Mål', by: 'pr.' },
  en: { org: 'Organisation', period: 'Period', status: 'Status', source: 'Source', economy: 'Economy by year', goals: 'Goals', by: 'by' },
} as const;

export function caseCard(view: CaseCardView, buttons: Button[] = view.questions.slice(0, 3).map((q) => alternativeButton(q, view.lang))): AdaptiveCard {
  const l = LABELS[view.lang];
  const facts = [
    { title: l.org, value: view.orgName },
    ...(view.period ? [{ title: l.period, value: view.period }] : []),
    ...(view.status ? [{ title: l.status, value: view.status }] : []),
    ...(view.source ? [{ title: l.source, value: view.source }] : []),
  ];
  return expandTemplate(template, {
    title: view.title,
    heading: view.code && view.code !== view.title ? `${view.code} – ${view.title}` : view.title,
    subtitle: view.kind,
    summary: view.summary ?? '',
    facts,
    economyLabel: l.economy,
    economy: view.economy.map((r) => ({ title: `${r.year} · ${r.label}`, value: r.valueText })),
    goalsLabel: l.goals,
    goals: view.goals.map((g) => `${g.title}: ${g.targetText}${g.deadline ? ` ${l.by} ${g.deadline}` : ''}${g.status ? ` – ${g.status}` : ''}`),
    buttons,
  });
}
