/**
 * One figure entered in chat (the update card). Validation names each bad field so the card can show
 * it next to the input; nothing is written unless everything is valid. Writes are guarded by ETags:
 * a figure that already exists is only replaced after the user has seen its current value (the card
 * carries that version's ETag back), so two people editing the same figure cannot overwrite each other
 * unseen. The reply shows the figure's effect on its goals: status before → after.
 */
import { z } from 'zod';
import { ConflictError, PreconditionFailedError, type FieldError } from '../domain/errors.js';
import { evaluateGoal, type GoalStatus } from '../domain/goals/index.js';
import { FigureKindSchema, figureId, type Actor, type Figure, type Goal, type Kpi } from '../domain/model.js';
import { periodEnd, type Lang } from '../domain/period.js';
import { containsCpr } from '../domain/personal-data.js';
import { auditedWrite } from '../store/audit.js';
import { unstored, type Stored, type Store } from '../store/store.js';
import { cellNumber } from '../import/cells.js';
import { backwardsRange, normalisePeriod } from '../import/periods.js';

/** What the card submits. Everything arrives as text; the card keeps it as typed when sent back. */
export const FigureUpdateSubmitSchema = z.looseObject({
  org: z.string().max(200).optional(),
  case: z.string().max(200).optional(),
  /** The card's KPI search words: kept when the card comes back, never stored. */
  q: z.string().max(100).optional(),
  kpi: z.string().max(200).optional(),
  kind: z.string().max(40).optional(),
  period: z.string().max(60).optional(),
  value: z.string().max(60).optional(),
  note: z.string().max(1000).optional(),
  /** The ETag of the existing figure the user was shown; present only on a confirmed overwrite. */
  expectedEtag: z.string().max(200).optional(),
});
export type FigureUpdateSubmit = z.infer<typeof FigureUpdateSubmitSchema>;

export interface GoalEffect {
  goal: Goal;
  before: GoalStatus;
  after: GoalStatus;
}

export type UpdateOutcome =
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'unchanged'; figure: Stored<Figure>; kpi: Kpi }
  /** The figure exists: show it and ask before replacing. Nothing was written. */
  | { kind: 'confirm'; existing: Stored<Figure>; kpi: Kpi }
  /** Somebody else wrote the figure after the user saw it. Nothing was written. */
  | { kind: 'conflict'; current: Stored<Figure>; kpi: Kpi }
  | { kind: 'saved'; figure: Stored<Figure>; before?: Stored<Figure>; kpi: Kpi; effects: GoalEffect[] };

/** `mayChange`: whether the user may change figures of a KPI of this organisation (the policy's figures.write). */
export async function updateFigure(store: Store, input: FigureUpdateSubmit, actor: Actor, at: string, lang: Lang, mayChange: (kpiOrgId: string) => boolean): Promise<UpdateOutcome> {
  const checked = await check(store, input, lang, mayChange);
  if ('errors' in checked) return { kind: 'invalid', errors: checked.errors };
  const { kpi, figure } = checked;
  const existing = await store.figures.get(figure.id, kpi.id);
  if (existing && existing.value === figure.value && (existing.note ?? '') === (figure.note ?? '')) return { kind: 'unchanged', figure: existing, kpi };
  if (existing && !input.expectedEtag) return { kind: 'confirm', existing, kpi };

  const next: Figure = { ...figure, updatedAt: at, updatedBy: actor };
  const figuresBefore = await store.figures.findAll({ partitionKey: kpi.id });
  let saved: Stored<Figure>;
  try {
    // Entry first, taken back if the write fails: the figure never changes without its audit entry.
    const entry = { entityType: 'figure', entityId: next.id, action: existing ? 'update' : 'create', actor, at, ...(existing ? { before: existing } : {}), after: next } as const;
    saved = await auditedWrite(store, entry, () => (existing ? store.figures.replace(next, input.expectedEtag!) : store.figures.create(next)));
  } catch (error) {
    if (error instanceof ConflictError || error instanceof PreconditionFailedError) {
      const current = await store.figures.get(figure.id, kpi.id);
      if (current) return { kind: 'conflict', current, kpi };
    }
    throw error;
  }
  const effects = await goalEffects(store, kpi, figuresBefore, saved);
  return { kind: 'saved', figure: saved, ...(existing ? { before: existing } : {}), kpi, effects };
}

async function check(store: Store, input: FigureUpdateSubmit, lang: Lang, mayChange: (kpiOrgId: string) => boolean): Promise<{ errors: FieldError[] } | { kpi: Kpi; figure: Omit<Figure, 'updatedAt' | 'updatedBy'> }> {
  const errors: FieldError[] = [];
  const need = (field: keyof FigureUpdateSubmit, message: string) => errors.push({ field, message: pick(message, lang) });
  const orgId = input.org?.trim();
  const org = orgId ? await store.organisations.get(orgId, orgId) : undefined;
  if (!orgId) need('org', 'Vælg en organisation | Choose an organisation');
  else if (!org) need('org', `Ukendt organisation "${orgId}" | Unknown organisation "${orgId}"`);

  const kpiId = input.kpi?.trim();
  const kpiOrg = kpiId?.split('.')[0];
  const kpi = kpiId && kpiOrg ? await store.kpis.get(kpiId, kpiOrg) : undefined;
  if (!kpiId) need('kpi', 'Vælg et nøgletal | Choose a KPI');
  else if (!kpi) need('kpi', `Ukendt nøgletal "${kpiId}" | Unknown KPI "${kpiId}"`);
  else if (!mayChange(kpi.orgId)) need('kpi', `Kun redaktører i ${kpi.orgId} kan ændre dets tal | Only editors of ${kpi.orgId} can change its figures`);
  else if (org && org.kind === 'municipality' && kpi.orgId !== org.id) need('kpi', `Nøgletallet hører til ${kpi.orgId} | The KPI belongs to ${kpi.orgId}`);
  const caseId = input.case?.trim();
  if (kpi && caseId && kpi.caseId !== caseId && !(kpi.caseId ?? '').startsWith(`${caseId}.`)) {
    need('kpi', `Nøgletallet hører ikke til sagen ${caseId} | The KPI is not part of case ${caseId}`);
  }

  const kind = FigureKindSchema.safeParse(input.kind?.trim() || 'actual');
  if (!kind.success) need('kind', 'Vælg en art | Choose a kind');

  const periodText = input.period?.trim() ?? '';
  const period = periodText ? normalisePeriod(periodText) : undefined;
  if (!period && periodText && backwardsRange(periodText)) {
    need('period', `"${periodText}" slutter før den begynder; skriv den tidligste periode først | "${periodText}" ends before it starts; write the earlier period first`);
  } else if (!period) {
    need('period', periodText ? `"${periodText}" er ikke en periode (fx 2018-09, sep 2018, 30-09-2018) | "${periodText}" is not a period (e.g. 2018-09, Sep 2018, 30-09-2018)` : 'Skriv en periode | Enter a period');
  }

  const valueText = input.value?.trim() ?? '';
  const value = cellNumber(valueText);
  if (!valueText) need('value', 'Skriv en værdi | Enter a value');
  else if (!value.ok) need('value', `"${valueText}" er ikke et tal (fx 1.869 eller 15,9) | "${valueText}" is not a number (e.g. 1.869 or 15,9 in Danish style)`);
  else if (value.percent && kpi && kpi.unit !== 'percent') need('value', 'Nøgletallet er ikke i procent | The KPI is not a percentage');

  const note = input.note?.trim();
  if (note && containsCpr(note)) need('note', 'Målbot gemmer ingen CPR-numre | Målbot stores no CPR numbers');

  if (errors.length || !kpi || !org || !kind.success || !period || !value.ok) return { errors };
  const base = { kpiId: kpi.id, orgId: org.id, kind: kind.data, period };
  return {
    kpi,
    figure: { ...base, id: figureId(base), value: value.value, source: { document: 'Målbot (indtastet i Teams)', locator: 'Opdateringskort' }, ...(note ? { note } : {}) },
  };
}

/**
 * Each goal of the KPI evaluated without and with the new figure. "As of" is the end of the newest
 * actual period: the status as it reads once this figure is in, not as of today, when figures from
 * a past programme would all be stale.
 */
async function goalEffects(store: Store, kpi: Kpi, before: Stored<Figure>[], saved: Stored<Figure>): Promise<GoalEffect[]> {
  const goals = await store.goals.findAll({ partitionKey: kpi.orgId, where: { kpiId: kpi.id } });
  const relevant = goals.filter((g) => g.orgId === saved.orgId);
  if (!relevant.length) return [];
  const plain = before.map((f) => unstored(f));
  const after = [...plain.filter((f) => f.id !== saved.id), unstored(saved)];
  const asOf = after.filter((f) => f.kind === 'actual').map((f) => periodEnd(f.period)).sort().at(-1) ?? periodEnd(saved.period);
  return relevant.map((g) => {
    const goal = unstored(g);
    return {
      goal,
      before: evaluateGoal(goal, kpi, plain, { asOf }).status,
      after: evaluateGoal(goal, kpi, after, { asOf }).status,
    };
  });
}

/** Messages are written "Danish | English"; the card shows the user's half. */
function pick(message: string, lang: Lang): string {
  const [da, en] = message.split(' | ');
  return (lang === 'da' ? da : en ?? da)!;
}
