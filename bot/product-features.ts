/**
 * The features this build of Målbot offers in chat. Each feature module is wired in here as it lands
 * (figure questions, goal status and subscriptions, proposals); until then the bot says honestly that
 * the feature is not switched on.
 */
import { figureUpdateFeatures, UPDATE_VERB } from '../functions/import/chat.js';
import { digestFeatures } from '../functions/digest/chat.js';
import { proposalFeatures } from '../functions/proposals/chat/feature.js';
import type { Runtime } from '../functions/runtime.js';
import { guardBotFeatures } from '../functions/security/bot-features-guard.js';
import type { BotFeatures } from './features.js';

export function productFeatures(runtime: Runtime): BotFeatures {
  const figures = figureUpdateFeatures(runtime.store, runtime.config.homeOrg);
  const digest = digestFeatures(runtime);
  const proposals = proposalFeatures(runtime, {
    // Loaded when first needed: messages.ts builds the bot from these features, so a static import would be a cycle.
    messenger: async () => (await import('../functions/http/messages.js')).botFor(runtime),
    log: (message, error) => console.error(`[proposals] ${message}`, error instanceof Error ? error.message : ''),
  });
  // Roles for chat (functions/security): subscriptions need admin, figure updates editor.
  return guardBotFeatures({
    openProposalForm: proposals.openProposalForm,
    listProposals: proposals.listProposals,
    dialogs: proposals.dialogs,
    showStatus: digest.showStatus,
    subscribe: digest.subscribe,
    unsubscribe: digest.unsubscribe,
    openFigureUpdate: (turn) => figures.openFigureUpdate(turn),
    showHistory: (subject, turn) => figures.showHistory(subject, turn),
    searchChoices: (dataset, query) => figures.searchChoices(dataset, query),
    cardActions: { [UPDATE_VERB]: (data, turn) => figures.submitFigureUpdate(data, turn), ...digest.cardActions, ...proposals.cardActions },
  }, runtime.config);
}
