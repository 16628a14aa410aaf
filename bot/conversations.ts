/**
 * Conversations the bot has been added to or spoken in: digest targets and review conversations. Kept in
 * the store so they survive restarts and redeploys; removal keeps the record but marks it inactive (a
 * re-install reactivates it).
 *
 * A channel is one conversation however it is reached: Teams sends a post in a channel as
 * `19:…@thread.tacv2;messageid=…` (the thread), and `channelData.channel.id` is the channel itself. Records,
 * subscriptions and proactive sends all use the channel's id, so a digest starts a new post in the channel
 * instead of answering an old thread, and a channel the bot was never "added" to (only the team's General
 * channel gets an install event) is recorded the first time someone talks to the bot there.
 */
import { ConflictError, PreconditionFailedError } from '../functions/domain/errors.js';
import type { Conversation } from '../functions/domain/model.js';
import type { Store } from '../functions/store/store.js';
import type { IncomingActivity } from './activity.js';

export function scopeOf(activity: Pick<IncomingActivity, 'conversation' | 'channelData'>): Conversation['scope'] {
  switch (activity.conversation.conversationType) {
    case 'personal':
      return 'personal';
    case 'groupChat':
      return 'groupChat';
    case 'channel':
      return 'team';
  }
  if (activity.channelData?.team) return 'team';
  return activity.conversation.isGroup ? 'groupChat' : 'personal';
}

export function tenantOf(activity: Pick<IncomingActivity, 'conversation' | 'channelData'>): string | undefined {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
}

/** `19:…@thread.tacv2;messageid=…` is a thread of the channel `19:…@thread.tacv2`. */
export function withoutThread(conversationId: string): string {
  return conversationId.replace(/;messageid=.*$/i, '');
}

/** The id Målbot keys a conversation by: the channel for anything said in a channel, else Teams' id. */
export function conversationKeyOf(activity: Pick<IncomingActivity, 'conversation' | 'channelData'>): string {
  if (scopeOf(activity) === 'team') return activity.channelData?.channel?.id ?? withoutThread(activity.conversation.id);
  return activity.conversation.id;
}

/** The Bot Framework conversation reference, as proactive sends need it: to the channel, not a thread in it. */
export function referenceOf(activity: IncomingActivity): Record<string, unknown> {
  const channel = scopeOf(activity) === 'team';
  return {
    ...(activity.id && !channel ? { activityId: activity.id } : {}),
    user: activity.from,
    bot: activity.recipient,
    conversation: { ...activity.conversation, id: conversationKeyOf(activity) },
    channelId: activity.channelId,
    ...(activity.locale ? { locale: activity.locale } : {}),
    serviceUrl: activity.serviceUrl,
  };
}

/**
 * A channel of a team the bot is in, reached through the service and bot identity of a conversation it
 * knows in that tenant (any channel of the team shares them). Sending fails with 403 if the bot is not
 * in the channel's team, which the sender reports.
 */
export function channelConversation(channelId: string, known: Conversation): Conversation {
  const { activityId: _activityId, user: _user, conversation, ...service } = known.reference;
  const tenantId = known.tenantId ?? (conversation as { tenantId?: string } | undefined)?.tenantId;
  return {
    id: channelId,
    reference: { ...service, conversation: { id: channelId, conversationType: 'channel', isGroup: true, ...(tenantId ? { tenantId } : {}) } },
    scope: 'team',
    ...(tenantId ? { tenantId } : {}),
    ...(known.locale ? { locale: known.locale } : {}),
    addedAt: known.addedAt,
    active: true,
  };
}

export interface InstallResult {
  conversation: Conversation;
  /** False when the bot was already active here (Teams sends both installationUpdate and conversationUpdate). */
  isNew: boolean;
}

export async function recordInstall(store: Store, activity: IncomingActivity, now: Date): Promise<InstallResult> {
  const id = conversationKeyOf(activity);
  const fresh: Conversation = {
    id,
    reference: referenceOf(activity),
    scope: scopeOf(activity),
    ...(tenantOf(activity) ? { tenantId: tenantOf(activity) } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    addedBy: { id: activity.from.id, ...(activity.from.name ? { name: activity.from.name } : {}) },
    addedAt: now.toISOString(),
    active: true,
  };
  // Two install events for one install can arrive together: retry once on a lost race, and let the
  // loser see the winner's record instead of greeting twice.
  for (let attempt = 0; ; attempt++) {
    const existing = await store.conversations.get(id, id);
    try {
      if (!existing) return { conversation: await store.conversations.create(fresh), isNew: true };
      if (existing.active) {
        // Keep the first "added by/at"; refresh the reference (the service URL can change).
        const { _etag, ...current } = existing;
        const updated = await store.conversations.replace({ ...current, reference: fresh.reference, locale: fresh.locale ?? current.locale }, _etag);
        return { conversation: updated, isNew: false };
      }
      return { conversation: await store.conversations.replace(fresh, existing._etag), isNew: true };
    } catch (error) {
      const lostRace = error instanceof ConflictError || error instanceof PreconditionFailedError;
      if (!lostRace || attempt >= 2) throw error;
    }
  }
}

/**
 * A conversation someone talks to the bot in is recorded if it is not yet (a channel other than General,
 * or an install event that never arrived), so a subscription or review made there has somewhere to go.
 * One point read per turn; a write only the first time.
 */
export async function recordContact(store: Store, activity: IncomingActivity, now: Date): Promise<void> {
  const id = conversationKeyOf(activity);
  const existing = await store.conversations.get(id, id);
  if (existing?.active) return;
  await recordInstall(store, activity, now);
}

export async function recordRemoval(store: Store, activity: IncomingActivity, now: Date): Promise<Conversation | undefined> {
  const id = conversationKeyOf(activity);
  for (let attempt = 0; ; attempt++) {
    const existing = await store.conversations.get(id, id);
    if (!existing || !existing.active) return existing;
    const { _etag, ...current } = existing;
    try {
      return await store.conversations.replace({ ...current, active: false, removedAt: now.toISOString() }, _etag);
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= 2) throw error;
    }
  }
}
