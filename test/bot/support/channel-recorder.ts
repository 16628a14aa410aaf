/**
 * A stand-in for the Bot Framework channel service: the tests point an activity's serviceUrl here and
 * read back everything the bot sent (replies, typing indicators) in order.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: any;
}

export interface ChannelRecorder {
  serviceUrl: string;
  sent: SentActivity[];
  /** Messages replaced in place (PUT …/activities/{id}: updateActivity), in order. */
  updated: { conversationId: string; activityId: string; activity: any }[];
  /** What was sent to one conversation (a channel: its threads too), typing indicators left out. */
  messages(conversationId: string): any[];
  clear(): void;
  close(): Promise<void>;
}

export async function startChannelRecorder(): Promise<ChannelRecorder> {
  const sent: SentActivity[] = [];
  const updated: ChannelRecorder['updated'] = [];
  let next = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (req.method === 'PUT' && match?.[2]) {
        const activityId = decodeURIComponent(match[2]);
        updated.push({ conversationId: decodeURIComponent(match[1]!), activityId, activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: activityId }));
        return;
      }
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
        return;
      }
      const entry: SentActivity = { conversationId: decodeURIComponent(match[1]!), activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
      if (match[2]) entry.replyToId = decodeURIComponent(match[2]);
      sent.push(entry);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${next++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    updated,
    messages: (conversationId) => sent.filter((s) => channelOf(s.conversationId) === channelOf(conversationId) && s.activity.type === 'message').map((s) => s.activity),
    clear: () => {
      sent.splice(0);
      updated.splice(0);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const channelOf = (conversationId: string) => conversationId.replace(/;messageid=.*$/, '');
