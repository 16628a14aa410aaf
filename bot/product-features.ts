/**
 * The features this build of Målbot offers in chat: figure questions, goal status and subscriptions,
 * proposals and figure updates. A feature left out here is answered with an honest "not switched on".
 */
import { figureUpdateFeatures, UPDATE_VERB } from '../functions/import/chat.js';
import { digestFeatures } from '../functions/digest/chat.js';
import { proposalFeatures } from '../functions/proposals/chat/feature.js';
import { queryFeatures } from '../functions/query/chat.js';
import type { Runtime } from '../functions/runtime.js';
import { guardBotFeatures } from '../functions/security/bot-features-guard.js';
import type { BotFeatures } from './features.js';

export function productFeatures(runtime: Runtime): BotFeatures {
  const figures = figureUpdateFeatures(runtime.store, runtime.config.homeOrg);
  const digest = digestFeatures(runtime);
  const questions = queryFeatures(runtime.store, runtime.config.homeOrg);
  const proposals = proposalFeatures(runtime, {
    // Loaded when first needed: messages.ts builds the bot from these features, so a static import would be a cycle.
    messenger: async () => (await import('../functions/http/messages.js')).botFor(runtime),
    log: (message, error) => console.error(`[proposals] ${message}`, error instanceof Error ? error.message : ''),
  });
  // Roles for chat (functions/security): subscriptions need admin, figure updates editor.
  return guardBotFeatures({
    answerQuestion: questions.answerQuestion,
    openProposalForm: proposals.openProposalForm,
    listProposals: proposals.listProposals,
    dialogs: proposals.dialogs,
    showStatus: digest.showStatus,
    subscribe: digest.subscribe,
    unsubscribe: digest.unsubscribe,
    openFigureUpdate: (turn) => figures.openFigureUpdate(turn),
    showHistory: (subject, turn) => figures.showHistory(subject, turn),
    searchChoices: (dataset, query) => figures.searchChoices(dataset, query),
    cardActions: { [UPDATE_VERB]: (data, turn) => figures.submitFigureUpdate(data, turn), ...digest.cardActions, ...proposals.cardActions, ...questions.cardActions },
  }, runtime.config);
}
