/**
 * How a digest leaves: a conversation reference and an activity in, the service's activity id out. The bot's
 * adapter module implements it for Teams; tests and the benchmark use the Bot Connector REST client in
 * connector-sender.ts against a local fake. Failures are SendErrors carrying what the retry policy needs.
 */
export type ConversationRef = Record<string, unknown>;

export interface OutgoingActivity {
  /** Plain text: the notification preview, and the whole message when there is no card. */
  text: string;
  /** An Adaptive Card, sent as the message's attachment. */
  card?: object;
  /**
   * The delivery's id, carried in channelData. Teams does not deduplicate on it; it lets a sender that can
   * look messages up (findSent) recognise a message sent just before a crash.
   */
  marker?: string;
}

export interface Sender {
  send(reference: ConversationRef, activity: OutgoingActivity): Promise<{ activityId: string }>;
  /**
   * The id of a message carrying `marker` already in the conversation, if the channel can tell. Teams' bot
   * connector cannot list a conversation's messages, so the Teams sender leaves this out.
   */
  findSent?(reference: ConversationRef, marker: string): Promise<string | undefined>;
}

export class SendError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined for a network failure. */
    readonly status?: number,
    /** From a Retry-After header, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }

  /** Worth another try later: throttling, server errors, timeouts and network failures. */
  get transient(): boolean {
    return this.status === undefined || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export { parseRetryAfter } from '../../bot/index.js';

export function conversationIdOf(reference: ConversationRef): string | undefined {
  const conversation = reference.conversation as { id?: unknown } | undefined;
  return typeof conversation?.id === 'string' ? conversation.id : undefined;
}

export function tenantIdOf(reference: ConversationRef): string | undefined {
  const conversation = reference.conversation as { tenantId?: unknown } | undefined;
  return typeof conversation?.tenantId === 'string' ? conversation.tenantId : undefined;
}
