/** The Sender over the bot's proactive send: the channel's refusals become SendErrors with status and Retry-After. */
import { ChannelError, type BotEndpoint } from '../../bot/index.js';
import { SendError, type Sender } from './sender.js';

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

function toSendError(error: unknown): SendError {
  if (error instanceof ChannelError) return new SendError(error.message, error.status, error.retryAfterMs);
  return new SendError(error instanceof Error ? error.message : String(error));
}
