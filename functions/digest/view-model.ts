/**
 * From the goal engine's trees and the new celebrations to the digest's view model, in the reader's language.
 * Every goal's fields come from its verdict (domain/goals/verdict.ts) and the header counts from the same
 * verdicts, so the card cannot state two things that disagree.
 */
import type { Celebration } from '../domain/celebrations/index.js';
import { formatNumber, formatQuantity } from '../domain/format.js';
import { countByStatus, STATUS_ORDER, statusLabel, verdicts, type GoalStatus, type GoalTree, type GoalVerdict } from '../domain/goals/index.js';
import type { Case, Figure, Goal, Kpi, Organisation, Proposal, Subscription } from '../domain/model.js';
import { periodEnd, periodLabel, type Lang } from '../domain/period.js';
import { jobindsatsLine } from '../jobindsats/digest-line.js';
import type { CaseView, DigestView, GoalView } from './view.js';

/** What a digest is built from: the organisation's cases, goals, KPIs, figures and proposals. */
export interface DigestInputs {
  organisation?: Organisation;
  cases: Case[];
  goals: Goal[];
  kpis: Kpi[];
  figures: Figure[];
  proposals: Proposal[];
}

interface ViewInput {
  subscription: Subscription;
  inputs: DigestInputs;
  trees: GoalTree[];
  celebrations: Celebration[];
  asOf: string;
  period: string;
  since: string | undefined;
}

/** What the digest shows for a target or deadline the source does not give. */
const NOT_GIVEN: Record<Lang, string> = { da: 'ikke angivet i kilden', en: 'not given in the source' };
/** Points a trend shows at most: the recent trend is what a weekly digest is about. */
const TREND_POINTS = 6;

export function toView(v: ViewInput): DigestView {
  const lang = v.subscription.language;
  const kpis = new Map(v.inputs.kpis.map((k) => [k.id, k]));
  const goals = new Map(v.inputs.goals.map((g) => [g.id, g]));
  const cases = new Map(v.inputs.cases.map((c) => [c.id, c]));
  const orgName = v.inputs.organisation?.name ?? v.subscription.orgId ?? '';
  const byCase = new Map<string, CaseView>();
  const all = verdicts(v.trees);

  for (const verdict of all) {
    const e = verdict.evaluation;
    const goal = goals.get(e.goalId)!;
    const kpi = kpis.get(e.kpiId)!;
    const c = e.caseId ? cases.get(e.caseId) : undefined;
    const key = e.caseId ?? '';
    const group = byCase.get(key) ?? { ...(e.caseId ? { caseId: e.caseId } : {}), name: c?.code ?? c?.title ?? orgName, ...(c && c.code ? { title: c.title } : {}), goals: [] };
    byCase.set(key, group);
    group.goals.push(goalView(verdict, goal.title[lang], kpi, lang, v.since));
  }

  const caseViews = [...byCase.values()].sort((a, b) => (a.caseId ?? '').localeCompare(b.caseId ?? ''));
  const audienceName = v.subscription.caseIds.length
    ? v.subscription.caseIds.map((id) => cases.get(id)?.code ?? cases.get(id)?.title ?? id).join(', ')
    : orgName;
  const view: DigestView = {
    subscriptionId: v.subscription.id,
    subscribed: v.subscription.active,
    lang,
    asOf: v.asOf,
    period: v.period,
    audienceName,
    headline: headline(audienceName, v.period, lang),
    celebrations: v.celebrations.map((c) => ({ key: c.key, text: c.text[lang] })),
    cases: caseViews,
    counts: countByStatus(all),
  };
  if (v.since) view.since = v.since;
  const { time, timeZone } = v.subscription;
  const fetched = jobindsatsLine(v.inputs.figures, v.inputs.kpis, { ...(v.since ? { since: v.since } : {}), asOf: v.asOf, time, timeZone }, lang);
  if (fetched) view.sourceText = fetched;
  const firstCase = caseViews.find((c) => c.caseId)?.caseId;
  if (firstCase) view.firstCaseId = firstCase;
  return view;
}

function goalView(verdict: GoalVerdict, title: string, kpi: Kpi, lang: Lang, since: string | undefined): GoalView {
  const e = verdict.evaluation;
  const q = (value: number) => formatQuantity(value, kpi.unit, kpi.scale, lang);
  const label = statusLabel(verdict.status, lang);
  const view: GoalView = {
    goalId: e.goalId,
    title,
    kpiName: kpi.name[lang],
    level: e.level,
    status: verdict.status,
    statusLabel: verdict.basis === 'sub-goals' ? (lang === 'da' ? `${label} ifølge delmålene` : `${label} by its sub-goals`) : label,
    targetText: e.target === undefined ? NOT_GIVEN[lang] : q(e.target),
    deadlineText: e.deadline === undefined ? NOT_GIVEN[lang] : periodLabel(e.deadline, lang),
    series: trendSeries(e),
    focus: false,
  };
  if (e.target !== undefined) view.target = e.target;
  if (verdict.figure) view.valueText = `${q(verdict.figure.value)} (${periodLabel(verdict.figure.period, lang)})`;
  const note = figureNote(verdict, lang);
  if (note) view.figureNote = note;
  const change = changeText(verdict, kpi, lang, since);
  if (change) view.changeText = change;
  if (verdict.subGoals.total) view.subGoalsText = subGoalsText(verdict, lang);
  if (view.series.length >= 2) view.trendText = trendText(view.series, e.target, kpi, lang);
  const changed = e.change !== undefined && (e.change.newFigures > 0 || e.change.statusThen !== e.status);
  view.focus = verdict.status === 'at-risk' || verdict.status === 'off-track' || changed;
  return view;
}

/** The figures, with the baseline in front when it is older than the first figure: the trend starts where the effort did. */
function trendSeries(e: GoalVerdict['evaluation']): GoalView['series'] {
  const series = e.series.map((o) => ({ period: o.period, date: o.date, value: o.value }));
  if (e.baseline) {
    const date = periodEnd(e.baseline.period);
    if (!series.length || date < series[0]!.date) series.unshift({ period: e.baseline.period, date, value: e.baseline.value });
  }
  return series.slice(-TREND_POINTS);
}

/** "771 → 978 personer (mål 1.117 personer)": the unit once, at the end, unless each figure needs its own (money, shares). */
function trendText(series: GoalView['series'], target: number | undefined, kpi: Kpi, lang: Lang): string {
  const own = kpi.unit === 'dkk' || kpi.unit === 'percent' || kpi.unit === 'rank';
  const q = (value: number) => formatQuantity(value, kpi.unit, kpi.scale, lang);
  const bare = (value: number) => (own ? q(value) : formatNumber(value * kpi.scale, lang));
  const values = series.map((p, i) => (i === series.length - 1 ? q(p.value) : bare(p.value)));
  const goal = target === undefined ? '' : lang === 'da' ? ` (mål ${q(target)})` : ` (target ${q(target)})`;
  return `${lang === 'da' ? 'Udvikling' : 'Trend'}: ${values.join(' → ')}${goal}`;
}

function headline(audience: string, period: string, lang: Lang): string {
  const week = Number(period.slice(-2));
  return lang === 'da' ? `Ugens mål for ${audience} – uge ${week}` : `This week's goals for ${audience} – week ${week}`;
}

/** Why the status does not rest on a fresh figure of the goal's own; nothing when it does. */
function figureNote(verdict: GoalVerdict, lang: Lang): string | undefined {
  const bySubGoals = verdict.basis === 'sub-goals' ? (lang === 'da' ? ' Status ud fra delmålene.' : ' Status from the sub-goals.') : '';
  if (verdict.figures === 'none') return (lang === 'da' ? 'Ingen tal endnu.' : 'No figures yet.') + bySubGoals;
  if (verdict.figures === 'old') {
    const days = verdict.ageDays === undefined ? undefined : formatNumber(verdict.ageDays, lang);
    const old = lang === 'da' ? (days ? `Tallet er ${days} dage gammelt.` : 'Tallet er for gammelt.') : days ? `The figure is ${days} days old.` : 'The figure is too old.';
    return old + bySubGoals;
  }
  return undefined;
}

function changeText(verdict: GoalVerdict, kpi: Kpi, lang: Lang, since: string | undefined): string | undefined {
  if (!since) return undefined;
  const e = verdict.evaluation;
  const change = e.change;
  const when = periodLabel(since, lang);
  if (!change || change.newFigures === 0) return lang === 'da' ? `Ingen nye tal siden ${when}.` : `No new figures since ${when}.`;
  const parts: string[] = [];
  if (change.delta !== null && change.delta !== 0) {
    const sign = change.delta > 0 ? '+' : '−';
    const amount = `${sign}${formatQuantity(Math.abs(change.delta), kpi.unit, kpi.scale, lang)}`;
    const verdictWord = change.improved === null ? '' : change.improved ? (lang === 'da' ? ' (bedre)' : ' (better)') : lang === 'da' ? ' (dårligere)' : ' (worse)';
    parts.push(amount + verdictWord);
  } else {
    const n = change.newFigures;
    parts.push(lang === 'da' ? `${n} ${n === 1 ? 'nyt' : 'nye'} tal` : `${n} new ${n === 1 ? 'figure' : 'figures'}`);
  }
  // The goal's own status then and now: both judged the same way, by its own figures.
  if (change.statusThen !== e.status) parts.push(`${statusLabel(change.statusThen, lang)} → ${statusLabel(e.status, lang)}`);
  return `${lang === 'da' ? 'Siden' : 'Since'} ${when}: ${parts.join('; ')}.`;
}

/** Statuses as a count reads them: "7 uden nye tal", not "7 ingen nye tal". */
const COUNTED: Record<GoalStatus, Record<Lang, string>> = {
  achieved: { da: 'nået', en: 'achieved' },
  'on-track': { da: 'på sporet', en: 'on track' },
  'at-risk': { da: 'i fare', en: 'at risk' },
  'off-track': { da: 'ikke på sporet', en: 'off track' },
  'no-deadline': { da: 'ikke nået, uden frist', en: 'not met, no deadline' },
  'no-target': { da: 'uden måltal', en: 'without a target figure' },
  'no-recent-data': { da: 'uden nye tal', en: 'without recent figures' },
};

/** "Delmål: 3 nået, 2 uden nye tal": every sub-goal counted under the status its own card shows. */
function subGoalsText(verdict: GoalVerdict, lang: Lang): string {
  const parts = STATUS_ORDER.filter((s) => verdict.subGoals[s] > 0).map((s) => `${verdict.subGoals[s]} ${COUNTED[s][lang]}`);
  return `${lang === 'da' ? 'Delmål' : 'Sub-goals'}: ${parts.join(', ')}`;
}
