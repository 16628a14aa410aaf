/**
 * The weekly digest card, made to be read on one screen: the headline and how many goals stand where, the
 * celebrations, then the goals that need a look (off track, at risk, or changed since the last digest).
 * Every goal, grouped by case, waits behind "Vis alle mål" (Action.ToggleVisibility), each with its value
 * against target and deadline, why its status does not rest on a fresh figure of its own when it does not,
 * and a trend: a small PNG drawn by trend-png.ts with the figures written out beside it in the reader's
 * number format (a chart's own axis would write "1.4k" to a Danish reader).
 *
 * Every line is the view model's (functions/digest/view-model.ts, one verdict per goal): the card works
 * nothing out, so it cannot disagree with itself. It stays under its byte budget however many goals a
 * subscription has: pictures go first, then goals from the end, with a line saying how many more there are.
 */
import template from './digest-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { trendDataUri } from './trend-png.js';

type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-deadline' | 'no-target' | 'no-recent-data';

/** The shape the digest module hands over (functions/digest/view.ts), restated so cards import nothing from functions/. */
export interface DigestCardGoal {
  goalId: string;
  title: string;
  kpiName: string;
  level: 'end' | 'sub';
  status: Status;
  statusLabel: string;
  valueText?: string;
  targetText: string;
  deadlineText: string;
  changeText?: string;
  figureNote?: string;
  subGoalsText?: string;
  trendText?: string;
  series: { period: string; date: string; value: number }[];
  /** Absent for a goal stated without a number: no target line is drawn. */
  target?: number;
  focus: boolean;
}

export interface DigestCardView {
  lang: Lang;
  headline: string;
  since?: string;
  celebrations: { key: string; text: string }[];
  cases: { caseId?: string; name: string; title?: string; goals: DigestCardGoal[] }[];
  counts: Record<Status, number>;
  /** "New figures from Jobindsats since …": where this week's new figures came from. */
  sourceText?: string;
  buttons: Button[];
}

/** Teams refuses bigger messages; the card keeps room below it for the activity around it. */
export const MESSAGE_LIMIT_BYTES = 28 * 1024;
export const CARD_BUDGET_BYTES = 24 * 1024;
/** Pictures are the heaviest part; they share this much of the budget. */
const PICTURE_BUDGET_BYTES = 12 * 1024;
/** What fits on one screen above "Vis alle mål". */
export const FRONT_CELEBRATIONS = 3;
export const FRONT_GOALS = 3;

export const STATUS_MARKER: Record<Status, string> = {
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
const ORDER: Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-deadline', 'no-target', 'no-recent-data'];

const TEXT = {
  da: {
    celebrations: 'Værd at fejre',
    target: 'mål',
    Target: 'Mål',
    deadline: 'frist',
    noGoals: 'Der er ingen mål at vise for dette abonnement.',
    showAll: (n: number) => `Vis alle mål (${n})`,
    calm: 'Ingen mål er i fare eller har ændret sig siden sidst.',
    more: (n: number) => `… og ${n} mål mere – abonnér på færre sager for at se dem alle.`,
    status: { achieved: 'nået', 'on-track': 'på sporet', 'at-risk': 'i fare', 'off-track': 'ikke på sporet', 'no-deadline': 'ikke nået, uden frist', 'no-target': 'uden måltal', 'no-recent-data': 'uden nye tal' },
    goals: (n: number) => `${n} mål`,
  },
  en: {
    celebrations: 'Worth celebrating',
    target: 'target',
    Target: 'Target',
    deadline: 'deadline',
    noGoals: 'There are no goals to show for this subscription.',
    showAll: (n: number) => `Show all goals (${n})`,
    calm: 'No goal is at risk or has changed since last time.',
    more: (n: number) => `… and ${n} more goals. Subscribe to fewer cases to see them all.`,
    status: { achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-deadline': 'not met, no deadline', 'no-target': 'without a target figure', 'no-recent-data': 'without recent figures' },
    goals: (n: number) => `${n} ${n === 1 ? 'goal' : 'goals'}`,
  },
} as const;

/** "13 mål: 4 nået · 1 på sporet · 8 uden nye tal": the counts the body adds up to, statuses without goals left out. */
export function summaryText(counts: Record<Status, number>, lang: Lang): string {
  const t = TEXT[lang];
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  const parts = ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${t.status[s]}`);
  return parts.length ? `${t.goals(total)}: ${parts.join(' · ')}` : t.goals(0);
}

/** A goal as lines: status, value against target, then the notes. The card and the text digest both use these. */
export function goalLines(g: DigestCardGoal, lang: Lang): string[] {
  const t = TEXT[lang];
  return [
    `${STATUS_MARKER[g.status]} ${g.title} – ${g.statusLabel}`,
    // "frist" names the deadline rather than "pr.", which would read "pr. ikke angivet i kilden" for a goal without one.
    g.valueText ? `${g.valueText} · ${t.target} ${g.targetText} · ${t.deadline} ${g.deadlineText}` : `${t.Target} ${g.targetText} · ${t.deadline} ${g.deadlineText}`,
    ...[g.figureNote, g.subGoalsText, g.changeText].filter((x): x is string => Boolean(x)),
  ];
}

export function digestCard(view: DigestCardView): AdaptiveCard {
  const goals = view.cases.reduce((n, c) => n + c.goals.length, 0);
  let card = render(view, goals, goals);
  if (size(card) > CARD_BUDGET_BYTES) {
    // The most pictures that fit, found by bisection (size grows with the number of pictures).
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

export function cardBytes(card: object): number {
  return Buffer.byteLength(JSON.stringify(card));
}
const size = cardBytes;

function render(view: DigestCardView, pictures: number, shown: number): AdaptiveCard {
  const t = TEXT[view.lang];
  let pictureBytes = 0;
  let drawn = 0;
  const fits = (uri: string) => {
    if (drawn >= pictures || pictureBytes + uri.length > PICTURE_BUDGET_BYTES) return false;
    pictureBytes += uri.length;
    drawn += 1;
    return true;
  };
  const all = view.cases.flatMap((c) => c.goals);
  const front = [...all.filter((g) => g.focus)].sort((a, b) => ORDER.indexOf(b.status) - ORDER.indexOf(a.status)).slice(0, FRONT_GOALS);
  const focus = front.map((g) => goalContainer(g, view.lang, fits));
  let index = 0;
  const cases = view.cases
    .map((c) => ({ c, goals: c.goals.filter(() => index++ < shown) }))
    .filter(({ goals }) => goals.length)
    .map(({ c, goals }) => ({
      items: [
        { type: 'TextBlock', text: c.title && !c.title.startsWith(c.name) ? `${c.name} – ${c.title}` : (c.title ?? c.name), wrap: true, weight: 'Bolder' },
        ...goals.map((g) => goalContainer(g, view.lang, fits)),
      ],
    }));
  return expandTemplate(template, {
    headline: view.headline,
    summary: summaryText(view.counts, view.lang),
    celebrationsHeading: t.celebrations,
    celebrations: view.celebrations.slice(0, FRONT_CELEBRATIONS),
    moreCelebrations: view.celebrations.slice(FRONT_CELEBRATIONS),
    focus,
    calm: view.since && all.length && !front.length ? t.calm : '',
    showAll: t.showAll(all.length),
    sourceText: view.sourceText ?? '',
    cases,
    more: shown < all.length ? t.more(all.length - shown) : '',
    noGoals: t.noGoals,
    buttons: view.buttons,
  });
}

function goalContainer(g: DigestCardGoal, lang: Lang, fits: (uri: string) => boolean): object {
  const [head, value, ...notes] = goalLines(g, lang);
  const items: object[] = [
    { type: 'TextBlock', text: head, wrap: true, weight: 'Bolder', color: COLOR[g.status] },
    { type: 'TextBlock', text: value, wrap: true, size: 'Small', spacing: 'None' },
    ...notes.map((text) => ({ type: 'TextBlock', text, wrap: true, size: 'Small', isSubtle: true, spacing: 'None' })),
  ];
  const picture = trendPicture(g, fits);
  if (picture) items.push(picture);
  if (g.trendText) items.push({ type: 'TextBlock', text: g.trendText, wrap: true, size: 'Small', isSubtle: true, spacing: 'None' });
  return { type: 'Container', items, spacing: 'Medium', ...(g.level === 'sub' ? { style: 'emphasis' } : {}) };
}

/** The trend as a small picture, while the picture budget lasts; the figures themselves are in trendText. */
function trendPicture(g: DigestCardGoal, fits: (uri: string) => boolean): object | undefined {
  if (g.series.length < 2) return undefined;
  const x = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const uri = trendDataUri({ points: g.series.map((p) => ({ x: x(p.date), y: p.value })), target: g.target, tone: TONE[g.status], height: 48 });
  if (!fits(uri)) return undefined;
  return { type: 'Image', url: uri, altText: g.trendText ?? g.kpiName, size: 'Auto', spacing: 'Small' };
}
