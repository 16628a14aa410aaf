/**
 * The digest in chat, wired into the bot through its features interface (bot/features.ts): `status` and goal
 * questions (status-chat.ts); `abonnér`/`subscribe` [cases, weekday, time, language] and
 * `afmeld`/`unsubscribe`; the card buttons pause, see a case, open and save the settings card.
 */
import { card, onVerb, text, type BotFeatures, type Reply, type TurnInfo } from '../../bot/index.js';
import { subscriptionCard, weekdayName } from '../../cards/subscription-card.js';
import { AppError } from '../domain/errors.js';
import type { Subscription } from '../domain/model.js';
import type { Runtime } from '../runtime.js';
import { DIGEST_VERBS } from './buttons.js';
import { parseSubscribeArgs } from './parse-settings.js';
import { subscribe, subscriptionOf, unsubscribe, updateSettings, type SubscriptionSettings } from './subscriptions.js';
import { answerGoalQuestion, preview, showStatus, statusOf, type StatusChat } from './status-chat.js';

type DigestFeatures = Required<Pick<BotFeatures, 'showStatus' | 'subscribe' | 'unsubscribe'>> & {
  cardActions: NonNullable<BotFeatures['cardActions']>;
  /** A goal question in the user's words ("Er vi på sporet med KIK II?"); undefined when the text is a figure question. */
  answerGoalQuestion: (question: string, turn: TurnInfo) => Promise<Reply[] | undefined>;
};

/** What every digest handler works with. */
type DigestChat = StatusChat;

/** The commands and card verbs of the digest, each a named handler below. */
export function digestFeatures(rt: Pick<Runtime, 'store' | 'config'>, now: () => Date = () => new Date()): DigestFeatures {
  const chat: DigestChat = { store: rt.store, homeOrg: rt.config.homeOrg, now };
  return {
    showStatus: (turn, args) => showStatus(chat, turn, args),
    answerGoalQuestion: (question, turn) => answerGoalQuestion(chat, turn, question),
    subscribe: (turn, args) => subscribeHere(chat, turn, args),
    unsubscribe: (turn) => pause(chat, turn),
    cardActions: {
      'digest.pause': onVerb('digest.pause', (_payload, turn) => pause(chat, turn)),
      'digest.case': onVerb('digest.case', ({ caseId }, turn) => showCase(chat, turn, caseId)),
      'digest.settings': onVerb('digest.settings', async (_payload, turn) => [await settingsCard(chat, turn)]),
      'digest.save': onVerb('digest.save', (data, turn) => saveSettings(chat, turn, data)),
    },
  };
}

/** `abonnér` / `subscribe` [cases, weekday, time, language]. */
function subscribeHere(chat: DigestChat, turn: TurnInfo, args: string): Promise<Reply[]> {
  return refusedAsText(turn.lang, async () => {
    const cases = await chat.store.cases.findAll({ partitionKey: chat.homeOrg });
    const settings: SubscriptionSettings = { language: turn.lang, ...parseSubscribeArgs(args, cases) };
    if (!settings.caseIds?.length && !settings.orgId) settings.orgId = (await subscriptionOf(chat.store, turn.conversation.id))?.orgId ?? chat.homeOrg;
    const sub = await subscribe(chat.store, turn.conversation.id, turn.user, settings, chat.now(), turn.lang);
    return [await confirm(chat, sub, turn.lang), await settingsCard(chat, turn)];
  });
}

/** `afmeld` / `unsubscribe`, and the digest card's pause button. */
async function pause(chat: DigestChat, turn: TurnInfo): Promise<Reply[]> {
  const sub = await unsubscribe(chat.store, turn.conversation.id);
  const da = turn.lang === 'da';
  if (!sub) return [text(da ? 'Samtalen abonnerer ikke på ugens målstatus.' : 'This conversation has no weekly goal status to stop.')];
  return [text(da ? 'Ugens målstatus er sat på pause. Skriv "abonnér" for at få den igen.' : 'The weekly goal status is paused. Type "subscribe" to get it again.')];
}

/** The digest card's "see the case": the digest of that case alone. */
async function showCase(chat: DigestChat, turn: TurnInfo, caseId: string | undefined): Promise<Reply[]> {
  if (!caseId) return [text(turn.lang === 'da' ? 'Knappen mangler en sag.' : 'The button names no case.')];
  return statusOf(chat, { ...preview(turn.conversation.id, chat.homeOrg, turn.lang), orgId: undefined, caseIds: [caseId] } as Subscription, turn.lang);
}

/** The settings card's submit. */
function saveSettings(chat: DigestChat, turn: TurnInfo, data: Record<string, unknown>): Promise<Reply[]> {
  return refusedAsText(turn.lang, async () => {
    const settings = settingsFromCard(data);
    const existing = await subscriptionOf(chat.store, turn.conversation.id);
    const sub = existing
      ? await updateSettings(chat.store, turn.conversation.id, settings, turn.lang)
      : await subscribe(chat.store, turn.conversation.id, turn.user, settings, chat.now(), turn.lang);
    return [sub.active ? await confirm(chat, sub, turn.lang) : text(turn.lang === 'da' ? 'Gemt. Ugens målstatus er på pause.' : 'Saved. The weekly goal status is paused.')];
  });
}

async function settingsCard(chat: DigestChat, turn: TurnInfo): Promise<Reply> {
  const { store, homeOrg } = chat;
  const sub = (await subscriptionOf(store, turn.conversation.id)) ?? preview(turn.conversation.id, homeOrg, turn.lang);
  const orgId = sub.orgId ?? sub.caseIds[0]?.split('.')[0] ?? homeOrg;
  const [orgs, cases] = await Promise.all([store.organisations.findAll({ where: { kind: 'municipality' } }), store.cases.findAll({ partitionKey: orgId })]);
  const c = subscriptionCard({
    lang: turn.lang,
    verb: DIGEST_VERBS.saveSettings,
    orgs: orgs.map((o) => ({ value: o.id, title: o.name })),
    cases: cases.map((x) => ({ value: x.id, title: x.code ? `${x.code} – ${x.title}` : x.title })),
    orgId,
    caseIds: sub.caseIds,
    weekday: sub.weekday,
    time: sub.time,
    timeZone: sub.timeZone,
    language: sub.language,
    active: sub.active,
  });
  return card(c, turn.lang === 'da' ? 'Indstillinger for ugens målstatus' : 'Weekly goal status settings');
}

/** "KIK II, KIK" or "Aabenraa Kommune": what people call them; an id only when nothing else is known. */
async function audienceOf(chat: DigestChat, sub: Subscription): Promise<string> {
  if (!sub.caseIds.length) {
    const orgId = sub.orgId ?? chat.homeOrg;
    return (await chat.store.organisations.get(orgId, orgId))?.name ?? orgId;
  }
  const cases = await Promise.all(sub.caseIds.map((id) => chat.store.cases.get(id, id.split('.')[0]!)));
  return sub.caseIds.map((id, i) => cases[i]?.code ?? cases[i]?.title ?? id).join(', ');
}

async function confirm(chat: DigestChat, sub: Subscription, lang: TurnInfo['lang']): Promise<Reply> {
  const whose = await audienceOf(chat, sub);
  const when = `${weekdayName(sub.weekday, lang)} ${sub.time} (${sub.timeZone})`;
  return text(
    lang === 'da'
      ? `Abonnement gemt: ugens målstatus for ${whose} kommer hver ${when}. Skriv "afmeld" for at stoppe.`
      : `Subscription saved: the goal status for ${whose} arrives every ${when}. Type "unsubscribe" to stop.`,
  );
}

/** Settings the user got wrong are answered with what was wrong, field by field, rather than an apology. */
async function refusedAsText(lang: TurnInfo['lang'], work: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const details = error.errors.map((e) => e.message).join('; ');
    return [text(`${lang === 'da' ? 'Det gik ikke' : 'That did not work'}: ${error.message}${details ? ` (${details})` : ''}`)];
  }
}

/** What the settings card submits: ChoiceSet values are strings, a multi-select joins them with commas. */
export function settingsFromCard(data: Record<string, unknown>): SubscriptionSettings {
  const str = (k: string) => (typeof data[k] === 'string' && (data[k] as string).trim() ? (data[k] as string).trim() : undefined);
  const s: SubscriptionSettings = {};
  const orgId = str('orgId');
  const caseIds = str('caseIds')?.split(',').map((x) => x.trim()).filter(Boolean) ?? [];
  if (caseIds.length) s.caseIds = caseIds;
  else if (orgId) s.orgId = orgId;
  if (str('weekday')) s.weekday = Number(str('weekday'));
  const time = str('time');
  if (time) s.time = time.slice(0, 5);
  const language = str('language');
  if (language === 'da' || language === 'en') s.language = language;
  if (str('active')) s.active = str('active') === 'true';
  return s;
}
