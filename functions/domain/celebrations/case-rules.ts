/** The first figures of a new case. */
import { actualSeries } from '../goals/series.js';
import type { Case, Kpi } from '../model.js';
import { celebration, isRecent, ref, type RuleContext } from './context.js';
import type { FigureLike } from './figure-rules.js';
import type { Celebration } from './types.js';


/**
 * A case whose KPIs have actual figures, the earliest of them recent: the case has just begun to show
 * results. Celebrated once per case, naming its first figure (when several KPIs started on the same day,
 * the one listed first in `kpis`, so the caller's order of measures decides).
 */
export function caseCelebrations(
  cases: readonly Pick<Case, 'id' | 'orgId' | 'status'>[],
  kpis: readonly Kpi[],
  figuresByKpi: ReadonlyMap<string, readonly FigureLike[]>,
  ctx: RuleContext,
): Celebration[] {
  const out: Celebration[] = [];
  for (const c of cases) {
    if (c.status === 'stopped') continue;
    const firsts = kpis
      .filter((k) => k.caseId === c.id)
      .flatMap((kpi) => {
        const first = actualSeries({ kpiId: kpi.id, orgId: kpi.orgId }, figuresByKpi.get(kpi.id) ?? [], ctx.asOf)[0];
        return first ? [{ kpi, first }] : [];
      })
      .sort((a, b) => a.first.date.localeCompare(b.first.date));
    const earliest = firsts[0];
    if (!earliest || !isRecent(earliest.first.date, ctx)) continue;
    const shown = firsts.filter((f) => f.first.date === earliest.first.date)[0]!;
    const words = ctx.names.figureWords(shown.kpi, ctx.names.caseName(c.id), shown.first.period, shown.first.value);
    out.push(
      celebration(ctx, ref('first-figures', c.id), earliest.first.date, words, {
        caseId: c.id,
        kpiId: shown.kpi.id,
        period: shown.first.period,
        value: shown.first.value,
      }),
    );
  }
  return out;
}
