/**
 * A subscription's digest as of a date: its goals (the organisation's, or the chosen cases' and their
 * sub-cases'), each goal's status from the goal engine, the celebrations not yet recorded for this
 * subscription, and what changed since its previous digest (the last one sent).
 */
import { celebratedKeys, findCelebrations, newCelebrations, toMilestones, type Celebration } from '../domain/celebrations/index.js';
import { evaluateGoals, rollUp } from '../domain/goals/index.js';
import type { Case, Milestone, Subscription } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { addDays } from './local-time.js';
import { periodOf } from './schedule.js';
import { toView, type DigestInputs } from './view-model.js';
import type { DigestView } from './view.js';

export interface BuiltDigest {
  view: DigestView;
  celebrations: Celebration[];
  /** To record once the digest is sent. */
  milestones: Omit<Milestone, 'celebratedAt'>[];
}

export interface BuildOptions {
  asOf: string;
  /** Defaults to the ISO week of asOf. */
  period?: string;
  /** Leave out celebrations already recorded for the subscription (true for scheduled digests). */
  since?: string | null;
}

/** Everything the digest needs from the store, read per partition. */
export async function loadInputs(store: Store, subscription: Pick<Subscription, 'orgId' | 'caseIds'>): Promise<DigestInputs> {
  const orgIds = [...new Set([...(subscription.orgId ? [subscription.orgId] : []), ...subscription.caseIds.map((id) => id.split('.')[0]!)])];
  const inputs: DigestInputs = { cases: [], goals: [], kpis: [], figures: [], proposals: [] };
  for (const orgId of orgIds) {
    const [org, cases, goals, kpis, proposals] = await Promise.all([
      store.organisations.get(orgId, orgId),
      store.cases.findAll({ partitionKey: orgId }),
      store.goals.findAll({ partitionKey: orgId }),
      store.kpis.findAll({ partitionKey: orgId }),
      store.proposals.findAll({ partitionKey: orgId }),
    ]);
    if (org && !inputs.organisation) inputs.organisation = org;
    inputs.cases.push(...cases);
    inputs.proposals.push(...proposals);
    const chosen = subscription.caseIds.length ? casesWithin(cases, subscription.caseIds) : undefined;
    const kept = chosen ? goals.filter((g) => g.caseId && chosen.has(g.caseId)) : goals;
    const kpiIds = new Set(kept.map((g) => g.kpiId));
    const keptKpis = kpis.filter((k) => kpiIds.has(k.id) || (chosen ? k.caseId !== undefined && chosen.has(k.caseId) : true));
    inputs.goals.push(...kept);
    inputs.kpis.push(...keptKpis);
    const figures = await Promise.all(keptKpis.map((k) => store.figures.findAll({ partitionKey: k.id })));
    inputs.figures.push(...figures.flat());
    if (chosen) inputs.proposals = inputs.proposals.filter((p) => p.caseId && chosen.has(p.caseId));
  }
  return inputs;
}

/** The chosen cases and every case below them. */
export function casesWithin(cases: readonly Pick<Case, 'id' | 'parentId'>[], chosen: readonly string[]): Set<string> {
  const out = new Set(chosen);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of cases) if (c.parentId && out.has(c.parentId) && !out.has(c.id)) (out.add(c.id), (grew = true));
  }
  return out;
}

/** The date of the last digest sent before this period, from the subscription's delivery records. */
export async function previousDigestDate(store: Store, subscription: Subscription, period: string, asOf: string): Promise<string | undefined> {
  const deliveries = await store.deliveries.findAll({ partitionKey: subscription.id, where: { status: 'sent' } });
  const earlier = deliveries.map((d) => d.period).filter((p) => p < period).sort();
  const last = earlier.at(-1);
  if (!last) return undefined;
  const date = addDays(isoWeekMonday(last), subscription.weekday - 1);
  return date <= asOf ? date : undefined;
}

export function isoWeekMonday(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const jan4 = `${m[1]}-01-04`;
  const jan4Weekday = ((new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(jan4, 1 - jan4Weekday + (Number(m[2]) - 1) * 7);
}

export function buildDigest(subscription: Subscription, inputs: DigestInputs, celebrated: Iterable<Pick<Milestone, 'rule' | 'subjectId'>>, options: BuildOptions): BuiltDigest {
  const period = options.period ?? periodOf(options.asOf);
  const since = options.since ?? undefined;
  // A goal whose KPI has gone (deleted, or not imported yet) cannot be judged; it must not take the
  // whole digest down with it.
  const measured = new Set(inputs.kpis.map((k) => k.id));
  const goals = inputs.goals.filter((g) => measured.has(g.kpiId));
  const evaluations = evaluateGoals(goals, inputs.kpis, inputs.figures, { asOf: options.asOf, ...(since ? { since } : {}) });
  const trees = rollUp(evaluations);
  const found = findCelebrations({
    asOf: options.asOf,
    week: period,
    evaluations,
    figures: inputs.figures,
    proposals: inputs.proposals,
    cases: inputs.cases,
    kpis: inputs.kpis,
    goals,
    organisations: inputs.organisation ? [inputs.organisation] : [],
  });
  const celebrations = newCelebrations(found, celebratedKeys(celebrated));
  const view = toView({ subscription, inputs, trees, celebrations, asOf: options.asOf, period, since });
  const milestones = celebrations.flatMap((c) => toMilestones(c, subscription.id, options.asOf)).map(({ celebratedAt: _c, ...m }) => (void _c, m));
  return { view, celebrations, milestones };
}

/** Reads what the digest needs and builds it; the scheduled run, the CLI and the status command share this. */
export async function buildFromStore(store: Store, subscription: Subscription, options: { asOf: string; period?: string }): Promise<BuiltDigest> {
  const period = options.period ?? periodOf(options.asOf);
  const [inputs, milestones, since] = await Promise.all([
    loadInputs(store, subscription),
    store.milestones.findAll({ partitionKey: subscription.id }),
    previousDigestDate(store, subscription, period, options.asOf),
  ]);
  return buildDigest(subscription, inputs, milestones, { asOf: options.asOf, period, since: since ?? null });
}
