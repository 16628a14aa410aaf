/** Activities shaped as Teams sends them, for the three places Målbot lives. */
export const BOT = { id: '28:maalbot-app-id', name: 'Målbot' };
export const USER = { id: '29:user-1', name: 'Mette Jensen', aadObjectId: '00000000-0000-0000-0000-000000000001' };
export const TENANT = 'tenant-aabenraa';

export type Where = 'personal' | 'groupChat' | 'channel';

export const CONVERSATIONS: Record<Where, { id: string; conversationType: string; tenantId: string; isGroup?: boolean }> = {
  personal: { id: 'a:personal-chat-1', conversationType: 'personal', tenantId: TENANT },
  groupChat: { id: '19:group-chat-1@thread.v2', conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
  channel: { id: '19:general-channel@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
};

/** Activity ids only need to differ; a counter keeps every run the same. */
let activities = 0;

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
    channelData: {
      tenant: { id: TENANT },
      ...(where === 'channel' ? { team: { id: '19:team-1@thread.tacv2', name: 'Jobcenter ledelse' }, channel: { id: CONVERSATIONS.channel.id, name: 'General' } } : {}),
    },
  };
}

export function message(serviceUrl: string, text: string, options: { where?: Where; locale?: string; mention?: boolean } = {}) {
  const where = options.where ?? 'personal';
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, where, options.locale),
    type: 'message',
    text: options.mention ? `${mentionText} ${text}` : text,
    ...(options.mention ? { entities: [{ type: 'mention', text: mentionText, mentioned: BOT }, { type: 'clientInfo', locale: options.locale ?? 'da-DK' }] } : {}),
  };
}

export function submit(serviceUrl: string, value: unknown, options: { where?: Where; locale?: string } = {}) {
  return { ...base(serviceUrl, options.where ?? 'personal', options.locale), type: 'message', value };
}

export function installationUpdate(serviceUrl: string, action: 'add' | 'remove', options: { where?: Where; locale?: string } = {}) {
  return { ...base(serviceUrl, options.where ?? 'personal', options.locale), type: 'installationUpdate', action };
}

export function botAdded(serviceUrl: string, options: { where?: Where; locale?: string } = {}) {
  return { ...base(serviceUrl, options.where ?? 'channel', options.locale), type: 'conversationUpdate', membersAdded: [BOT] };
}

export function botRemoved(serviceUrl: string, options: { where?: Where; locale?: string } = {}) {
  return { ...base(serviceUrl, options.where ?? 'channel', options.locale), type: 'conversationUpdate', membersRemoved: [BOT] };
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
