/**
 * A digest subscribed to in a team channel reaches that channel. Teams sends a channel post as a thread
 * (`19:…@thread.tacv2;messageid=…`) and the bot is only ever "added" to the team's General channel; the
 * subscription must still be keyed by the channel and delivered there as a new post, through the real
 * message endpoint, the digest timer and the bot's own adapter.
 */
import { InvocationContext } from '@azure/functions';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wallTime } from '../../functions/digest/local-time.js';
import { subscriptionOf, updateSettings } from '../../functions/digest/subscriptions.js';
import { seed } from '../../functions/store/seed.js';
import { botAdded, CONVERSATIONS, message } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
  await seed(bot.store);
}, 60_000);
afterAll(() => bot?.close());

const timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };

it.each(['channel', 'otherChannel'] as const)('a subscription made with an @mention in a thread of the %s receives its digest there', async (where) => {
  const channelId = CONVERSATIONS[where].id;
  const url = bot.channel.serviceUrl;
  await bot.post(botAdded(url, { where: 'channel' }));
  const subscribe = message(url, 'abonnér', { where, mention: true });
  expect(subscribe.conversation.id).toMatch(/;messageid=\d+$/);
  expect((await bot.post(subscribe)).status).toBe(200);

  // Keyed by the channel, and the channel is a known conversation whose reference names the channel itself.
  expect(await subscriptionOf(bot.store, subscribe.conversation.id)).toBeUndefined();
  const scheduled = wallTime(Date.now() - 60_000, 'UTC');
  const time = `${String(scheduled.hour).padStart(2, '0')}:${String(scheduled.minute).padStart(2, '0')}`;
  const sub = await updateSettings(bot.store, channelId, { weekday: scheduled.weekday, time, timeZone: 'UTC' });
  // Made last week, so this week's occurrence (a minute ago) is its to receive.
  const { _etag, ...made } = sub;
  await bot.store.subscriptions.replace({ ...made, createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString() }, _etag);
  const conversation = await bot.store.conversations.get(channelId, channelId);
  expect(conversation).toMatchObject({ active: true, scope: 'team', reference: { conversation: { id: channelId } } });

  bot.channel.clear();
  // Imported once the harness has loaded the functions (importing it registers the timer).
  const { sendDueDigests } = await import('../../functions/timers/digest.js');
  await sendDueDigests(timer, new InvocationContext({ functionName: 'digest', invocationId: `digest-${where}`, logHandler: () => {} }));

  const posted = bot.channel.sent.filter((s) => s.activity.type === 'message');
  // A new post in the channel, not a reply in the thread the subscription was made in: Teams threads by
  // the conversation id's ";messageid=" (a replyToId does not thread; microsoft/botframework-sdk#6626).
  expect(posted.map((s) => s.conversationId)).toEqual([channelId]);
  expect(posted[0]!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const [delivery] = await bot.store.deliveries.findAll({ partitionKey: (await subscriptionOf(bot.store, channelId))!.id });
  expect(delivery).toMatchObject({ status: 'sent' });
});
