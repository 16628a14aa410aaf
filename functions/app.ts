/**
 * The composition root: everything that talks to Teams is built here, once per runtime, and handed to
 * the Functions that need it (http/messages.ts, timers/digest.ts, the proposal API, the digest CLI).
 * One bot endpoint serves incoming activities, is the chat features' messenger (proposal notices) and
 * is the digest sender's transport. bot/ knows no feature; this file is where they meet.
 */
import { createBotEndpoint, type BotEndpoint, type BotFeatures } from '../bot/index.js';
import { chatFeatures } from './chat-features.js';
import { botSender } from './digest/bot-sender.js';
import type { Sender } from './digest/sender.js';
import type { Messenger } from './proposals/chat/routing.js';
import type { Runtime } from './runtime.js';
import { botLog } from './telemetry.js';

export interface App {
  /** POST /api/messages and every proactive send. */
  bot: BotEndpoint;
  /** The chat features, guarded by role, as the bot runs them. */
  features: BotFeatures;
  /** How digests leave: the bot's proactive send, with SDK failures as SendErrors. */
  sender: Sender;
}

// Tests and the local host swap runtimes; the Functions host keeps one for its life.
const apps = new WeakMap<Runtime, App>();

export function appFor(runtime: Runtime): App {
  let app = apps.get(runtime);
  if (!app) {
    app = buildApp(runtime);
    apps.set(runtime, app);
  }
  return app;
}

function buildApp(runtime: Runtime): App {
  // The features send through the bot, and the bot runs the features: the messenger reaches the bot
  // only when a feature sends, by which time it exists.
  let bot: BotEndpoint | undefined;
  const messenger: Messenger = {
    sendTo: (conversation, replies) => bot!.sendTo(conversation, replies),
    update: (conversation, activityId, reply) => bot!.update(conversation, activityId, reply),
  };
  const features = chatFeatures(runtime, messenger);
  // Structured, scrubbed and tagged with the invocation and activity ids (functions/telemetry.ts).
  bot = createBotEndpoint({ config: runtime.config, store: runtime.store, features, log: botLog });
  return { bot, features, sender: botSender(bot) };
}
