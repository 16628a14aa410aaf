/**
 * Målbot's turn logic on our own small types: a validated activity in, replies out through TurnIO.
 * The SDK adapter (bot/adapter/) decides which of these four entry points an activity reaches.
 */
import { z } from 'zod';
import { helpCard, messageCard, welcomeCard, type Lang } from '../cards/index.js';
import { AppError } from '../functions/domain/errors.js';
import type { Store } from '../functions/store/store.js';
import { card, text, type IncomingActivity, type Reply, type TurnIO } from './activity.js';
import { commandList, historySubject, looksLikeCommand, parseCommand, type CommandName } from './commands.js';
import { conversationKeyOf, recordContact, recordInstall, recordRemoval, scopeOf, tenantOf } from './conversations.js';
import type { BotFeatures, DialogReply, FeatureName, TurnInfo } from './features.js';
import { localeLang, replyLang } from './language.js';
import { textWithoutBotMention } from './mention.js';
import { isBotVerb, submit, SubmitEnvelopeSchema, VERB_SCHEMAS, type Verb, type VerbPayload } from './verbs.js';
import { BUTTONS, EXAMPLE_QUESTIONS, invalidButton, notAvailable, somethingWentWrong, unknownCommand } from './wording.js';

export type BotLog = (level: 'information' | 'warning' | 'error', message: string, ...details: unknown[]) => void;

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

type Run = (turn: TurnInfo, io: TurnIO) => Promise<void>;

export function createMaalbot(options: MaalbotOptions): Maalbot {
  const { store } = options;
  const features = options.features ?? {};
  const now = options.now ?? (() => new Date());
  const log: BotLog = options.log ?? (() => undefined);
  for (const verb of Object.keys(features.cardActions ?? {})) {
    if (isBotVerb(verb)) throw new Error(`The card verb "${verb}" belongs to the bot; a feature must use its own.`);
  }

  /** Calls a feature with typing shown first; a missing feature or a failure gets an honest card. */
  async function feature(name: FeatureName, turn: TurnInfo, io: TurnIO, call: (f: BotFeatures) => Promise<Reply[]> | undefined): Promise<void> {
    if (!features[name]) {
      const { title, paragraphs } = notAvailable(name, turn.lang);
      await io.send([card(messageCard({ title, paragraphs, tone: 'warning', buttons: [submit('help', BUTTONS[turn.lang].help, turn.lang, {})] }), title)]);
      return;
    }
    await io.typing();
    await send(turn, io, () => call(features) ?? Promise.resolve([]));
  }

  async function send(turn: TurnInfo, io: TurnIO, produce: () => Promise<Reply[]>): Promise<void> {
    let replies: Reply[];
    try {
      replies = await produce();
    } catch (error) {
      if (error instanceof AppError && error.status < 500) {
        replies = [text(error.message)];
      } else {
        log('error', `Turn failed in ${turn.conversation.scope} conversation ${turn.conversation.id}`, error);
        const { title, paragraphs } = somethingWentWrong(turn.lang);
        replies = [card(messageCard({ title, paragraphs, tone: 'attention' }), title)];
      }
    }
    if (replies.length) await io.send(replies);
  }

  function help(notice?: string): Run {
    return (turn, io) => {
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
  }

  const ask = (question: string): Run => (turn, io) => feature('answerQuestion', turn, io, (f) => f.answerQuestion?.(question, turn));

  const commands: { [C in CommandName]: (args: string) => Run } = {
    help: () => help(),
    status: (args) => (turn, io) => feature('showStatus', turn, io, (f) => f.showStatus?.(turn, args)),
    proposal: (args) => (turn, io) => feature('openProposalForm', turn, io, (f) => f.openProposalForm?.(turn, args)),
    subscribe: (args) => (turn, io) => feature('subscribe', turn, io, (f) => f.subscribe?.(turn, args)),
    unsubscribe: () => (turn, io) => feature('unsubscribe', turn, io, (f) => f.unsubscribe?.(turn)),
    update: (args) => (turn, io) => feature('openFigureUpdate', turn, io, (f) => f.openFigureUpdate?.(turn, args)),
    fetchFigures: () => (turn, io) => feature('fetchFigures', turn, io, (f) => f.fetchFigures?.(turn)),
    myProposals: () => (turn, io) => feature('listProposals', turn, io, (f) => f.listProposals?.(turn, 'mine')),
    pendingProposals: () => (turn, io) => feature('listProposals', turn, io, (f) => f.listProposals?.(turn, 'pending')),
  };

  const verbs: { [V in Verb]: (payload: VerbPayload<V>) => Run } = {
    help: () => help(),
    ask: ({ question }) => ask(question),
    status: () => commands.status(''),
    subscribe: () => commands.subscribe(''),
    unsubscribe: () => commands.unsubscribe(''),
    proposal: () => commands.proposal(''),
  };

  function verbRun<V extends Verb>(verb: V, data: unknown): Run | undefined {
    const payload = VERB_SCHEMAS[verb].safeParse(data);
    return payload.success ? verbs[verb](payload.data as VerbPayload<V>) : undefined;
  }

  async function cardAction(data: unknown, activity: IncomingActivity, io: TurnIO): Promise<void> {
    const envelope = SubmitEnvelopeSchema.safeParse(data);
    const lang = (envelope.success ? envelope.data.lang : undefined) ?? replyLang({ locale: activity.locale });
    const turn = turnInfo(activity, lang);
    if (!envelope.success) return io.send([text(invalidButton(lang))]);
    const { verb } = envelope.data;
    if (isBotVerb(verb)) {
      const run = verbRun(verb, envelope.data);
      return run ? run(turn, io) : io.send([text(invalidButton(lang))]);
    }
    const handler = features.cardActions?.[verb];
    if (!handler) return io.send([text(invalidButton(lang))]);
    // An invoke is answered in place (and a card refresh fires on every view): no typing indicator there.
    if (activity.type !== 'invoke') await io.typing();
    await send(turn, io, () => handler(envelope.data, turn));
  }

  async function install(activity: IncomingActivity, io: TurnIO): Promise<void> {
    const { conversation, isNew } = await recordInstall(store, activity, now());
    log('information', `Målbot ${isNew ? 'added to' : 'still in'} ${conversation.scope} conversation ${conversation.id}`);
    if (!isNew) return;
    const lang = localeLang(activity.locale) ?? 'da';
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

  async function remove(activity: IncomingActivity): Promise<void> {
    const removed = await recordRemoval(store, activity, now());
    log('information', `Målbot removed from conversation ${conversationKeyOf(activity)}${removed ? '' : ' (it was not recorded)'}`);
  }

  return {
    async onMessage(activity, io) {
      await recordContact(store, activity, now()).catch((error: unknown) => log('warning', `Could not record conversation ${conversationKeyOf(activity)}`, error));
      if (activity.value !== undefined && activity.value !== null && !activity.text) return cardAction(activity.value, activity, io);
      const typed = textWithoutBotMention(activity);
      const command = parseCommand(typed);
      const lang = replyLang({ commandLang: command?.lang, locale: activity.locale, text: typed });
      const turn = turnInfo(activity, lang);
      if (command) return commands[command.name](command.args)(turn, io);
      const subject = historySubject(typed);
      if (subject !== undefined) return feature('showHistory', turn, io, (f) => f.showHistory?.(subject, turn));
      if (looksLikeCommand(typed)) return help(typed ? unknownCommand(typed, lang) : undefined)(turn, io);
      return ask(typed)(turn, io);
    },
    onCardAction: cardAction,
    async onDialog(phase, data, activity, io) {
      const envelope = SubmitEnvelopeSchema.safeParse(data);
      const lang = (envelope.success ? envelope.data.lang : undefined) ?? replyLang({ locale: activity.locale });
      const dialog = envelope.success ? features.dialogs?.[envelope.data.verb] : undefined;
      if (!envelope.success || !dialog) return { kind: 'close', message: invalidButton(lang) };
      const turn = turnInfo(activity, lang);
      try {
        if (phase === 'open') return await dialog.open(envelope.data, turn);
        const { dialog: next, replies } = await dialog.submit(envelope.data, turn);
        if (replies.length) await io.send(replies);
        return next;
      } catch (error) {
        log('error', `Dialog ${envelope.data.verb} (${phase}) failed in conversation ${turn.conversation.id}`, error);
        return { kind: 'close', message: somethingWentWrong(lang).paragraphs[0] };
      }
    },
    async onSearch(value, activity) {
      const query = SearchInvokeSchema.safeParse(value);
      const results =
        query.success && features.searchChoices
          ? await features.searchChoices(query.data.dataset, { text: query.data.queryText, data: query.data.data ?? {} }, turnInfo(activity, replyLang({ locale: activity.locale })))
          : [];
      return { type: 'application/vnd.microsoft.search.searchResponse', value: { results } };
    },
    async onInstallationUpdate(activity, io) {
      const action = activity.action ?? '';
      if (action.startsWith('add')) await install(activity, io);
      else if (action.startsWith('remove')) await remove(activity);
    },
    async onConversationUpdate(activity, io) {
      const isBot = (m: { id: string }) => m.id === activity.recipient.id;
      if (activity.membersAdded?.some(isBot)) await install(activity, io);
      if (activity.membersRemoved?.some(isBot)) await remove(activity);
    },
  };
}

function turnInfo(activity: IncomingActivity, lang: Lang): TurnInfo {
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
