/**
 * A goal's status in one plain sentence, for the digest and the bot. Bad news is stated as plainly as good
 * news ("off track: 1.250 against the target 1.117"); the cheering belongs to the celebrations.
 */
import { formatQuantity } from '../format.js';
import type { Scale, Unit } from '../model.js';
import { periodLabel, type Lang } from '../period.js';
import type { GoalEvaluation, GoalStatus } from './types.js';

export interface GoalNames {
  /** The KPI's name in the reader's language, e.g. "Kontant- og uddannelseshjælpsmodtagere". */
  kpiName: string;
  /** The case's short code or title, e.g. "KIK II"; absent for an organisation-wide goal. */
  caseName?: string;
  unit: Unit;
  scale: Scale | number;
}

const STATUS_LABEL: Record<GoalStatus, Record<Lang, string>> = {
  achieved: { da: 'nået', en: 'achieved' },
  'on-track': { da: 'på sporet', en: 'on track' },
  'at-risk': { da: 'i fare', en: 'at risk' },
  'off-track': { da: 'ikke på sporet', en: 'off track' },
  'no-deadline': { da: 'ikke nået, ingen frist', en: 'not met, no deadline' },
  'no-target': { da: 'intet måltal', en: 'no target figure' },
  'no-recent-data': { da: 'ingen nye tal', en: 'no recent figures' },
};

export function statusLabel(status: GoalStatus, lang: Lang): string {
  return STATUS_LABEL[status][lang];
}

/** "KIK II · Selvforsørgende: 408 personer (31. august 2018) mod målet 26 personer pr. 31. januar 2019 – nået." */
export function describeGoal(e: GoalEvaluation, names: GoalNames, lang: Lang): string {
  const q = (v: number) => formatQuantity(v, names.unit, names.scale, lang);
  const subject = names.caseName ? `${names.caseName} · ${names.kpiName}` : names.kpiName;
  const label = statusLabel(e.status, lang);
  const shown = e.judgedBy ?? e.latest;
  if (e.target === undefined) {
    const value = shown ? `${q(shown.value)} (${periodLabel(shown.period, lang)})` : lang === 'da' ? 'ingen tal endnu' : 'no figures yet';
    return lang === 'da' ? `${subject}: ${value} – målet er ikke sat i tal.` : `${subject}: ${value} – the goal is not set in figures.`;
  }
  const deadline = e.deadline === undefined ? undefined : periodLabel(e.deadline, lang);
  const target =
    lang === 'da'
      ? `målet ${q(e.target)} ${deadline ? `pr. ${deadline}` : 'uden frist'}`
      : `the target of ${q(e.target)} ${deadline ? `by ${deadline}` : 'with no deadline'}`;
  if (!shown) return lang === 'da' ? `${subject}: ingen tal endnu mod ${target}.` : `${subject}: no figures yet against ${target}.`;
  const value = `${q(shown.value)} (${periodLabel(shown.period, lang)})`;
  let sentence = lang === 'da' ? `${subject}: ${value} mod ${target} – ${label}` : `${subject}: ${value} against ${target} – ${label}`;
  if (e.projection && (e.status === 'at-risk' || e.status === 'off-track' || e.status === 'on-track')) {
    sentence += lang === 'da' ? `, fremskrevet ${q(round(e.projection.value))}` : `, projected ${q(round(e.projection.value))}`;
  }
  if (e.status === 'off-track' && e.deadlinePassed) sentence += lang === 'da' ? ', fristen er overskredet' : ', the deadline has passed';
  return `${sentence}.`;
}

/** Projections are estimates: whole numbers, or one decimal below 100 (shares, caseloads). */
function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}
