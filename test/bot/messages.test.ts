/**
 * /api/messages at the activity level: the registered function, a real embedded store, and a recorder
 * standing in for the Teams channel service that the bot's replies go to.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { botAdded, botRemoved, cardOf, cardTexts, CONVERSATIONS, installationUpdate, message, submit, submitData, TENANT, USER } from './support/activities.js';
import { startBot, type BotHarness } from './support/bot-harness.js';

let bot: BotHarness;
let url: string;

beforeAll(async () => {
  bot = await startBot();
  url = bot.channel.serviceUrl;
});
afterAll(() => bot.close());
beforeEach(() => bot.channel.clear());

const personal = CONVERSATIONS.personal.id;
const channel = CONVERSATIONS.channel.id;
const group = CONVERSATIONS.groupChat.id;

describe('registration', () => {
  it('is POST /api/messages, anonymous at the Functions level', () => {
    expect(bot.fn.route).toBe('messages');
    expect(bot.fn.methods).toEqual(['POST']);
    expect(bot.fn.authLevel).toBe('anonymous');
  });
});

describe('installation', () => {
  it('stores a personal install and greets in Danish with the three things Målbot does', async () => {
    const res = await bot.post(installationUpdate(url, 'add', { where: 'personal', locale: 'da-DK' }));
    expect(res.status).toBe(200);

    const stored = await bot.store.conversations.get(personal, personal);
    expect(stored).toMatchObject({
      id: personal,
      scope: 'personal',
      tenantId: TENANT,
      locale: 'da-DK',
      addedBy: { id: USER.id, name: USER.name },
      active: true,
    });
    expect(stored!.reference).toMatchObject({ serviceUrl: url, channelId: 'msteams', conversation: { id: personal }, bot: { id: '28:maalbot-app-id' } });
    expect(Date.parse(stored!.addedAt)).not.toBeNaN();

    const [welcome, ...rest] = bot.channel.messages(personal);
    expect(rest).toEqual([]);
    const texts = cardTexts(welcome);
    expect(texts).toEqual(expect.arrayContaining(['Tal når du spørger', 'Ugentlig målstatus', 'Forslag og quick wins']));
    expect(submitData(cardOf(welcome)).map((d) => d.verb).sort()).toEqual(['ask', 'help', 'proposal', 'status', 'subscribe']);
    expect(submitData(cardOf(welcome)).every((d) => d.lang === 'da')).toBe(true);
  });

  it('greets once when Teams sends both installationUpdate and conversationUpdate for one install', async () => {
    await bot.post(installationUpdate(url, 'add', { where: 'groupChat', locale: 'en-US' }));
    await bot.post(botAdded(url, { where: 'groupChat', locale: 'en-US' }));
    expect(bot.channel.messages(group)).toHaveLength(1);
    expect(cardTexts(bot.channel.messages(group)[0])).toContain('Figures on request');
    expect(await bot.store.conversations.get(group, group)).toMatchObject({ scope: 'groupChat', active: true, locale: 'en-US' });
  });

  it('stores a team channel as scope "team" and greets the channel in English for an English client', async () => {
    await bot.post(botAdded(url, { where: 'channel', locale: 'en-US' }));
    expect(await bot.store.conversations.get(channel, channel)).toMatchObject({ scope: 'team', tenantId: TENANT, active: true });
    const texts = cardTexts(bot.channel.messages(channel)[0]);
    expect(texts.join(' ')).toContain('Mention @Målbot in this channel');
  });

  it('marks a removal inactive, keeps the record, and reactivates with a new welcome on re-install', async () => {
    await bot.post(botRemoved(url, { where: 'channel' }));
    const removed = await bot.store.conversations.get(channel, channel);
    expect(removed).toMatchObject({ active: false, scope: 'team' });
    expect(removed!.removedAt).toBeDefined();
    expect(bot.channel.messages(channel)).toEqual([]);

    await bot.post(botAdded(url, { where: 'channel', locale: 'da-DK' }));
    const again = await bot.store.conversations.get(channel, channel);
    expect(again).toMatchObject({ active: true, locale: 'da-DK' });
    expect(again!.removedAt).toBeUndefined();
    expect(cardTexts(bot.channel.messages(channel)[0])).toContain('Tal når du spørger');
  });

  it('marks a personal uninstall (installationUpdate remove) inactive', async () => {
    await bot.post(installationUpdate(url, 'remove', { where: 'personal' }));
    expect(await bot.store.conversations.get(personal, personal)).toMatchObject({ active: false });
    await bot.post(installationUpdate(url, 'add', { where: 'personal', locale: 'da-DK' }));
  });

  it('ignores other people joining a conversation', async () => {
    const before = await bot.store.conversations.findAll();
    await bot.post({ ...botAdded(url, { where: 'channel' }), membersAdded: [{ id: '29:someone-else' }] });
    expect(await bot.store.conversations.findAll()).toEqual(before);
    expect(bot.channel.messages(channel)).toEqual([]);
  });
});

describe('commands', () => {
  it('answers "hjælp" with the Danish help card even from an English client, and "help" in English from a Danish one', async () => {
    await bot.post(message(url, 'hjælp', { locale: 'en-US' }));
    await bot.post(message(url, 'help', { locale: 'da-DK' }));
    const [da, en] = bot.channel.messages(personal);
    expect(cardTexts(da)).toEqual(expect.arrayContaining(['Det kan Målbot', 'Kommandoer', 'hjælp', 'forslag', 'abonnér', 'afmeld']));
    expect(cardTexts(en)).toEqual(expect.arrayContaining(['What Målbot can do', 'Commands', 'help', 'idea', 'subscribe', 'unsubscribe']));
  });

  it('is case-insensitive and accepts the spellings without accents and with trailing punctuation', async () => {
    for (const typed of ['HJÆLP', 'Hjaelp!', '  hjælp  ']) await bot.post(message(url, typed));
    const replies = bot.channel.messages(personal);
    expect(replies).toHaveLength(3);
    for (const r of replies) expect(cardTexts(r)).toContain('Det kan Målbot');
  });

  it('hands every other command to its feature, whose reply reaches the conversation', async () => {
    // Which features this build wires in is bot/product-features.ts's business; each command must get an answer.
    for (const typed of ['status', 'forslag', 'idea', 'abonnér', 'subscribe', 'afmeld', 'unsubscribe']) {
      bot.channel.clear();
      expect((await bot.post(message(url, typed, { locale: 'da-DK' }))).status).toBe(200);
      const replies = bot.channel.messages(personal);
      expect(replies.length, typed).toBeGreaterThan(0);
      expect(cardTexts(replies[0]), typed).not.toContain('Det kan Målbot');
    }
  });

  it('opens the proposal choice for the words a colleague types for an idea, in both languages', async () => {
    for (const typed of ['idé', 'Ide!', 'ny idé', 'nyt forslag', 'idea', 'new idea']) {
      bot.channel.clear();
      expect((await bot.post(message(url, typed, { locale: 'da-DK' }))).status).toBe(200);
      const replies = bot.channel.messages(personal);
      expect(replies.length, typed).toBeGreaterThan(0);
      expect(cardTexts(replies[0]).join(' '), typed).toMatch(/Hvad vil du sende\?|What would you like to send\?/);
    }
  });

  it('treats any other text as a question, not as a command', async () => {
    for (const typed of ['Hvor mange var på kontanthjælp i 2018?', 'ledighed']) {
      bot.channel.clear();
      expect((await bot.post(message(url, typed, { locale: 'da-DK' }))).status).toBe(200);
      const replies = bot.channel.messages(personal);
      expect(replies.length, typed).toBeGreaterThan(0);
      expect(cardTexts(replies[0]), typed).not.toContain('Det kan Målbot');
    }
  });

  it('answers an unknown-looking command with help and examples', async () => {
    await bot.post(message(url, 'hjælpe'));
    await bot.post(message(url, '/settings', { locale: 'en-US' }));
    const [da, en] = bot.channel.messages(personal);
    expect(cardTexts(da)[0]).toBe('Jeg kender ikke "hjælpe". Her er hvad jeg kan:');
    expect(cardTexts(da)).toContain('Eksempler på spørgsmål');
    expect(cardTexts(da).some((t) => t.startsWith('• Hvor mange'))).toBe(true);
    expect(cardTexts(en)[0]).toBe('I don\'t know "/settings". Here is what I can do:');
  });

  it('strips the @mention in a channel using the mention entity, and tells how to mention in the help', async () => {
    await bot.post(message(url, 'help', { where: 'channel', mention: true, locale: 'da-DK' }));
    // Teams shows the name the team gave the app; the entity still identifies the bot.
    const renamed = message(url, 'x', { where: 'channel' });
    await bot.post({ ...renamed, text: '<at>Jobcenter-bot</at> HJÆLP', entities: [{ type: 'mention', text: '<at>Jobcenter-bot</at>', mentioned: { id: '28:maalbot-app-id', name: 'Jobcenter-bot' } }] });
    const [first, second] = bot.channel.messages(channel);
    expect(cardTexts(first)).toContain('What Målbot can do');
    expect(cardTexts(first)).toContain('In this conversation, mention me with @Målbot, e.g. "@Målbot help".');
    expect(cardTexts(second)).toContain('Det kan Målbot');
  });

  it("answers a bare @mention with help, in the conversation's language (the locale's only in a new one)", async () => {
    await bot.post(message(url, 'hjælp', { where: 'channel', mention: true, locale: 'en-US' }));
    await bot.post(message(url, '', { where: 'channel', mention: true, locale: 'en-US' }));
    await bot.post(message(url, '', { where: 'groupChat', mention: true, locale: 'en-US' }));
    expect(bot.channel.messages(channel).map((m) => cardTexts(m)[0])).toEqual(['Det kan Målbot', 'Det kan Målbot']);
    expect(cardTexts(bot.channel.messages(group)[0])[0]).toBe('What Målbot can do');
  });

  it('replies into the conversation the message came from, as a reply to it', async () => {
    const m = message(url, 'help', { where: 'groupChat' });
    await bot.post(m);
    const sent = bot.channel.sent.filter((s) => s.activity.type === 'message');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ conversationId: group, replyToId: m.id });
  });
});

describe('card buttons (Action.Submit)', () => {
  it('dispatches a verb and answers in the language the card was in', async () => {
    await bot.post(submit(url, { verb: 'help', lang: 'en' }, { locale: 'da-DK' }));
    await bot.post(submit(url, { verb: 'ask', lang: 'da', question: 'Hvor mange er i job?' }, { locale: 'en-US' }));
    const [help, ask] = bot.channel.messages(personal);
    expect(cardTexts(help)).toContain('What Målbot can do');
    // The answer card, in Danish: no figure matches "i job" in this store.
    expect(cardTexts(ask)[0]).toBe('Intet tal');
  });

  it('answers an unknown verb or a bad payload with a plain explanation instead of failing', async () => {
    expect((await bot.post(submit(url, { verb: 'launch-rockets', lang: 'en' }))).status).toBe(200);
    expect((await bot.post(submit(url, { verb: 'ask', lang: 'da', question: '' }))).status).toBe(200);
    expect((await bot.post(submit(url, { nothing: true }, { locale: 'en-US' }))).status).toBe(200);
    expect(bot.channel.messages(personal).map((m) => m.text)).toEqual([
      'I did not understand that button. Type "help" to see what I can do.',
      'Den knap forstod jeg ikke. Skriv "hjælp" for at se, hvad jeg kan.',
      'I did not understand that button. Type "help" to see what I can do.',
    ]);
  });
});

describe('malformed requests', () => {
  it.each([
    ['not JSON', '{"type": "message", ', '(body)'],
    ['an empty body', '', '(body)'],
    ['a JSON array', '[]', '(body)'],
    ['no type', JSON.stringify({ channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }), 'type'],
    ['from as a string', JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: 'u', recipient: { id: 'b' }, conversation: { id: 'c' } }), 'from'],
    ['entities not a list', JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, entities: {} }), 'entities'],
    ['a serviceUrl that is not a URL', JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'file:///etc/passwd', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }), 'serviceUrl'],
  ])('answers %s with 400 problem+json naming the field, and does nothing', async (_name, raw, field) => {
    const before = await bot.store.conversations.findAll();
    const res = await bot.post(undefined, { raw });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(bot.channel.sent).toEqual([]);
    expect(await bot.store.conversations.findAll()).toEqual(before);
  });
});
