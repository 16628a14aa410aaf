/**
 * Our own small view of a Bot Framework activity — what comes in, validated with zod — and of what the
 * bot sends back. Nothing outside bot/adapter/ sees a botbuilder type, so moving to the Microsoft 365
 * Agents SDK touches only that folder.
 */
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/index.js';

const Account = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

const ConversationAccount = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  conversationType: z.string().optional(),
  tenantId: z.string().optional(),
  isGroup: z.boolean().optional(),
});

const Entity = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  mentioned: Account.partial().optional(),
});

/**
 * What a channel must send for the bot to act on it. Unknown properties pass through untouched; the ones
 * named here must have these shapes, or the request is answered 400 before anything runs.
 */
export const IncomingActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  timestamp: z.string().optional(),
  from: Account,
  recipient: Account,
  conversation: ConversationAccount,
  text: z.string().optional(),
  locale: z.string().max(20).optional(),
  value: z.unknown().optional(),
  name: z.string().optional(),
  action: z.string().optional(),
  replyToId: z.string().optional(),
  entities: z.array(Entity).optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string() }).optional(),
      team: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
      channel: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
      eventType: z.string().optional(),
    })
    .optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

/** One thing the bot sends in reply: plain text, or an Adaptive Card with a text fallback for notifications. */
export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'card'; card: AdaptiveCard; summary: string }
  /** The card whose button was pressed, as it should look now (Action.Execute answers with it in place; elsewhere it is sent as a new message). */
  | { kind: 'card-update'; card: AdaptiveCard; summary: string };

export const text = (value: string): Reply => ({ kind: 'text', text: value });
export const card = (value: AdaptiveCard, summary: string): Reply => ({ kind: 'card', card: value, summary });
export const cardUpdate = (value: AdaptiveCard, summary: string): Reply => ({ kind: 'card-update', card: value, summary });

/**
 * Sends replies into the conversation the turn came from. `typing` shows the typing indicator; the
 * adapter implements it with the SDK of the day.
 */
export interface TurnIO {
  send(replies: Reply[]): Promise<void>;
  typing(): Promise<void>;
}
