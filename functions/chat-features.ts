/**
 * The features this build of Målbot offers in chat: figure questions, goal status and subscriptions,
 * proposals, figure updates and fetching from Jobindsats, each behind the chat role guard. A feature left out here is answered
 * with an honest "not switched on". Built by the composition root (app.ts), which hands in the
 * messenger: the bot's own proactive send.
 */
import { guardBotFeatures, type BotFeatures } from '../bot/index.js';
import { digestFeatures } from './digest/chat.js';
import { figureUpdateFeatures } from './figures/chat.js';
import { jobindsatsFeatures } from './jobindsats/chat.js';
import type { Messenger } from './proposals/chat/routing.js';
import { proposalFeatures } from './proposals/chat/feature.js';
import { queryFeatures } from './query/chat.js';
import type { Runtime } from './runtime.js';
import { teamsPermit } from './security/index.js';

export function chatFeatures(runtime: Runtime, messenger: Messenger): BotFeatures {
  const figures = figureUpdateFeatures(runtime.store, runtime.config.homeOrg, teamsPermit(runtime.config));
  const digest = digestFeatures(runtime);
  const questions = queryFeatures(runtime.store, runtime.config.homeOrg);
  const jobindsats = jobindsatsFeatures(runtime.store, runtime.config);
  const proposals = proposalFeatures(runtime, {
    messenger,
    log: (message, error) => console.error(`[proposals] ${message}`, error instanceof Error ? error.message : ''),
  });
  // Roles for chat (functions/security): subscriptions and fetching from Jobindsats need admin, figure updates editor.
  return guardBotFeatures({
    // A goal-status question ("Er vi på sporet med KIK II?") gets the status card; any other text is a figure question.
    answerQuestion: async (question, turn) => (await digest.answerGoalQuestion(question, turn)) ?? questions.answerQuestion(question, turn),
    openProposalForm: proposals.openProposalForm,
    listProposals: proposals.listProposals,
    dialogs: proposals.dialogs,
    showStatus: digest.showStatus,
    subscribe: digest.subscribe,
    unsubscribe: digest.unsubscribe,
    openFigureUpdate: (turn, args) => figures.openFigureUpdate(turn, args),
    showHistory: (subject, turn) => figures.showHistory(subject, turn),
    fetchFigures: (turn) => jobindsats.fetchFigures(turn),
    // Each verb is one row of cards/verbs.ts, so no feature's handler can shadow another's.
    cardActions: {
      ...figures.cardActions,
      ...digest.cardActions,
      ...proposals.cardActions,
      ...questions.cardActions,
    },
  }, runtime.config);
}
