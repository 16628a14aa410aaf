/** The Sender over the bot's proactive send (bot/adapter): SDK errors become SendErrors with status and Retry-After. */
import type { BotEndpoint } from '../../bot/index.js';
import { SendError, parseRetryAfter, type Sender } from './sender.js';

export function botSender(bot: Pick<BotEndpoint, 'sendTo'>): Sender {
  return {
    async send(reference, activity) {
      const reply = activity.card
        ? { kind: 'card' as const, card: activity.card as never, summary: activity.text }
        : { kind: 'text' as const, text: activity.text };
      try {
        const [activityId = ''] = await bot.sendTo({ reference }, [reply]);
        return { activityId };
      } catch (error) {
        throw toSendError(error);
      }
    },
  };
}

/** botframework-connector throws RestErrors with statusCode and the response's headers; fetch failures have neither. */
export function toSendError(error: unknown): SendError {
  const e = error as { message?: string; statusCode?: unknown; response?: { headers?: { get?: (name: string) => string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfter = e.response?.headers?.get?.('retry-after');
  return new SendError(e.message ?? String(error), status, parseRetryAfter(retryAfter, Date.now()));
}
