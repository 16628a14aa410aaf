/** What the rest of Målbot may use of bot/: building the endpoint, the feature contract, and replies. */
export { card, cardUpdate, text, type Reply } from './activity.js';
export { botAuth, LOCAL_MODE_WARNING } from './auth.js';
export { ChannelError, parseRetryAfter } from './channel-error.js';
export { channelConversation, withoutThread } from './conversations.js';
export { createBotEndpoint, type BotEndpoint } from './endpoint.js';
export type { BotFeatures, DialogHandler, TurnInfo } from './features.js';
export { guardBotFeatures } from './guard.js';
export { onVerb } from './turn.js';
