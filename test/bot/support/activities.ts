/**
 * Activities shaped as Teams sends them, for the places Målbot lives (after the examples in the Teams
 * documentation: "Conversation events", "Messages in bot conversations", "Card actions"):
 * - personal chat `a:…` and group chat `19:…@thread.v2`: the conversation id as is;
 * - a team channel: an install event names the team's General channel, whose id is the team's id; a post
 *   or card action in any channel arrives as a thread `19:<channel>@thread.tacv2;messageid=<post>`, with
 *   the channel itself in channelData.channel.id.
 */
export const BOT = { id: '28:maalbot-app-id', name: 'Målbot' };
export const USER = { id: '29:user-1', name: 'Mette Jensen', aadObjectId: '00000000-0000-0000-0000-000000000001' };
export const TENANT = 'tenant-aabenraa';

export type Where = 'personal' | 'groupChat' | 'channel' | 'otherChannel';

/** The conversation each place is known by (a channel's own id, never a thread's). */
export const CONVERSATIONS: Record<Where, { id: string; conversationType: string; tenantId: string; isGroup?: boolean }> = {
  personal: { id: 'a:personal-chat-1', conversationType: 'personal', tenantId: TENANT },
  groupChat: { id: '19:group-chat-1@thread.v2', conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
  /** The team's General channel. */
  channel: { id: '19:general-channel@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
  /** Another channel of the same team: Teams sends no install event for it. */
  otherChannel: { id: '19:kpi-channel@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
};

/** Activity ids only need to differ; a counter keeps every run the same. */
let activities = 0;

export const TEAM = { id: CONVERSATIONS.channel.id, name: 'Jobcenter ledelse' };

const isChannel = (where: Where) => where === 'channel' || where === 'otherChannel';
let post = 1_668_000_000_000;

/** A post or card action: in a channel it belongs to a thread. */
function turnBase(serviceUrl: string, where: Where, locale: string | undefined) {
  const b = base(serviceUrl, where, locale);
  if (!isChannel(where)) return b;
  const channel = CONVERSATIONS[where].id;
  return {
    ...b,
    conversation: { ...b.conversation, id: `${channel};messageid=${post++}` },
    channelData: { ...b.channelData, channel: { id: channel } },
  };
}

/** An install or removal event: in a team it names the General channel. */
function base(serviceUrl: string, where: Where, locale: string | undefined) {
  return {
    id: `activity-${++activities}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: '2026-11-22T10:00:00.000Z',
    from: USER,
    recipient: BOT,
    conversation: CONVERSATIONS[where],
    ...(locale ? { locale } : {}),
    channelData: { tenant: { id: TENANT }, ...(isChannel(where) ? { team: TEAM } : {}) },
  };
}

export function message(serviceUrl: string, text: string, options: { where?: Where; locale?: string; mention?: boolean } = {}) {
  const where = options.where ?? 'personal';
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...turnBase(serviceUrl, where, options.locale),
    type: 'message',
    text: options.mention ? `${mentionText} ${text}` : text,
    ...(options.mention ? { entities: [{ type: 'mention', text: mentionText, mentioned: BOT }, { type: 'clientInfo', locale: options.locale ?? 'da-DK' }] } : {}),
  };
}

export function submit(serviceUrl: string, value: unknown, options: { where?: Where; locale?: string } = {}) {
  return { ...turnBase(serviceUrl, options.where ?? 'personal', options.locale), type: 'message', value };
}

export function installationUpdate(serviceUrl: string, action: 'add' | 'remove', options: { where?: Where; locale?: string } = {}) {
  return { ...base(serviceUrl, options.where ?? 'personal', options.locale), type: 'installationUpdate', action };
}

export function botAdded(serviceUrl: string, options: { where?: Where; locale?: string } = {}) {
  return teamEvent({ ...base(serviceUrl, options.where ?? 'channel', options.locale), type: 'conversationUpdate', membersAdded: [BOT] }, 'teamMemberAdded');
}

export function botRemoved(serviceUrl: string, options: { where?: Where; locale?: string } = {}) {
  return teamEvent({ ...base(serviceUrl, options.where ?? 'channel', options.locale), type: 'conversationUpdate', membersRemoved: [BOT] }, 'teamMemberRemoved');
}

function teamEvent<A extends ReturnType<typeof base>>(activity: A, eventType: string): A {
  return 'team' in activity.channelData ? { ...activity, channelData: { ...activity.channelData, eventType } } : activity;
}

/** The texts of an Adaptive Card, in order: what a reader would see. */
export function cardTexts(activity: any): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string') out.push(node.text);
    if (typeof node.title === 'string') out.push(node.title);
    if (typeof node.value === 'string') out.push(node.value);
    for (const key of ['body', 'items', 'columns', 'facts', 'actions']) if (node[key]) walk(node[key]);
  };
  for (const a of activity.attachments ?? []) walk(a.content);
  return out;
}

export function cardOf(activity: any): any {
  const attachment = (activity.attachments ?? []).find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content;
}

/** Every Action.Submit payload in a card. */
export function submitData(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Action.Submit') out.push(node.data);
    for (const key of ['body', 'items', 'columns', 'actions']) if (node[key]) walk(node[key]);
  };
  walk(card);
  return out;
}
