/**
 * What the bot asks of the rest of Målbot. Each feature is built elsewhere (figure questions, goal status
 * and digests, proposals) and handed in when the bot is created; a feature that is not there yet is
 * answered with an honest "not available" in the user's language, never with a made-up reply.
 */
import type { AdaptiveCard, Lang } from '../cards/index.js';
import type { Conversation } from '../functions/domain/model.js';
import type { Reply } from './activity.js';

/** Who is asking, where, and in which language to answer. */
export interface TurnInfo {
  lang: Lang;
  locale?: string;
  conversation: { id: string; scope: Conversation['scope']; tenantId?: string };
  user: { id: string; name?: string; aadObjectId?: string };
}

/** A card button of a feature's own card (e.g. a proposal form's submit), as Teams sent it. Made with `onVerb` (turn.ts). */
export type CardActionHandler = (data: Record<string, unknown>, turn: TurnInfo) => Promise<Reply[]>;


export interface BotFeatures {
  /** Any text that is not a command: a question about a figure, a goal or a case. */
  answerQuestion?(question: string, turn: TurnInfo): Promise<Reply[]>;
  /** `status`: the goals' status now, or of the case, organisation, goal or date named in `args` ("status KIK II pr. 3. september 2018"). */
  showStatus?(turn: TurnInfo, args: string): Promise<Reply[]>;
  /** `forslag` / `idea`: the form for a priority proposal or a quick win; `args` is any text after the word. */
  openProposalForm?(turn: TurnInfo, args: string): Promise<Reply[]>;
  /** `abonnér` / `subscribe`: weekly goal status in this conversation. */
  subscribe?(turn: TurnInfo, args: string): Promise<Reply[]>;
  /** `afmeld` / `unsubscribe`. */
  unsubscribe?(turn: TurnInfo): Promise<Reply[]>;
  /** `opdater tal` / `update figures`: the card for entering one figure. */
  openFigureUpdate?(turn: TurnInfo, args: string): Promise<Reply[]>;
  /** `hent tal` / `fetch figures`: fetch from Jobindsats now and report what came. */
  fetchFigures?(turn: TurnInfo): Promise<Reply[]>;
  /** "hvem ændrede …" / "who changed …": the recent history of the KPI named in `subject`. */
  showHistory?(subject: string, turn: TurnInfo): Promise<Reply[]>;
  /** Teams' dynamic typeahead (Data.Query → application/search invoke): choices for a card's dataset. */
  searchChoices?(dataset: string, query: { text: string; data: Record<string, unknown> }, turn: TurnInfo): Promise<{ title: string; value: string }[]>;
  /** `mine forslag` / `my proposals` and `forslag til behandling` / `pending proposals`. */
  listProposals?(turn: TurnInfo, which: 'mine' | 'pending'): Promise<Reply[]>;
  /** Handlers of the features' own card verbs (cards/verbs.ts; never one of the bot's own), made with `onVerb`. */
  cardActions?: Record<string, CardActionHandler>;
  /** Teams dialogs (task modules), by the verb of the button that opens them (msteams.type "task/fetch"). */
  dialogs?: Record<string, DialogHandler>;
}

/** What a dialog shows: a card in the dialog, or nothing more (it closes, optionally with a message). */
export type DialogReply = { kind: 'card'; title: string; card: AdaptiveCard } | { kind: 'close'; message?: string };

export interface DialogHandler {
  /** task/fetch: the card the dialog opens with. */
  open(data: Record<string, unknown>, turn: TurnInfo): Promise<DialogReply>;
  /** task/submit: the dialog's next state, and any replies for the conversation. */
  submit(data: Record<string, unknown>, turn: TurnInfo): Promise<{ dialog: DialogReply; replies: Reply[] }>;
}

export type FeatureName = Exclude<keyof BotFeatures, 'cardActions' | 'searchChoices' | 'dialogs'>;
