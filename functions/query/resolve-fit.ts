/** Whether a measure's figures fit the kind and the period a frame asks for. */
import type { FigureKind, Kpi } from '../domain/model.js';
import type { Frame } from '../domain/query/index.js';
import type { Catalogue } from './catalogue.js';
import { choosePeriod, resolvePeriod, yearsInside } from './figures.js';
import type { ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

/** "faktisk" asked of a measure with only targets, "budget" of one with only actual figures. */
export function lacksStrictKind(f: Frame, mine: ResolvedFigure[]): boolean {
  const strict = f.strict;
  if (!strict || !mine.length) return false;
  // The comparison's own kind ("over budgettet") is what the operation compares with, checked there.
  if ((f.operation === 'versus-budget' && strict.kind === 'budget') || f.operation === 'versus-target') return false;
  // A unit asked ("hvor mange pladser er budgetteret?") is the question's own; otherwise the kind's unit holds.
  const only = f.units.length ? undefined : strict.othersOnlyIn;
  return !mine.some((x) => strict.accepts.includes(x.kind) && (!only || x.kind === strict.kind || unitFamily(x.unit) === only));
}

/** Kinds the operation itself uses ("i forhold til budgettet" names budget as the comparison, not the answer). */
export function askedKinds(f: Frame): Frame['kinds'] {
  if (f.operation === 'versus-target') return f.kinds.filter((k) => k !== 'target' && k !== 'expected');
  if (f.operation === 'versus-budget') return f.kinds.filter((k) => k !== 'budget');
  return f.kinds;
}

const PLAN: readonly FigureKind[] = ['expected', 'target'];

export function kindFits(f: Frame, mine: ResolvedFigure[], cat: Catalogue, kpi: Kpi, org: string): boolean {
  const kinds = askedKinds(f);
  if (f.operation === 'versus-target') {
    const hasGoal = (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org && g.target !== undefined);
    if (!hasGoal && !mine.some((x) => x.kind === 'target' || x.kind === 'expected')) return false;
  }
  if (f.operation === 'versus-budget' && !mine.some((x) => x.kind === 'budget')) return false;
  if (!kinds.length) return true;
  if (kinds.includes('target') && (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org && g.target !== undefined)) return true;
  // A plan's figures stand for one another: "det forventede antal pr. 31. januar 2019" of a measure with only a target
  // for that day is its target (the answer names the kind), not another measure's forecast of something else; a target
  // for another day is no forecast for the period asked.
  if (kinds.some((k) => PLAN.includes(k))) {
    const plans = mine.filter((x) => PLAN.includes(x.kind));
    const p = f.latest ? undefined : f.periods[0];
    if (plans.length && (!p || plans.some((x) => x.period === resolvePeriod(p, plans).period))) return true;
  }
  return mine.some((x) => kinds.includes(x.kind));
}

export function periodFits(f: Frame, mine: ResolvedFigure[]): boolean {
  if (f.operation === 'change' || f.operation === 'percent-change') {
    const ends = [f.since, ...f.periods.flatMap((p) => p.split('--'))].filter((p): p is string => !!p).map((p) => resolvePeriod(p, mine).period);
    return ends.every((p) => !!choosePeriod(mine, p).figure);
  }
  const p = f.latest ? undefined : f.periods[0];
  if (!p) return true;
  const period = resolvePeriod(p, mine).period;
  return !!choosePeriod(mine, period).figure || (period.includes('--') && !!yearsInside(mine, period));
}

export function partOnly(f: Frame, mine: ResolvedFigure[]): boolean {
  const p = f.latest || (f.operation !== 'lookup' && f.operation !== 'sum') ? undefined : f.periods[0];
  if (!p || p.includes('@')) return false;
  const choice = choosePeriod(mine, p);
  const got = choice.figure;
  return !!choice.wider || (!!got && got.period !== p && got.period.includes('--') && !p.includes('--'));
}
