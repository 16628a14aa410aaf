/**
 * Finding 10: invokes and messages Teams could send that carry nothing Målbot can act on — an
 * Action.Execute without a verb or with an empty value, a dialog fetch without a value, a dialog submit
 * of garbage, message-extension and other invokes the app never declared, a message that is only an
 * attachment. Each gets a clear 4xx invoke response or a Danish/English message, never a 5xx or a
 * 501, and writes nothing but the conversation record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { useRuntime } from '../../functions/runtime.js';
import { seed } from '../../functions/store/seed.js';
import { submit } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { countingStore, type WriteCounter } from './support/counting-store.js';

let bot: BotHarness;
let writes: WriteCounter;
beforeAll(async () => {
  bot = await startBot();
  await seed(bot.store);
  const counted = countingStore(bot.store);
  writes = counted.writes;
  useRuntime({ config: loadConfig({}), store: counted.store });
}, 60_000);
afterAll(() => bot.close());

const invoke = (name: string | undefined, value?: unknown) => {
  const base = { ...submit('', {}), type: 'invoke' } as Record<string, unknown>;
  delete base.value;
  return { ...base, ...(name === undefined ? {} : { name }), ...(value === undefined ? {} : { value }) };
};

const INVOKES: [string, () => Record<string, unknown>][] = [
  ['adaptiveCard/action without a value', () => invoke('adaptiveCard/action')],
  ['adaptiveCard/action with value {}', () => invoke('adaptiveCard/action', {})],
  ['adaptiveCard/action with an action but no verb', () => invoke('adaptiveCard/action', { action: { type: 'Action.Execute', data: {} }, trigger: 'manual' })],
  ['adaptiveCard/action with an unknown verb', () => invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'no.such.verb', data: { verb: 'no.such.verb' } } })],
  ['adaptiveCard/action of another action type', () => invoke('adaptiveCard/action', { action: { type: 'Action.Submit', verb: 'help' } })],
  ['adaptiveCard/action with a string value', () => invoke('adaptiveCard/action', 'garbage')],
  ['adaptiveCard/action with data that is an array', () => invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'help', data: [1, 2] } })],
  ['task/fetch without a value', () => invoke('task/fetch')],
  ['task/fetch with value null', () => invoke('task/fetch', null)],
  ['task/fetch with value {}', () => invoke('task/fetch', {})],
  ['task/submit with a number', () => invoke('task/submit', 42)],
  ['task/submit with data that is a string', () => invoke('task/submit', { data: 'garbage' })],
  ['task/submit with an unknown verb', () => invoke('task/submit', { data: { verb: 'no.such.verb' } })],
  ['composeExtension/query', () => invoke('composeExtension/query', { commandId: 'search', parameters: [{ name: 'q', value: 'x' }] })],
  ['composeExtension/fetchTask', () => invoke('composeExtension/fetchTask', {})],
  ['composeExtension/submitAction', () => invoke('composeExtension/submitAction', { data: {} })],
  ['composeExtension/queryLink', () => invoke('composeExtension/queryLink', { url: 'https://example.org' })],
  ['composeExtension/made-up', () => invoke('composeExtension/made-up', {})],
  ['actionableMessage/executeAction', () => invoke('actionableMessage/executeAction', {})],
  ['signin/verifyState', () => invoke('signin/verifyState', { state: '123' })],
  ['fileConsent/invoke', () => invoke('fileConsent/invoke', { action: 'accept' })],
  ['an unknown invoke name', () => invoke('no/such-invoke', {})],
  ['an invoke without a name', () => invoke(undefined, {})],
  ['application/search without a value', () => invoke('application/search')],
  ['application/search with garbage', () => invoke('application/search', 'x')],
];

const writesOutsideConversations = () => writes.total - (writes.byContainer.get('conversations') ?? 0);

describe.each(INVOKES)('%s', (_name, make) => {
  it('is answered with a 4xx or a message, never a 5xx, and writes nothing', async () => {
    const before = writesOutsideConversations();
    const res = await bot.post({ ...make(), serviceUrl: bot.channel.serviceUrl });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    expect(writesOutsideConversations()).toBe(before);
    // Either a refusal the client can show, or an answer (a card, a dialog message or a sent text).
    if (res.status >= 400) expect(JSON.stringify(res.body)).toMatch(/Målbot (kan ikke|cannot)|kan Målbot ikke/);
    bot.channel.clear();
  });
});

describe('a message that is only an attachment', () => {
  it.each([
    ['an image', [{ contentType: 'image/png', contentUrl: 'https://example.org/a.png', name: 'a.png' }]],
    ['a file', [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'x.xlsx', content: { downloadUrl: 'https://example.org/x' } }]],
    ['a card', [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }]],
  ])('%s: answered in chat (Danish first), never a 5xx', async (_name, attachments) => {
    const before = writesOutsideConversations();
    const { value: _value, ...activity } = submit(bot.channel.serviceUrl, {}) as Record<string, unknown>;
    const res = await bot.post({ ...activity, attachments });
    expect(res.status).toBeLessThan(500);
    expect(writesOutsideConversations()).toBe(before);
    expect(bot.channel.sent.length).toBeGreaterThan(0);
    bot.channel.clear();
  });
});
