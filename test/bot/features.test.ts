/**
 * Features handed in when the bot is created: called with who/where/which language, typing shown first,
 * their own card verbs dispatched, failures turned into an honest card.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { card, createBotEndpoint, text, type BotEndpoint, type TurnInfo } from '../../bot/index.js';
import { messageCard } from '../../cards/index.js';
import { loadConfig } from '../../functions/config.js';
import { ValidationError } from '../../functions/domain/errors.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { cardTexts, CONVERSATIONS, message, submit } from './support/activities.js';
import { startChannelRecorder, type ChannelRecorder } from './support/channel-recorder.js';
import { warmCards } from './support/warm-cards.js';

let dir: string;
let store: Store;
let channel: ChannelRecorder;
let endpoint: BotEndpoint;
const calls: { feature: string; arg: unknown; turn: TurnInfo }[] = [];
const logged: string[] = [];

beforeAll(async () => {
  warmCards();
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-features-'));
  store = await openEmbeddedStore({ dir });
  channel = await startChannelRecorder();
  endpoint = createBotEndpoint({
    config: loadConfig({}),
    store,
    log: (level, m) => logged.push(`${level} ${m}`),
    features: {
      async answerQuestion(question, turn) {
        calls.push({ feature: 'answerQuestion', arg: question, turn });
        if (question.includes('boom')) throw new Error('index exploded');
        if (question.includes('bad')) throw new ValidationError('Spørgsmålet er for langt.');
        return [text(`${turn.lang}: 1.869 fuldtidspersoner`)];
      },
      async subscribe(turn, args) {
        calls.push({ feature: 'subscribe', arg: args, turn });
        return [card(messageCard({ title: 'Abonnement oprettet', paragraphs: [args] }), 'ok')];
      },
      cardActions: {
        'proposal.submit': async (data, turn) => {
          calls.push({ feature: 'proposal.submit', arg: data, turn });
          return [text(`tak for "${String(data.title)}"`)];
        },
      },
    },
  });
});
afterAll(async () => {
  await channel.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  channel.clear();
  calls.splice(0);
});

const personal = CONVERSATIONS.personal.id;
/** A turn over its deadline is answered 202 and goes on sending: fail here, not in the next assertion or test. */
const post = async (activity: unknown) => {
  const answered = await endpoint.handle(JSON.stringify(activity), null);
  expect(answered, 'the turn finished within its deadline').not.toEqual({ status: 202 });
  return answered;
};

it('hands a question to answerQuestion with the user, conversation and language, after a typing indicator', async () => {
  await post(message(channel.serviceUrl, 'How many were on benefits in 2017?', { where: 'channel', mention: true }));
  expect(calls).toEqual([
    {
      feature: 'answerQuestion',
      arg: 'How many were on benefits in 2017?',
      turn: {
        lang: 'en',
        conversation: { id: CONVERSATIONS.channel.id, scope: 'team', tenantId: 'tenant-aabenraa' },
        user: { id: '29:user-1', name: 'Mette Jensen', aadObjectId: '00000000-0000-0000-0000-000000000001' },
      },
    },
  ]);
  expect(channel.sent.map((s) => s.activity.type)).toEqual(['typing', 'message']);
  expect(channel.sent[1]!.activity.text).toBe('en: 1.869 fuldtidspersoner');
});

it('passes the words after a command to the feature', async () => {
  await post(message(channel.serviceUrl, 'abonnér mandag 08:00', { locale: 'da-DK' }));
  expect(calls[0]).toMatchObject({ feature: 'subscribe', arg: 'mandag 08:00', turn: { lang: 'da', locale: 'da-DK' } });
  expect(cardTexts(channel.messages(personal)[0])).toEqual(['Abonnement oprettet', 'mandag 08:00']);
});

it("dispatches a feature's own card verb with the submitted data", async () => {
  await post(submit(channel.serviceUrl, { verb: 'proposal.submit', lang: 'da', title: 'Hurtigere visitation' }));
  expect(calls[0]).toMatchObject({ feature: 'proposal.submit', arg: { verb: 'proposal.submit', title: 'Hurtigere visitation' }, turn: { lang: 'da' } });
  expect(channel.messages(personal).map((m) => m.text)).toEqual(['tak for "Hurtigere visitation"']);
});

it('turns a failing feature into an apology card and logs it; a refusal (4xx) is shown as its message', async () => {
  await post(message(channel.serviceUrl, 'hvad med boom i 2018?'));
  await post(message(channel.serviceUrl, 'bad spørgsmål om 2018'));
  const [failed, refused] = channel.messages(personal);
  expect(cardTexts(failed)[0]).toBe('Noget gik galt');
  expect(logged.some((l) => l.startsWith('error Turn failed'))).toBe(true);
  expect(refused.text).toBe('Spørgsmålet er for langt.');
});

it('refuses a feature card verb that would shadow one of the bot\'s own', () => {
  expect(() =>
    createBotEndpoint({ config: loadConfig({}), store, log: () => undefined, features: { cardActions: { help: async () => [] } } }),
  ).toThrow(/belongs to the bot/);
});

it('answers a feature that is not handed in with an honest "not switched on" in the user language', async () => {
  const bare = createBotEndpoint({ config: loadConfig({}), store, log: () => undefined, features: {} });
  const say = (text: string, locale: string) => bare.handle(JSON.stringify(message(channel.serviceUrl, text, { locale })), null);
  await say('status', 'en-US');
  await say('abonner', 'en-US');
  await say('unsubscribe', 'da-DK');
  await say('status', 'da-DK');
  await say('forslag', 'en-US');
  await say('status', 'en-US');
  await say('How many were on cash benefit in 2018?', 'da-DK');
  await say('Hvor mange var på kontanthjælp i 2018?', 'en-US');
  expect(channel.messages(personal).map((m) => cardTexts(m)[0])).toEqual([
    // "status" is a word of both languages: first in a conversation it is Danish, whatever the client's locale ...
    'Målstatus er ikke slået til endnu',
    'Ugentlig målstatus er ikke slået til endnu',
    'Unsubscribing from the weekly goal status is not switched on yet',
    // ... and later the conversation's language, whatever the locale.
    'Goal status is not switched on yet',
    'Forslag og quick wins er ikke slået til endnu',
    'Målstatus er ikke slået til endnu',
    // A clearly Danish or English question is answered in its own language whatever the locale.
    'Answers to questions about figures is not switched on yet',
    'Svar på spørgsmål om tal er ikke slået til endnu',
  ]);
  // No typing indicator for an answer that is immediate.
  expect(channel.sent.every((s) => s.activity.type === 'message')).toBe(true);
});

it('sends proactively into a stored conversation reference', async () => {
  const reference = { bot: { id: '28:maalbot-app-id' }, conversation: { id: personal }, channelId: 'msteams', serviceUrl: channel.serviceUrl, user: { id: '29:user-1' } };
  await endpoint.sendTo({ reference }, [text('Ugens målstatus')]);
  expect(channel.messages(personal).map((m) => m.text)).toEqual(['Ugens målstatus']);
});
