/**
 * The bot's handlers, one per command (bot/commands.ts) and one per bot card verb (cards/verbs.ts): to
 * find what "abonnér" or the welcome card's "subscribe" button does, look up its name here. Most hand
 * the turn to a feature (bot/features.ts).
 */
import { helpCard, welcomeCard, type Lang } from '../cards/index.js';
import type { BotVerb, VerbPayload } from '../cards/verbs.js';
import { card, type IncomingActivity, type TurnIO } from './activity.js';
import { commandList, type CommandName } from './commands.js';
import { conversationKeyOf, recordInstall, recordRemoval } from './conversations.js';
import { replyLang } from '../functions/domain/text-language.js';
import { runFeature, type BotContext, type Handler } from './turn.js';
import { submit } from './verbs.js';
import { BUTTONS, EXAMPLE_QUESTIONS } from './wording.js';

/** The help card; `notice` says why it is shown (an unknown command). */
export const help =
  (notice?: string): Handler =>
  (_bot, turn, io) => {
    const b = BUTTONS[turn.lang];
    const view = helpCard({
      lang: turn.lang,
      commands: commandList(turn.lang),
      examples: EXAMPLE_QUESTIONS[turn.lang],
      buttons: [
        submit('ask', b.ask, turn.lang, { question: EXAMPLE_QUESTIONS[turn.lang][0]! }),
        submit('status', b.status, turn.lang, {}),
        submit('proposal', b.proposal, turn.lang, {}),
      ],
      ...(notice ? { notice } : {}),
      mentionRequired: turn.conversation.scope !== 'personal',
    });
    return io.send([card(view, notice ?? (turn.lang === 'da' ? 'Hjælp til Målbot' : 'Målbot help'))]);
  };

export const ask =
  (question: string): Handler =>
  (bot, turn, io) =>
    runFeature(bot, 'answerQuestion', turn, io, (f) => f.answerQuestion?.(question, turn));

export const showHistory =
  (subject: string): Handler =>
  (bot, turn, io) =>
    runFeature(bot, 'showHistory', turn, io, (f) => f.showHistory?.(subject, turn));

export const COMMANDS: { [C in CommandName]: (args: string) => Handler } = {
  help: () => help(),
  status: (args) => (bot, turn, io) => runFeature(bot, 'showStatus', turn, io, (f) => f.showStatus?.(turn, args)),
  proposal: (args) => (bot, turn, io) => runFeature(bot, 'openProposalForm', turn, io, (f) => f.openProposalForm?.(turn, args)),
  subscribe: (args) => (bot, turn, io) => runFeature(bot, 'subscribe', turn, io, (f) => f.subscribe?.(turn, args)),
  unsubscribe: () => (bot, turn, io) => runFeature(bot, 'unsubscribe', turn, io, (f) => f.unsubscribe?.(turn)),
  update: (args) => (bot, turn, io) => runFeature(bot, 'openFigureUpdate', turn, io, (f) => f.openFigureUpdate?.(turn, args)),
  history: (args) => showHistory(args),
  fetchFigures: () => (bot, turn, io) => runFeature(bot, 'fetchFigures', turn, io, (f) => f.fetchFigures?.(turn)),
  myProposals: () => (bot, turn, io) => runFeature(bot, 'listProposals', turn, io, (f) => f.listProposals?.(turn, 'mine')),
  pendingProposals: () => (bot, turn, io) => runFeature(bot, 'listProposals', turn, io, (f) => f.listProposals?.(turn, 'pending')),
};

export const VERB_HANDLERS: { [V in BotVerb]: (payload: VerbPayload<V>) => Handler } = {
  help: () => help(),
  ask: ({ question }) => ask(question),
  status: () => COMMANDS.status(''),
  subscribe: () => COMMANDS.subscribe(''),
  unsubscribe: () => COMMANDS.unsubscribe(''),
  proposal: () => COMMANDS.proposal(''),
};

/** Målbot was added to a conversation: record it, and welcome a new one. */
export async function install(bot: BotContext, activity: IncomingActivity, io: TurnIO): Promise<void> {
  const { conversation, isNew } = await recordInstall(bot.store, activity, bot.now());
  bot.log('information', `Målbot ${isNew ? 'added to' : 'still in'} ${conversation.scope} conversation ${conversation.id}`);
  if (!isNew) return;
  const lang: Lang = replyLang({ locale: activity.locale });
  const b = BUTTONS[lang];
  const welcome = welcomeCard({
    lang,
    scope: conversation.scope,
    buttons: {
      askExample: submit('ask', b.ask, lang, { question: EXAMPLE_QUESTIONS[lang][0]! }),
      status: submit('status', b.status, lang, {}),
      subscribe: submit('subscribe', b.subscribe, lang, {}),
      proposal: submit('proposal', b.proposal, lang, {}),
      help: submit('help', b.help, lang, {}),
    },
  });
  await io.send([card(welcome, lang === 'da' ? 'Velkommen til Målbot' : 'Welcome to Målbot')]);
}

export async function remove(bot: BotContext, activity: IncomingActivity): Promise<void> {
  const removed = await recordRemoval(bot.store, activity, bot.now());
  bot.log('information', `Målbot removed from conversation ${conversationKeyOf(activity)}${removed ? '' : ' (it was not recorded)'}`);
}
