/**
 * The features this build of Målbot offers in chat. Each feature module is wired in here as it lands
 * (figure questions, goal status and subscriptions, proposals); until then the bot says honestly that
 * the feature is not switched on.
 */
import type { Runtime } from '../functions/runtime.js';
import type { BotFeatures } from './features.js';

export function productFeatures(_runtime: Runtime): BotFeatures {
  return {};
}
