/**
 * Conversations the bot has been added to: potential digest targets. Kept in the store so they survive
 * restarts and redeploys; removal keeps the record but marks it inactive (a re-install reactivates it).
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

/** The Bot Framework conversation reference, as proactive sends need it. */
export function referenceOf(activity: IncomingActivity): Record<string, unknown> {
  return {
    ...(activity.id ? { activityId: activity.id } : {}),
    user: activity.from,
    bot: activity.recipient,
    conversation: activity.conversation,
    channelId: activity.channelId,
    ...(activity.locale ? { locale: activity.locale } : {}),
    serviceUrl: activity.serviceUrl,
  };
}

export interface InstallResult {
  conversation: Conversation;
  /** False when the bot was already active here (Teams sends both installationUpdate and conversationUpdate). */
  isNew: boolean;
}

export async function recordInstall(store: Store, activity: IncomingActivity, now: Date): Promise<InstallResult> {
  const id = activity.conversation.id;
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

export async function recordRemoval(store: Store, activity: IncomingActivity, now: Date): Promise<Conversation | undefined> {
  const id = activity.conversation.id;
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
