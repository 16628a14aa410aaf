/** How figure updates word a figure and a line of its history, in both languages. */
import { formatWhen } from '../../cards/proposal-wording.js';
import { formatQuantity } from '../domain/format.js';
import type { AuditEntry, Figure, FigureKind, Kpi } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';
import { SEED_ACTOR } from '../store/seed-entities.js';
import type { Stored } from '../store/store.js';

/**
 * "408 personer (Mette Jensen, 30.11.2026 kl. 11.00)": a figure as it stands, and who last wrote it when
 * (Danish time). A figure as loaded from its document has no time of its own, only the document's year.
 */
export function describe(f: Stored<Figure> | Figure, kpi: Kpi, lang: Lang): string {
  const value = formatQuantity(f.value, kpi.unit, kpi.scale, lang);
  if (f.updatedBy.id === SEED_ACTOR.id && f.updatedBy.kind === SEED_ACTOR.kind) {
    return `${value} (${lang === 'da' ? 'fra kildedokumentet' : 'from the source document'}, ${f.updatedAt.slice(0, 4)})`;
  }
  return `${value} (${f.updatedBy.name ?? f.updatedBy.id}, ${formatWhen(f.updatedAt, lang)})`;
}

/** One audit entry of a KPI's history: when (in Danish time, summer or winter, as the reader writes dates), who, and the figure before → after. */
export function historyLine(e: AuditEntry, kpi: Kpi, lang: Lang): string {
  const who = e.actor.name ?? e.actor.id;
  const before = e.before as Partial<Figure> | undefined;
  const after = e.after as Partial<Figure> | undefined;
  const when = formatWhen(e.at, lang);
  const fmt = (v: unknown) => (typeof v === 'number' ? formatQuantity(v, kpi.unit, kpi.scale, lang) : '–');
  const kind = after?.kind ? KIND_WORDS[lang][after.kind] : '';
  const what = e.entityType === 'figure' && after?.period ? `${kind} ${periodLabel(after.period, lang)}: ${before ? `${fmt(before.value)} → ` : ''}${fmt(after.value)}` : `${e.entityType} ${e.action}`;
  const how = e.action === 'import' ? (lang === 'da' ? ' (import)' : ' (import)') : '';
  return `${when} · ${who}: ${what}${how}`;
}

const KIND_WORDS: Record<Lang, Record<FigureKind, string>> = {
  da: { actual: 'faktisk', budget: 'budget', target: 'mål', expected: 'forventet', counterfactual: 'kontrafaktisk', potential: 'potentiale', difference: 'forskel' },
  en: { actual: 'actual', budget: 'budget', target: 'target', expected: 'expected', counterfactual: 'counterfactual', potential: 'potential', difference: 'difference' },
};
