/**
 * A Sender speaking the Bot Connector REST API (POST {serviceUrl}/v3/conversations/{id}/activities) without
 * authentication: for a local connector (tests, the benchmark, an emulator). Teams itself is reached through
 * the bot's adapter module, which adds the Bot Framework token.
 */
import { SendError, conversationIdOf, parseRetryAfter, type ConversationRef, type OutgoingActivity, type Sender } from './sender.js';

export class ConnectorSender implements Sender {
  constructor(private readonly options: { timeoutMs?: number; lookup?: boolean } = {}) {}

  async send(reference: ConversationRef, activity: OutgoingActivity): Promise<{ activityId: string }> {
    const body = toActivity(reference, activity);
    const response = await this.request(`${url(reference)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json().catch(() => ({}))) as { id?: string };
    return { activityId: json.id ?? '' };
  }

  get findSent(): Sender['findSent'] {
    if (!this.options.lookup) return undefined;
    return async (reference, marker) => {
      const response = await this.request(`${url(reference)}?marker=${encodeURIComponent(marker)}`, { method: 'GET' });
      const json = (await response.json()) as { id?: string };
      return json.id || undefined;
    };
  }

  private async request(target: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(target, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000) });
    } catch (error) {
      throw new SendError(`network: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status >= 400) {
      const text = await response.text().catch(() => '');
      throw new SendError(text.slice(0, 200) || response.statusText, response.status, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
    }
    return response;
  }
}

function url(reference: ConversationRef): string {
  const serviceUrl = String(reference.serviceUrl ?? '').replace(/\/$/, '');
  const id = conversationIdOf(reference);
  if (!serviceUrl || !id) throw new SendError('the conversation reference has no serviceUrl or conversation id', 400);
  return `${serviceUrl}/v3/conversations/${encodeURIComponent(id)}/activities`;
}

/** The Bot Framework activity for a digest: the card as an attachment, the text as its preview. */
export function toActivity(reference: ConversationRef, activity: OutgoingActivity): Record<string, unknown> {
  return {
    type: 'message',
    text: activity.card ? undefined : activity.text,
    summary: activity.text,
    conversation: reference.conversation,
    from: reference.bot,
    recipient: reference.user,
    attachments: activity.card ? [{ contentType: 'application/vnd.microsoft.card.adaptive', content: activity.card }] : undefined,
    channelData: activity.marker ? { maalbotDeliveryId: activity.marker } : undefined,
  };
}
