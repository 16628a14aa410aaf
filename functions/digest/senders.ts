/** The sender digests go out through: the bot's own adapter, so Teams gets the Bot Framework token. */
import { createBotEndpoint, productFeatures } from '../../bot/index.js';
import type { Runtime } from '../runtime.js';
import { botSender } from './bot-sender.js';
import type { Sender } from './sender.js';

export function senderFor(rt: Runtime): Sender {
  const log = (level: 'information' | 'warning' | 'error', message: string, ...details: unknown[]) =>
    (level === 'error' ? console.error : level === 'warning' ? console.warn : console.info)(`[digest] ${message}`, ...details);
  return botSender(createBotEndpoint({ config: rt.config, store: rt.store, features: productFeatures(rt), log }));
}
