/** From the goal engine's trees and the new celebrations to the digest's view model, in the reader's language. */
import type { Celebration } from '../domain/celebrations/index.js';
import { formatNumber, formatQuantity } from '../domain/format.js';
import { describeGoal, STATUS_ORDER, statusLabel, type GoalStatus, type GoalTree } from '../domain/goals/index.js';
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

function emptyCounts(): Record<GoalStatus, number> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>;
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

export function toView(v: ViewInput): DigestView {
  const lang = v.subscription.language;
  const kpis = new Map(v.inputs.kpis.map((k) => [k.id, k]));
  const goals = new Map(v.inputs.goals.map((g) => [g.id, g]));
  const cases = new Map(v.inputs.cases.map((c) => [c.id, c]));
  const orgName = v.inputs.organisation?.name ?? v.subscription.orgId ?? '';
  const counts = emptyCounts();
  const byCase = new Map<string, CaseView>();
  let staleGoals = 0;

  const visit = (tree: GoalTree) => {
    const e = tree.evaluation;
    const goal = goals.get(e.goalId)!;
    const kpi = kpis.get(e.kpiId)!;
    const c = e.caseId ? cases.get(e.caseId) : undefined;
    const caseName = c?.code ?? c?.title;
    counts[tree.status] += 1;
    if (e.stale) staleGoals += 1;
    const key = e.caseId ?? '';
    const group = byCase.get(key) ?? { ...(e.caseId ? { caseId: e.caseId } : {}), name: caseName ?? orgName, ...(c && c.code ? { title: c.title } : {}), goals: [] };
    byCase.set(key, group);
    const q = (value: number) => formatQuantity(value, kpi.unit, kpi.scale, lang);
    const shown = e.judgedBy ?? e.latest;
    const view: GoalView = {
      goalId: e.goalId,
      title: goal.title[lang],
      kpiName: kpi.name[lang],
      level: e.level,
      status: tree.status,
      statusLabel: statusLabel(tree.status, lang),
      sentence: describeGoal(e, { kpiName: kpi.name[lang], ...(caseName ? { caseName } : {}), unit: kpi.unit, scale: kpi.scale }, lang),
      targetText: e.target === undefined ? NOT_GIVEN[lang] : q(e.target),
      deadlineText: e.deadline === undefined ? NOT_GIVEN[lang] : periodLabel(e.deadline, lang),
      series: trendSeries(e),
    };
    if (e.target !== undefined) view.target = e.target;
    if (shown) view.valueText = `${q(shown.value)} (${periodLabel(shown.period, lang)})`;
    const change = changeText(tree, kpi, lang, v.since);
    if (change) view.changeText = change;
    if (e.stale) view.staleText = staleText(e.latest?.period, e.ageDays, lang);
    if (tree.subGoals.length) view.subGoalsText = subGoalsText(tree, lang);
    group.goals.push(view);
    tree.subGoals.forEach(visit);
  };
  v.trees.forEach(visit);

  const caseViews = [...byCase.values()].sort((a, b) => (a.caseId ?? '').localeCompare(b.caseId ?? ''));
  const audienceName = v.subscription.caseIds.length
    ? v.subscription.caseIds.map((id) => cases.get(id)?.code ?? cases.get(id)?.title ?? id).join(', ')
    : orgName;
  const view: DigestView = {
    subscriptionId: v.subscription.id,
    lang,
    asOf: v.asOf,
    period: v.period,
    audienceName,
    headline: headline(audienceName, v.period, lang),
    celebrations: v.celebrations.map((c) => ({ key: c.key, text: c.text[lang] })),
    cases: caseViews,
    counts,
    staleGoals,
  };
  if (v.since) view.since = v.since;
  const { time, timeZone } = v.subscription;
  const fetched = jobindsatsLine(v.inputs.figures, v.inputs.kpis, { ...(v.since ? { since: v.since } : {}), asOf: v.asOf, time, timeZone }, lang);
  if (fetched) view.sourceText = fetched;
  const firstCase = caseViews.find((c) => c.caseId)?.caseId;
  if (firstCase) view.firstCaseId = firstCase;
  return view;
}

/** The figures, with the baseline in front when it is older than the first figure: the trend starts where the effort did. */
function trendSeries(e: GoalTree['evaluation']): GoalView['series'] {
  const series = e.series.map((o) => ({ period: o.period, date: o.date, value: o.value }));
  if (e.baseline) {
    const date = periodEnd(e.baseline.period);
    if (!series.length || date < series[0]!.date) series.unshift({ period: e.baseline.period, date, value: e.baseline.value });
  }
  return series;
}

function headline(audience: string, period: string, lang: Lang): string {
  const week = Number(period.slice(-2));
  return lang === 'da' ? `Ugens mål for ${audience} – uge ${week}` : `This week's goals for ${audience} – week ${week}`;
}

function changeText(tree: GoalTree, kpi: Kpi, lang: Lang, since: string | undefined): string | undefined {
  if (!since) return undefined;
  const change = tree.evaluation.change;
  const when = periodLabel(since, lang);
  if (!change || change.newFigures === 0) return lang === 'da' ? `Ingen nye tal siden ${when}.` : `No new figures since ${when}.`;
  const parts: string[] = [];
  if (change.delta !== null && change.delta !== 0) {
    const sign = change.delta > 0 ? '+' : '−';
    const amount = `${sign}${formatQuantity(Math.abs(change.delta), kpi.unit, kpi.scale, lang)}`;
    const verdict = change.improved === null ? '' : change.improved ? (lang === 'da' ? ' (bedre)' : ' (better)') : lang === 'da' ? ' (dårligere)' : ' (worse)';
    parts.push(amount + verdict);
  } else {
    const n = change.newFigures;
    parts.push(lang === 'da' ? `${n} ${n === 1 ? 'nyt' : 'nye'} tal` : `${n} new ${n === 1 ? 'figure' : 'figures'}`);
  }
  if (change.statusThen !== tree.evaluation.status) {
    parts.push(`${statusLabel(change.statusThen, lang)} → ${statusLabel(tree.evaluation.status, lang)}`);
  }
  return `${lang === 'da' ? 'Siden' : 'Since'} ${when}: ${parts.join('; ')}.`;
}

function staleText(period: string | undefined, ageDays: number | undefined, lang: Lang): string {
  if (!period || ageDays === undefined) return lang === 'da' ? 'Ingen tal endnu.' : 'No figures yet.';
  const days = formatNumber(ageDays, lang);
  return lang === 'da' ? `Nyeste tal er fra ${periodLabel(period, lang)} (${days} dage gamle).` : `The newest figure is from ${periodLabel(period, lang)} (${days} days old).`;
}

function subGoalsText(tree: GoalTree, lang: Lang): string {
  const achieved = tree.subGoalStatus.achieved;
  const total = tree.subGoals.length;
  return lang === 'da' ? `${achieved} af ${total} delmål nået` : `${achieved} of ${total} sub-goals achieved`;
}
