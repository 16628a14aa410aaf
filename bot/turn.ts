/**
 * What every handler of a turn works with: who is asking and in which language (TurnInfo), the features,
 * and `answer()`, the one place where a feature's replies, or its error, become what the user reads.
 */
import { messageCard, type Lang } from '../cards/index.js';
import { z } from 'zod';
import { AppError } from '../functions/domain/errors.js';
import { fieldErrors } from '../functions/domain/validation.js';
import { errorText } from '../functions/domain/error-wording.js';
import type { Store } from '../functions/store/store.js';
import { card, text, type IncomingActivity, type Reply, type TurnIO } from './activity.js';
import { conversationKeyOf, scopeOf, tenantOf } from './conversations.js';
import { VERBS, type FeatureVerb, type VerbPayload } from '../cards/verbs.js';
import type { BotFeatures, CardActionHandler, FeatureName, TurnInfo } from './features.js';
import { submit } from './verbs.js';
import { BUTTONS, invalidButton, invalidFields, notAvailable, somethingWentWrong } from './wording.js';

export type BotLog = (level: 'information' | 'warning' | 'error', message: string, ...details: unknown[]) => void;

/** What the bot was built with, as every handler sees it. */
export interface BotContext {
  store: Store;
  features: BotFeatures;
  now: () => Date;
  log: BotLog;
}

/** One handler: the turn's facts in, replies out through `io`. */
export type Handler = (bot: BotContext, turn: TurnInfo, io: TurnIO) => Promise<void>;

export function turnInfo(activity: IncomingActivity, lang: Lang): TurnInfo {
  const tenantId = tenantOf(activity);
  return {
    lang,
    ...(activity.locale ? { locale: activity.locale } : {}),
    conversation: { id: conversationKeyOf(activity), scope: scopeOf(activity), ...(tenantId ? { tenantId } : {}) },
    user: {
      id: activity.from.id,
      ...(activity.from.name ? { name: activity.from.name } : {}),
      ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
    },
  };
}

/**
 * What the user reads when something fails: a refusal (an AppError below 500) in its own words, anything
 * else an apology (`unexpected`: the caller logs it). Turns, dialogs and the adapter's last resort all use it.
 */
export function errorReply(error: unknown, lang: Lang): { reply: Reply; message: string; unexpected: boolean } {
  if (error instanceof z.ZodError) {
    const message = invalidFields(fieldErrors(error).map((e) => e.field), lang);
    return { reply: text(message), message, unexpected: false };
  }
  if (error instanceof AppError && error.status < 500) return { reply: text(errorText(error, lang)), message: error.message, unexpected: false };
  const { title, paragraphs } = somethingWentWrong(lang);
  return { reply: card(messageCard({ title, paragraphs, tone: 'attention' }), title), message: paragraphs[0]!, unexpected: true };
}

/** Sends what `produce` replies; a failure is answered by errorReply and logged when unexpected. */
export async function answer(bot: BotContext, turn: TurnInfo, io: TurnIO, produce: () => Promise<Reply[]>): Promise<void> {
  let replies: Reply[];
  try {
    replies = await produce();
  } catch (error) {
    const failed = errorReply(error, turn.lang);
    if (failed.unexpected) bot.log('error', `Turn failed in ${turn.conversation.scope} conversation ${turn.conversation.id}`, error);
    replies = [failed.reply];
  }
  if (replies.length) await io.send(replies);
}

/** Calls a feature with typing shown first; a feature this installation lacks gets an honest card. */
export async function runFeature(bot: BotContext, name: FeatureName, turn: TurnInfo, io: TurnIO, call: (f: BotFeatures) => Promise<Reply[]> | undefined): Promise<void> {
  if (!bot.features[name]) {
    const { title, paragraphs } = notAvailable(name, turn.lang);
    await io.send([card(messageCard({ title, paragraphs, tone: 'warning', buttons: [submit('help', BUTTONS[turn.lang].help, turn.lang, {})] }), title)]);
    return;
  }
  await io.typing();
  await answer(bot, turn, io, () => call(bot.features) ?? Promise.resolve([]));
}

/**
 * The handler of a feature's card verb: `run` gets the payload as the verb's schema in cards/verbs.ts
 * parsed it (and the raw data, for the form inputs that ride along); a payload that does not fit is
 * answered with "I did not understand that button".
 */
export function onVerb<V extends FeatureVerb>(verb: V, run: (payload: VerbPayload<V>, turn: TurnInfo, data: Record<string, unknown>) => Promise<Reply[]>): CardActionHandler {
  return async (data, turn) => {
    const payload = VERBS[verb].schema.safeParse(data);
    if (!payload.success) return [text(invalidButton(turn.lang))];
    return run(payload.data as VerbPayload<V>, turn, data);
  };
}
