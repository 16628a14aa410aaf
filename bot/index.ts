export { card, cardUpdate, text, IncomingActivitySchema, type IncomingActivity, type Reply, type TurnIO } from './activity.js';
export { botAuth, LOCAL_MODE_WARNING, type BotAuth } from './auth.js';
export { COMMANDS, COMMAND_NAMES, commandList, parseCommand, type CommandName } from './commands.js';
export { channelConversation, withoutThread } from './conversations.js';
export { createBotEndpoint, UnauthorizedError, type BotEndpoint, type BotEndpointOptions } from './endpoint.js';
export type { BotFeatures, CardActionHandler, DialogHandler, DialogReply, TurnInfo } from './features.js';
export { createMaalbot, type BotLog, type Maalbot } from './maalbot.js';
export { submit, VERB_SCHEMAS, type Verb } from './verbs.js';
