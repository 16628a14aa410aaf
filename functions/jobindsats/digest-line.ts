/**
 * The digest's line about figures Jobindsats brought since the last digest (or in the week before),
 * counted from digest time to digest time: the 05:30 fetch is in that morning's 08:00 digest,
 * naming it as their source: how many, and where each KPI now stands by the newest of them. The goals'
 * own "since …" lines and the celebrations say what that means for the goals.
 */
import { addDays, instantOf } from '../digest/local-time.js';
import { formatQuantity } from '../domain/format.js';
import type { Figure, Kpi } from '../domain/model.js';
import { comparePeriods, periodLabel, type Lang } from '../domain/period.js';
import { JOBINDSATS_ACTOR } from './source.js';

const NAMED = 3;

export interface DigestWindow {
  /** The previous digest's date, when there was one; otherwise the week before asOf. */
  since?: string;
  asOf: string;
  /** The subscription's delivery time ("08:00") and zone. */
  time: string;
  timeZone: string;
}

export function jobindsatsLine(figures: readonly Figure[], kpis: readonly Kpi[], window: DigestWindow, lang: Lang): string | undefined {
  const from = window.since ?? addDays(window.asOf, -7);
  const [hour, minute] = window.time.split(':').map(Number) as [number, number];
  const start = instantOf(from, hour, minute, window.timeZone).toISOString();
  const end = instantOf(window.asOf, hour, minute, window.timeZone).toISOString();
  const brought = figures.filter((f) => f.updatedBy.id === JOBINDSATS_ACTOR.id && new Date(f.updatedAt).toISOString() > start && new Date(f.updatedAt).toISOString() <= end);
  if (!brought.length) return undefined;
  const byId = new Map(kpis.map((k) => [k.id, k]));
  // Per KPI, its own organisation's newest figure (comparison figures came along with it).
  const newest = new Map<string, Figure>();
  for (const f of brought) {
    const kpi = byId.get(f.kpiId);
    if (!kpi || f.orgId !== kpi.orgId || f.kind !== 'actual') continue;
    const seen = newest.get(kpi.id);
    if (!seen || comparePeriods(f.period, seen.period) > 0) newest.set(kpi.id, f);
  }
  const where = [...newest.values()].slice(0, NAMED).map((f) => {
    const kpi = byId.get(f.kpiId)!;
    return `${kpi.name[lang]}: ${formatQuantity(f.value, kpi.unit, kpi.scale, lang)} (${periodLabel(f.period, lang)})`;
  });
  const more = newest.size > NAMED ? (lang === 'da' ? '; m.fl.' : '; and more') : '';
  const kpiCount = new Set(brought.map((f) => f.kpiId)).size;
  const n = brought.length;
  const head =
    lang === 'da'
      ? `Nye tal fra Jobindsats (api.jobindsats.dk) siden ${periodLabel(from, lang)}: ${n} tal for ${kpiCount} nøgletal`
      : `New figures from Jobindsats (api.jobindsats.dk) since ${periodLabel(from, lang)}: ${n} ${n === 1 ? 'figure' : 'figures'} for ${kpiCount} ${kpiCount === 1 ? 'KPI' : 'KPIs'}`;
  const line = where.length ? `${head} – ${where.join('; ')}${more}` : head;
  return line.endsWith('.') ? line : `${line}.`;
}
