/**
 * The weekly digest card: headline, celebrations first, a stale-data warning, then goals grouped by case
 * with a status marker, value against target and deadline, the change since the last digest and a trend
 * picture, and buttons (ask a question, see a case, pause the digest).
 *
 * The trend picture is Teams' Chart.Line with a fallback: hosts that do not know Chart.Line (the Agents
 * Playground renders with the adaptivecards JS library) show a small PNG drawn by trend-png.ts instead, or,
 * once the card's size budget is spent, a line of text with the figures. The card stays under Teams'
 * ~28 KB message limit however many goals a subscription has.
 */
import template from './digest-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { formatAmount } from './proposal-wording.js';
import { trendDataUri } from './trend-png.js';

/** The shape the digest module hands over (functions/digest/view.ts), restated so cards import nothing from functions/. */
export interface DigestCardGoal {
  goalId: string;
  title: string;
  kpiName: string;
  level: 'end' | 'sub';
  status: 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-deadline' | 'no-target' | 'no-recent-data';
  statusLabel: string;
  valueText?: string;
  targetText: string;
  deadlineText: string;
  changeText?: string;
  staleText?: string;
  subGoalsText?: string;
  series: { period: string; date: string; value: number }[];
  /** Absent for a goal stated without a number: no target line is drawn. */
  target?: number;
}

export interface DigestCardView {
  lang: Lang;
  headline: string;
  celebrations: { key: string; text: string }[];
  cases: { caseId?: string; name: string; title?: string; goals: DigestCardGoal[] }[];
  counts: Record<DigestCardGoal['status'], number>;
  staleGoals: number;
  /** "New figures from Jobindsats since …": where this week's new figures came from. */
  sourceText?: string;
  buttons: Button[];
}

/** Teams refuses bigger messages; the card keeps room below it for the activity around it. */
export const MESSAGE_LIMIT_BYTES = 28 * 1024;
const CARD_BUDGET_BYTES = 24 * 1024;
/** Pictures are the heaviest part; they share this much of the budget. */
const PICTURE_BUDGET_BYTES = 12 * 1024;

export const STATUS_MARKER: Record<DigestCardGoal['status'], string> = {
  achieved: '✅',
  'on-track': '🟢',
  'at-risk': '🟠',
  'off-track': '🔴',
  'no-deadline': '🔵',
  'no-target': '➖',
  'no-recent-data': '⚪',
};

const TONE = { achieved: 'good', 'on-track': 'good', 'at-risk': 'warning', 'off-track': 'attention', 'no-deadline': 'neutral', 'no-target': 'neutral', 'no-recent-data': 'neutral' } as const;
const COLOR = { achieved: 'Good', 'on-track': 'Good', 'at-risk': 'Warning', 'off-track': 'Attention', 'no-deadline': 'Default', 'no-target': 'Default', 'no-recent-data': 'Default' } as const;

const TEXT = {
  da: {
    celebrations: 'Værd at fejre',
    target: 'Mål',
    deadline: 'Frist',
    value: 'Seneste tal',
    none: 'Ingen tal',
    stale: (n: number) => (n === 1 ? '1 mål bygger på gamle tal.' : `${n} mål bygger på gamle tal.`),
    noGoals: 'Der er ingen mål at vise for dette abonnement.',
    trend: 'Udvikling',
    targetLegend: 'Mål',
    more: (n: number) => `… og ${n} mål mere – abonnér på færre sager for at se dem alle.`,
    summary: (c: DigestCardView['counts']) =>
      `${c.achieved} nået · ${c['on-track']} på sporet · ${c['at-risk']} i fare · ${c['off-track']} ikke på sporet · ${c['no-recent-data']} uden nye tal` +
      unjudged(c['no-deadline'] + c['no-target'], 'uden måltal eller frist'),
  },
  en: {
    celebrations: 'Worth celebrating',
    target: 'Target',
    deadline: 'Deadline',
    value: 'Latest figure',
    none: 'No figures',
    stale: (n: number) => (n === 1 ? '1 goal rests on old figures.' : `${n} goals rest on old figures.`),
    noGoals: 'There are no goals to show for this subscription.',
    trend: 'Trend',
    targetLegend: 'Target',
    more: (n: number) => `… and ${n} more goals. Subscribe to fewer cases to see them all.`,
    summary: (c: DigestCardView['counts']) =>
      `${c.achieved} achieved · ${c['on-track']} on track · ${c['at-risk']} at risk · ${c['off-track']} off track · ${c['no-recent-data']} without recent figures` +
      unjudged(c['no-deadline'] + c['no-target'], 'without a target figure or deadline'),
  },
} as const;

/** Goals the source gives no number or date for are counted only when there are some, so older digests read as before. */
function unjudged(n: number, words: string): string {
  return n ? ` · ${n} ${words}` : '';
}

/** Points a chart shows at most: the recent trend is what a weekly digest is about. */
const MAX_POINTS = 12;

export function digestCard(view: DigestCardView): AdaptiveCard {
  const goals = view.cases.reduce((n, c) => n + c.goals.length, 0);
  // Charts and goals are given up from the end until the card fits: first pictures (inside render), then
  // charts, then whole goals, with a line saying how many more there are.
  let card = render(view, goals, goals);
  if (size(card) > CARD_BUDGET_BYTES) {
    // The most charts that fit, found by bisection (size grows with the number of charts).
    let [lo, hi] = [0, goals];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (size(render(view, mid, goals)) <= CARD_BUDGET_BYTES) lo = mid;
      else hi = mid - 1;
    }
    card = render(view, lo, goals);
  }
  for (let shown = goals; size(card) > CARD_BUDGET_BYTES && shown > 1; ) {
    shown = Math.max(1, Math.floor(shown * 0.75));
    card = render(view, 0, shown);
  }
  return card;
}

function size(card: object): number {
  return Buffer.byteLength(JSON.stringify(card));
}

function render(view: DigestCardView, charted: number, shown: number): AdaptiveCard {
  const t = TEXT[view.lang];
  let pictureBytes = 0;
  let index = 0;
  const fits = (uri: string) => {
    if (pictureBytes + uri.length > PICTURE_BUDGET_BYTES) return false;
    pictureBytes += uri.length;
    return true;
  };
  const cases = view.cases
    .map((c) => ({
      name: c.name,
      title: c.title,
      goals: c.goals.filter(() => index++ < shown),
    }))
    .filter((c) => c.goals.length)
    .map((c) => ({
      items: [
        { type: 'TextBlock', text: c.title ? `**${c.name}** – ${c.title}` : `**${c.name}**`, wrap: true, size: 'Medium' },
        ...c.goals.map((g) => goalContainer(g, view.lang)),
      ],
    }));
  // Charts go to goals in reading order: the first `charted` of those shown.
  let n = 0;
  for (const c of cases) {
    for (const item of c.items.slice(1) as { items: object[] }[]) {
      const goal = goalAt(view, n++);
      if (n <= charted && goal) {
        const chart = trendElement(goal, view.lang, fits);
        if (chart) item.items.push(chart);
      }
    }
  }
  const total = view.cases.reduce((k, c) => k + c.goals.length, 0);
  return expandTemplate(template, {
    headline: view.headline,
    summary: t.summary(view.counts),
    celebrationsHeading: t.celebrations,
    celebrations: view.celebrations,
    staleWarning: view.staleGoals ? t.stale(view.staleGoals) : '',
    sourceText: view.sourceText ?? '',
    cases,
    more: shown < total ? t.more(total - shown) : '',
    noGoals: t.noGoals,
    buttons: view.buttons,
  });
}

function goalAt(view: DigestCardView, index: number): DigestCardGoal | undefined {
  let i = index;
  for (const c of view.cases) {
    if (i < c.goals.length) return c.goals[i];
    i -= c.goals.length;
  }
  return undefined;
}

function goalContainer(g: DigestCardGoal, lang: Lang): object {
  const t = TEXT[lang];
  const facts = [
    { title: t.value, value: g.valueText ?? t.none },
    { title: t.target, value: g.targetText },
    { title: t.deadline, value: g.deadlineText },
  ];
  const items: object[] = [
    { type: 'TextBlock', text: `${STATUS_MARKER[g.status]} ${g.title} – ${g.statusLabel}`, wrap: true, weight: 'Bolder', color: COLOR[g.status] },
    { type: 'FactSet', facts, spacing: 'Small' },
  ];
  if (g.subGoalsText) items.push({ type: 'TextBlock', text: g.subGoalsText, wrap: true, size: 'Small', spacing: 'Small' });
  if (g.changeText) items.push({ type: 'TextBlock', text: g.changeText, wrap: true, size: 'Small', spacing: 'Small' });
  if (g.staleText) items.push({ type: 'TextBlock', text: `⚠ ${g.staleText}`, wrap: true, size: 'Small', color: 'Warning', spacing: 'Small' });
  return { type: 'Container', items, spacing: 'Medium', ...(g.level === 'sub' ? { style: 'emphasis' } : {}) };
}

/** Chart.Line for Teams; a PNG (or, past the budget, text) for hosts without charts. Nothing for fewer than two points. */
function trendElement(g: DigestCardGoal, lang: Lang, fits: (uri: string) => boolean): object | undefined {
  if (g.series.length < 2) return undefined;
  g = { ...g, series: g.series.slice(-MAX_POINTS) };
  const t = TEXT[lang];
  const first = g.series[0]!.date;
  const last = g.series.at(-1)!.date;
  const x = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const uri = trendDataUri({ points: g.series.map((p) => ({ x: x(p.date), y: p.value })), target: g.target, tone: TONE[g.status] });
  const n = (v: number) => formatAmount(v, lang);
  const targetNote = g.target === undefined ? '' : ` (${t.targetLegend.toLowerCase()} ${n(g.target)})`;
  const textTrend = { type: 'TextBlock', text: `${t.trend}: ${g.series.map((p) => n(p.value)).join(' → ')}${targetNote}`, wrap: true, size: 'Small', isSubtle: true };
  const fallback = fits(uri) ? { type: 'Image', url: uri, altText: `${t.trend}: ${g.kpiName}`, size: 'Stretch' } : textTrend;
  return {
    type: 'Chart.Line',
    title: `${t.trend}: ${g.kpiName}`,
    data: [
      { legend: g.kpiName, values: g.series.map((p) => ({ x: p.date, y: p.value })) },
      ...(g.target === undefined ? [] : [{ legend: t.targetLegend, values: [{ x: first, y: g.target }, { x: last, y: g.target }] }]),
    ],
    fallback,
  };
}
