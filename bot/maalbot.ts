/**
 * Målbot's turn logic on our own small types: a validated activity in, replies out through TurnIO.
 * The SDK adapter (bot/adapter/) decides which of these entry points an activity reaches; each finds its
 * handler by name (bot/handlers.ts: commands and the bot's verbs; a feature's verbs: its cardActions).
 */
import { z } from 'zod';
import { isBotVerb, isVerb, SubmitEnvelopeSchema } from '../cards/verbs.js';
import type { Store } from '../functions/store/store.js';
import { text, type IncomingActivity, type TurnIO } from './activity.js';
import { historySubject, looksLikeCommand, parseCommand } from './commands.js';
import { conversationKeyOf, recordContact } from './conversations.js';
import type { BotFeatures, DialogReply } from './features.js';
import { ask, COMMANDS, help, install, remove, showHistory, VERB_HANDLERS } from './handlers.js';
import type { Lang } from '../functions/domain/lang.js';
import { replyLang } from '../functions/domain/text-language.js';
import { ConversationLanguages } from './conversation-language.js';
import { textWithoutBotMention } from './mention.js';
import { answer, errorReply, turnInfo, type BotContext, type BotLog, type Handler } from './turn.js';
import { VERB_SCHEMAS } from './verbs.js';
import { invalidButton, unknownCommand } from './wording.js';

export type { BotLog } from './turn.js';

export interface MaalbotOptions {
  store: Store;
  features?: BotFeatures;
  now?: () => Date;
  log?: BotLog;
}

export interface Maalbot {
  onMessage(activity: IncomingActivity, io: TurnIO): Promise<void>;
  /** A card button: Action.Submit arrives as a message with `value`, Action.Execute as an invoke. */
  onCardAction(data: unknown, activity: IncomingActivity, io: TurnIO): Promise<void>;
  onInstallationUpdate(activity: IncomingActivity, io: TurnIO): Promise<void>;
  onConversationUpdate(activity: IncomingActivity, io: TurnIO): Promise<void>;
  /** Teams' dynamic typeahead (application/search invoke): the body of the invoke response. */
  onSearch(value: unknown, activity: IncomingActivity): Promise<SearchResponse>;
  /** A Teams dialog (task/fetch opens it, task/submit submits it): what the dialog shows next. */
  onDialog(phase: 'open' | 'submit', data: unknown, activity: IncomingActivity, io: TurnIO): Promise<DialogReply>;
}

export interface SearchResponse {
  type: 'application/vnd.microsoft.search.searchResponse';
  value: { results: { title: string; value: string }[] };
}

const SearchInvokeSchema = z.looseObject({
  queryText: z.string().max(200).default(''),
  dataset: z.string().max(100),
  data: z.record(z.string(), z.unknown()).optional(),
});

export function createMaalbot(options: MaalbotOptions): Maalbot {
  const bot: BotContext = {
    store: options.store,
    features: options.features ?? {},
    now: options.now ?? (() => new Date()),
    log: options.log ?? (() => undefined),
  };
  const languages = new ConversationLanguages();
  /** The language of a turn with no text of its own (a button, a typeahead): the conversation's, else the locale's. */
  const unsaid = (activity: IncomingActivity) => replyLang({ previous: languages.get(conversationKeyOf(activity)), locale: activity.locale });
  for (const verb of Object.keys(bot.features.cardActions ?? {})) {
    if (isBotVerb(verb)) throw new Error(`The card verb "${verb}" belongs to the bot; a feature must use its own.`);
    if (!isVerb(verb)) throw new Error(`The card verb "${verb}" is not in cards/verbs.ts; every verb is declared there.`);
  }

  return {
    async onMessage(activity, io) {
      await recordContact(bot.store, activity, bot.now()).catch((error: unknown) => bot.log('warning', `Could not record conversation ${conversationKeyOf(activity)}`, error));
      if (activity.value !== undefined && activity.value !== null && !activity.text) return onCardAction(bot, activity.value, activity, io, unsaid(activity));
      const typed = textWithoutBotMention(activity);
      const command = parseCommand(typed);
      const key = conversationKeyOf(activity);
      const lang = replyLang({ commandLang: command?.lang, text: typed, previous: languages.get(key), locale: activity.locale });
      languages.set(key, lang);
      const run = (handler: Handler) => handler(bot, turnInfo(activity, lang), io);
      if (command) return run(COMMANDS[command.name](command.args));
      const subject = historySubject(typed);
      if (subject !== undefined) return run(showHistory(subject));
      if (looksLikeCommand(typed)) return run(help(typed ? unknownCommand(typed, lang) : undefined));
      return run(ask(typed));
    },
    onCardAction: (data, activity, io) => onCardAction(bot, data, activity, io, unsaid(activity)),
    onDialog: (phase, data, activity, io) => onDialog(bot, phase, data, activity, io, unsaid(activity)),
    async onSearch(value, activity) {
      const query = SearchInvokeSchema.safeParse(value);
      const results =
        query.success && bot.features.searchChoices
          ? await bot.features.searchChoices(query.data.dataset, { text: query.data.queryText, data: query.data.data ?? {} }, turnInfo(activity, unsaid(activity)))
          : [];
      return { type: 'application/vnd.microsoft.search.searchResponse', value: { results } };
    },
    async onInstallationUpdate(activity, io) {
      const action = activity.action ?? '';
      if (action.startsWith('add')) await install(bot, activity, io);
      else if (action.startsWith('remove')) await remove(bot, activity);
    },
    async onConversationUpdate(activity, io) {
      const isBot = (m: { id: string }) => m.id === activity.recipient.id;
      if (activity.membersAdded?.some(isBot)) await install(bot, activity, io);
      if (activity.membersRemoved?.some(isBot)) await remove(bot, activity);
    },
  };
}

/** A card button: the bot's own verbs by VERB_HANDLERS, a feature's by its cardActions. */
async function onCardAction(bot: BotContext, data: unknown, activity: IncomingActivity, io: TurnIO, unsaid: Lang): Promise<void> {
  const envelope = SubmitEnvelopeSchema.safeParse(data);
  const lang = (envelope.success ? envelope.data.lang : undefined) ?? unsaid;
  const turn = turnInfo(activity, lang);
  if (!envelope.success) return io.send([text(invalidButton(lang))]);
  const { verb } = envelope.data;
  if (isBotVerb(verb)) {
    const payload = VERB_SCHEMAS[verb].safeParse(envelope.data);
    if (!payload.success) return io.send([text(invalidButton(lang))]);
    return (VERB_HANDLERS[verb] as (p: typeof payload.data) => Handler)(payload.data)(bot, turn, io);
  }
  const handler = bot.features.cardActions?.[verb];
  if (!handler) return io.send([text(invalidButton(lang))]);
  // An invoke is answered in place (and a card refresh fires on every view): no typing indicator there.
  if (activity.type !== 'invoke') await io.typing();
  await answer(bot, turn, io, () => handler(envelope.data, turn));
}

async function onDialog(bot: BotContext, phase: 'open' | 'submit', data: unknown, activity: IncomingActivity, io: TurnIO, unsaid: Lang): Promise<DialogReply> {
  const envelope = SubmitEnvelopeSchema.safeParse(data);
  const lang = (envelope.success ? envelope.data.lang : undefined) ?? unsaid;
  const dialog = envelope.success ? bot.features.dialogs?.[envelope.data.verb] : undefined;
  if (!envelope.success || !dialog) return { kind: 'close', message: invalidButton(lang) };
  const turn = turnInfo(activity, lang);
  try {
    if (phase === 'open') return await dialog.open(envelope.data, turn);
    const { dialog: next, replies } = await dialog.submit(envelope.data, turn);
    if (replies.length) await io.send(replies);
    return next;
  } catch (error) {
    const failed = errorReply(error, lang);
    if (failed.unexpected) bot.log('error', `Dialog ${envelope.data.verb} (${phase}) failed in conversation ${turn.conversation.id}`, error);
    return { kind: 'close', message: failed.message };
  }
}
