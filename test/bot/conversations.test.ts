/**
 * Which conversation an activity belongs to, for the payloads the Teams documentation shows: a card action
 * in a channel thread ("Card actions", messageBack inbound example), the bot added to a team ("Conversation
 * events", teamMemberAdded), a personal message ("Messages in bot conversations") and a group chat.
 */
import { describe, expect, it } from 'vitest';
import { IncomingActivitySchema } from '../../bot/activity.js';
import { conversationKeyOf, referenceOf, scopeOf } from '../../bot/conversations.js';

const parse = (a: unknown) => IncomingActivitySchema.parse(a);

const channelThread = parse({
  type: 'message',
  id: 'f:5261769396935243054',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer-client-ss.msg/',
  from: { id: '29:102jd210jd010icsoaeclaejcoa9ue09u', name: 'John Smith' },
  conversation: { id: '19:malejcou081i20ojmlcau0@thread.skype;messageid=1498171086622' },
  recipient: { id: '28:76096e45-119f-4736-859c-6dfff54395f7', name: 'MyBot' },
  value: { property: 'propertyValue' },
  channelData: {
    channel: { id: '19:malejcou081i20ojmlcau0@thread.skype' },
    team: { id: '19:12d021jdoijsaeoaue0u@thread.skype' },
    tenant: { id: 'bec8e231-67ad-484e-87f4-3e5438390a77' },
  },
  replyToId: '1575667808184',
});

const addedToTeam = parse({
  membersAdded: [{ id: '28:f5d48856-5b42-41a0-8c3a-c5f944b679b0' }],
  type: 'conversationUpdate',
  id: 'f:5f85c2ad',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer-client-ss.msg/',
  from: { id: '29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA' },
  conversation: { isGroup: true, conversationType: 'channel', id: '19:efa9296d959346209fea44151c742e73@thread.skype' },
  recipient: { id: '28:f5d48856-5b42-41a0-8c3a-c5f944b679b0', name: 'SongsuggesterBot' },
  channelData: { team: { id: '19:efa9296d959346209fea44151c742e73@thread.skype' }, eventType: 'teamMemberAdded', tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' } },
});

const personal = parse({
  type: 'message',
  id: '1485983408511',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw', name: 'Megan Bowen', aadObjectId: '7faf8ab2-3d56-4244-b585-20c8a42ed2b8' },
  conversation: { conversationType: 'personal', id: 'a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-' },
  recipient: { id: '28:c9e8c047-2a74-40a2-b28a-b162d5f5327c', name: 'Teams TestBot' },
  text: 'Hello Teams TestBot',
  channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' } },
});

const groupChat = parse({
  ...personal,
  conversation: { isGroup: true, conversationType: 'groupChat', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', id: '19:9a2f5ae4c6a54a6b8cd4c2b7b2c2b8e1@thread.v2' },
});

describe('the conversation an activity belongs to', () => {
  it('is the channel for a post or card action in a channel thread, not the thread', () => {
    expect(scopeOf(channelThread)).toBe('team');
    expect(conversationKeyOf(channelThread)).toBe('19:malejcou081i20ojmlcau0@thread.skype');
  });

  it('is the thread id without ";messageid=" when channelData names no channel', () => {
    const { channel: _channel, ...channelData } = channelThread.channelData!;
    expect(conversationKeyOf({ ...channelThread, channelData })).toBe('19:malejcou081i20ojmlcau0@thread.skype');
  });

  it("is the General channel (the team's id) when the bot is added to a team", () => {
    expect(conversationKeyOf(addedToTeam)).toBe('19:efa9296d959346209fea44151c742e73@thread.skype');
  });

  it("is Teams' own id in a personal or group chat", () => {
    expect(conversationKeyOf(personal)).toBe(personal.conversation.id);
    expect(conversationKeyOf(groupChat)).toBe('19:9a2f5ae4c6a54a6b8cd4c2b7b2c2b8e1@thread.v2');
    expect(scopeOf(groupChat)).toBe('groupChat');
  });
});

describe('the reference stored for proactive sends', () => {
  it('in a channel names the channel and no activity, so a digest is a new post rather than a reply in a thread', () => {
    const reference = referenceOf(channelThread);
    expect(reference.conversation).toMatchObject({ id: '19:malejcou081i20ojmlcau0@thread.skype' });
    expect(reference).not.toHaveProperty('activityId');
    expect(reference).toMatchObject({ serviceUrl: channelThread.serviceUrl, bot: channelThread.recipient });
  });

  it('in a personal chat is the conversation as Teams sent it', () => {
    expect(referenceOf(personal)).toMatchObject({ conversation: personal.conversation, user: personal.from, activityId: personal.id });
  });
});
