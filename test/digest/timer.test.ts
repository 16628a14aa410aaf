/**
 * The digest timer through the real path: the registered timer handler, the runtime's store, the bot's own
 * adapter (botbuilder, local unauthenticated mode) and a local connector standing in for Teams.
 */
import { InvocationContext } from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { wallTime } from '../../functions/digest/local-time.js';
import { subscriptionIdFor } from '../../functions/digest/subscriptions.js';
import { resetRuntime, useRuntime } from '../../functions/runtime.js';
import type { Store } from '../../functions/store/store.js';
import { DIGEST_SCHEDULE, sendDueDigests } from '../../functions/timers/digest.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
let connector: FakeConnector;

beforeAll(async () => {
  ({ store, cleanup } = await seededStore());
  connector = await startFakeConnector();
  useRuntime({ config: { ...loadConfig({}), host: '127.0.0.1' }, store });
}, 60_000);

afterAll(async () => {
  resetRuntime();
  await connector?.close();
  await cleanup?.();
});

const timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
const context = () => new InvocationContext({ functionName: 'digest', invocationId: 'test', logHandler: () => {} });

describe('the digest timer', () => {
  it('runs every 15 minutes (six-field NCRONTAB)', () => {
    expect(DIGEST_SCHEDULE).toBe('0 */15 * * * *');
  });

  it('sends a due subscription its digest card through the bot adapter, once however often it runs', async () => {
    // Scheduled a minute ago, in UTC, so it is due now whenever the test runs.
    const scheduled = wallTime(Date.now() - 60_000, 'UTC');
    const conversationId = 'a:personal-chat-1';
    await store.conversations.create({
      id: conversationId,
      reference: { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: conversationId }, bot: { id: 'bot' }, user: { id: 'user-1' } },
      scope: 'personal',
      addedAt: '2020-01-01T00:00:00Z',
      active: true,
    });
    await store.subscriptions.create({
      id: subscriptionIdFor(conversationId), conversationId, orgId: 'aabenraa', caseIds: [], weekday: scheduled.weekday,
      time: `${String(scheduled.hour).padStart(2, '0')}:${String(scheduled.minute).padStart(2, '0')}`, timeZone: 'UTC', language: 'da',
      active: true, createdBy: { id: 'user-1' }, createdAt: '2020-01-01T00:00:00Z',
    });

    await sendDueDigests(timer, context());
    await sendDueDigests(timer, context());

    expect(connector.received).toHaveLength(1);
    const attachment = (connector.received[0]!.activity.attachments as { contentType: string; content: { body: unknown[] } }[])[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(attachment.content)).toContain('Aabenraa');
    const deliveries = await store.deliveries.findAll({ partitionKey: subscriptionIdFor(conversationId) });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 'sent', activityId: 'act-1' });
  });
});

describe('the bot adapter as the digest sender', () => {
  it('reports a refused send as a failure with its status, never as sent', async () => {
    const { appFor } = await import('../../functions/app.js');
    const { runtime } = await import('../../functions/runtime.js');
    const sender = appFor(await runtime()).sender;
    const reference = { serviceUrl: `${connector.url}/nowhere`, channelId: 'msteams', conversation: { id: 'x' }, bot: { id: 'bot' }, user: { id: 'u' } };
    await expect(sender.send(reference, { text: 'hi' })).rejects.toMatchObject({ name: 'SendError', status: 404 });
  });

  it('passes a 429’s Retry-After on to the retry policy', async () => {
    const busy = await startFakeConnector({ random429Share: 1, retryAfterSeconds: 3 });
    try {
      const { appFor } = await import('../../functions/app.js');
      const { runtime } = await import('../../functions/runtime.js');
      const reference = { serviceUrl: busy.url, channelId: 'msteams', conversation: { id: 'x' }, bot: { id: 'bot' }, user: { id: 'u' } };
      await expect(appFor(await runtime()).sender.send(reference, { text: 'hi' })).rejects.toMatchObject({ status: 429, retryAfterMs: 3000 });
    } finally {
      await busy.close();
    }
  });
});
