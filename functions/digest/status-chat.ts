/**
 * Goal status in chat: the `status` command with or without words after it ("status KIK II pr. 31.8.2018",
 * "status Herning"), and goal questions in people's own words ("Er vi på sporet med KIK II?", "Which goals are
 * at risk?"), all shown as the digest card narrowed to the case, organisation or goals named. What cannot be read
 * is answered with the words that could not be read and what can be named instead.
 */
import { card, text, type Reply, type TurnInfo } from '../../bot/index.js';
import { digestCard } from '../../cards/digest-card.js';
import { countByStatus, JUDGED_STATUSES, readGoalStatusQuestion, type GoalStatus } from '../domain/goals/index.js';
import type { Subscription } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';
import type { Store } from '../store/store.js';
import { buildFromStore } from './build.js';
import { digestButtons } from './buttons.js';
import { wallTime } from './local-time.js';
import { readStatusScope, type ScopeCatalogue, type StatusScope } from './status-scope.js';
import { subscriptionOf } from './subscriptions.js';
import { digestSummary } from './text.js';
import type { DigestView, GoalView } from './view.js';

/** What every status handler works with. */
export interface StatusChat {
  store: Store;
  homeOrg: string;
  now: () => Date;
}

const WORRYING: readonly GoalStatus[] = ['at-risk', 'off-track'];

/** `status` [case, organisation, goal, date]: the conversation's digest, or the part of it the words name. */
export async function showStatus(chat: StatusChat, turn: TurnInfo, args: string): Promise<Reply[]> {
  const base = await baseOf(chat, turn);
  if (!args.trim()) return statusOf(chat, base, turn.lang);
  const catalogue = await catalogueOf(chat);
  const reading = readStatusScope(args, catalogue);
  if (!reading.ok) return [unreadReply(reading.unread, catalogue, turn.lang)];
  return scopedStatus(chat, turn, base, catalogue, reading.scope, false);
}

/** A goal question in the user's words, or undefined when the text is not one (then it is a figure question). */
export async function answerGoalQuestion(chat: StatusChat, turn: TurnInfo, question: string): Promise<Reply[] | undefined> {
  const asked = readGoalStatusQuestion(question);
  if (!asked) return undefined;
  const catalogue = await catalogueOf(chat);
  const reading = readStatusScope(asked.subject, catalogue);
  if (!reading.ok) return asked.explicit ? [unreadReply(reading.unread, catalogue, turn.lang)] : undefined;
  return scopedStatus(chat, turn, await baseOf(chat, turn), catalogue, reading.scope, asked.atRisk);
}

/** The digest of a subscription as of a day (today in its time zone by default), as the digest card. */
export async function statusOf(chat: StatusChat, sub: Subscription, lang: Lang, asOfArg?: string): Promise<Reply[]> {
  const asOf = asOfArg ?? wallTime(chat.now(), sub.timeZone).date;
  const built = await buildFromStore(chat.store, { ...sub, language: lang }, { asOf });
  return [card(digestCard({ ...built.view, buttons: digestButtons(built.view) }), digestSummary(built.view))];
}

/** The subscription a status is shown as, unsaved: the digest's own machinery builds any status. */
export function preview(conversationId: string, orgId: string, language: Lang): Subscription {
  return {
    id: `preview~${conversationId}`, conversationId, orgId, caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
    language, active: false, createdBy: { id: 'preview' }, createdAt: new Date(0).toISOString(),
  };
}

async function baseOf(chat: StatusChat, turn: TurnInfo): Promise<Subscription> {
  return (await subscriptionOf(chat.store, turn.conversation.id)) ?? preview(turn.conversation.id, chat.homeOrg, turn.lang);
}

async function scopedStatus(chat: StatusChat, turn: TurnInfo, base: Subscription, catalogue: ScopeCatalogue, scope: StatusScope, atRisk: boolean): Promise<Reply[]> {
  const lang = turn.lang;
  const sub = subscriptionFor(base, scope, catalogue);
  const asOf = scope.asOf ?? wallTime(chat.now(), sub.timeZone).date;
  const built = await buildFromStore(chat.store, { ...sub, language: lang }, { asOf });
  const all = built.view.cases.flatMap((c) => c.goals);
  if (!all.length) return [text(noGoalsText(built.view.audienceName, catalogue, lang))];
  const keep = (g: GoalView) => (!scope.goalIds || scope.goalIds.includes(g.goalId)) && (!atRisk || WORRYING.includes(g.status));
  const narrowed = narrow(built.view, keep, scope, lang);
  // Nothing at risk: say so, and show the status it was judged from.
  if (!narrowed.cases.length) return [text(noneAtRisk(built.view, all.length, lang)), viewCard(narrow(built.view, () => true, scope, lang))];
  return [viewCard(narrowed)];
}

/** "None at risk" is only reassuring for goals that could be judged: the others are counted, never counted as fine. */
function noneAtRisk(view: DigestView, goals: number, lang: Lang): string {
  const when = periodLabel(view.asOf, lang);
  const unjudged = goals - JUDGED_STATUSES.reduce((n, s) => n + view.counts[s], 0);
  const none = lang === 'da' ? `Ingen af målene for ${view.audienceName} er i fare eller ikke på sporet pr. ${when}.` : `None of the goals for ${view.audienceName} is at risk or off track as of ${when}.`;
  if (!unjudged) return none;
  return lang === 'da'
    ? `${none} Men ${unjudged} af de ${goals} mål kan ikke vurderes: de mangler nye tal, et måltal eller en frist.`
    : `${none} But ${unjudged} of the ${goals} goals cannot be judged: they lack recent figures, a target figure or a deadline.`;
}

function viewCard(view: DigestView): Reply {
  return card(digestCard({ ...view, buttons: digestButtons(view) }), digestSummary(view));
}

/** The subscription to build: the case(s) named, else the organisation named, else the goals' own cases. */
function subscriptionFor(base: Subscription, scope: StatusScope, catalogue: ScopeCatalogue): Subscription {
  if (scope.caseIds.length) return { ...base, orgId: undefined, caseIds: scope.caseIds } as Subscription;
  if (scope.orgId) return { ...base, orgId: scope.orgId, caseIds: [] };
  if (scope.goalIds) {
    const goals = catalogue.goals.filter((g) => scope.goalIds!.includes(g.id));
    const caseIds = [...new Set(goals.map((g) => g.caseId))];
    if (caseIds.every((id): id is string => id !== undefined)) return { ...base, orgId: undefined, caseIds } as Subscription;
    return { ...base, orgId: goals[0]!.orgId, caseIds: [] };
  }
  return base;
}

/**
 * The view with only the goals kept, under a headline naming whose status as of when. Goals asked about by case,
 * by name or as the ones at risk all go on the card's front; an organisation's whole status keeps the digest's own
 * front (the goals that need a look), as it has too many goals to show at once.
 */
function narrow(view: DigestView, keep: (g: GoalView) => boolean, scope: StatusScope, lang: Lang): DigestView {
  const when = periodLabel(view.asOf, lang);
  const headline = lang === 'da' ? `Målstatus for ${view.audienceName} pr. ${when}` : `Goal status for ${view.audienceName} as of ${when}`;
  const kept = view.cases.map((c) => ({ ...c, goals: c.goals.filter(keep) }));
  const whole = kept.every((c, i) => c.goals.length === view.cases[i]!.goals.length);
  if (whole && !scope.caseIds.length && !scope.goalIds) return { ...view, headline };
  const cases = kept.filter((c) => c.goals.length).map((c) => ({ ...c, goals: c.goals.map((g) => ({ ...g, focus: true })) }));
  // A celebration is news of the whole; beside some of its goals it could be about goals not shown.
  const narrowed: DigestView = { ...view, cases, headline, counts: countByStatus(cases.flatMap((c) => c.goals)), celebrations: whole ? view.celebrations : [] };
  const first = cases.find((c) => c.caseId)?.caseId;
  if (first) narrowed.firstCaseId = first;
  else delete narrowed.firstCaseId;
  return narrowed;
}

/** Organisations, cases and goals by the words people use for them: codes, titles, names, goal titles and KPI names. */
async function catalogueOf(chat: StatusChat): Promise<ScopeCatalogue> {
  const { store } = chat;
  const [organisations, cases, goals] = await Promise.all([store.organisations.findAll(), store.cases.findAll(), store.goals.findAll()]);
  const orgIds = [...new Set(goals.map((g) => g.orgId))];
  const kpis = (await Promise.all(orgIds.map((orgId) => store.kpis.findAll({ partitionKey: orgId })))).flat();
  const kpiName = new Map(kpis.map((k) => [k.id, `${k.name.da} ${k.name.en}`]));
  return {
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    // Unpublished cases are their own organisation's alone.
    cases: cases
      .filter((c) => c.published !== false || c.orgId === chat.homeOrg)
      .map((c) => ({ id: c.id, orgId: c.orgId, code: c.code, title: c.title, parentId: c.parentId, aliases: c.aliases })),
    goals: goals.map((g) => ({ id: g.id, orgId: g.orgId, caseId: g.caseId, words: `${g.title.da} ${g.title.en} ${kpiName.get(g.kpiId) ?? ''}` })),
  };
}

/** Cases and organisations that have goals, by what people call them: what a status can be asked about. */
function withGoals(catalogue: ScopeCatalogue): { cases: string[]; orgs: string[]; example: string } {
  const goalsOf = (id: string) => catalogue.goals.filter((g) => g.caseId === id).length;
  const withSome = catalogue.cases.filter((c) => goalsOf(c.id) > 0);
  const cases = [...new Set(withSome.map((c) => c.code ?? c.title))].sort((a, b) => a.localeCompare(b, 'da'));
  const orgIds = new Set(catalogue.goals.map((g) => g.orgId));
  const orgs = catalogue.organisations.filter((o) => orgIds.has(o.id)).map((o) => o.name).sort((a, b) => a.localeCompare(b, 'da'));
  // The example to type: a short code, the case with the most goals.
  const coded = withSome.filter((c) => c.code).sort((a, b) => goalsOf(b.id) - goalsOf(a.id));
  return { cases, orgs, example: coded[0]?.code ?? cases[0] ?? '' };
}

function unreadReply(unread: string, catalogue: ScopeCatalogue, lang: Lang): Reply {
  const { cases, orgs, example } = withGoals(catalogue);
  return text(
    lang === 'da'
      ? `Jeg kan ikke læse «${unread}» som en sag, en kommune, et mål eller en dato. Sager med mål: ${cases.join(', ')}. Kommuner med mål: ${orgs.join(', ')}. Skriv fx «status ${example}», «status ${example} pr. 31. august 2018» eller bare «status».`
      : `I cannot read "${unread}" as a case, an organisation, a goal or a date. Cases with goals: ${cases.join(', ')}. Organisations with goals: ${orgs.join(', ')}. Try "status ${example}", "status ${example} 31 August 2018", or just "status".`,
  );
}

function noGoalsText(audience: string, catalogue: ScopeCatalogue, lang: Lang): string {
  const { cases, orgs } = withGoals(catalogue);
  return lang === 'da'
    ? `${audience} har ingen mål i Målbot, så der er ingen status at vise. Sager med mål: ${cases.join(', ')}. Kommuner med mål: ${orgs.join(', ')}.`
    : `${audience} has no goals in Målbot, so there is no status to show. Cases with goals: ${cases.join(', ')}. Organisations with goals: ${orgs.join(', ')}.`;
}
