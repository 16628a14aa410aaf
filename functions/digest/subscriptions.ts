/**
 * Subscribing a conversation to the weekly digest: one subscription per conversation, created, changed and
 * paused through the store with ETags. Unsubscribing keeps the record (inactive) so its deliveries and
 * celebrated milestones stay meaningful if the conversation subscribes again.
 */
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { SubscriptionSchema, type Subscription } from '../domain/model.js';
import { parseOrThrow } from '../domain/validation.js';
import type { Store, Stored } from '../store/store.js';
import { isValidTimeZone } from './local-time.js';

import type { Lang } from '../domain/lang.js';

export interface SubscriptionSettings {
  orgId?: string;
  caseIds?: string[];
  weekday?: number;
  time?: string;
  timeZone?: string;
  language?: 'da' | 'en';
  active?: boolean;
}

/** Cosmos DB ids may not hold / \ ? #; Teams conversation ids hold ':' ';' '@', which are fine. */
export function subscriptionIdFor(conversationId: string): string {
  return `digest~${conversationId.replace(/[/\\?#]/g, '_')}`;
}

export async function subscriptionOf(store: Store, conversationId: string): Promise<Stored<Subscription> | undefined> {
  return store.subscriptions.get(subscriptionIdFor(conversationId), conversationId);
}

/** Creates the conversation's subscription, or changes and reactivates the one it has. */
export async function subscribe(
  store: Store,
  conversationId: string,
  by: { id: string; name?: string },
  settings: SubscriptionSettings,
  now: Date,
  lang: Lang = 'en',
): Promise<Stored<Subscription>> {
  await check(store, settings, lang);
  const existing = await subscriptionOf(store, conversationId);
  if (!existing) {
    const fresh = parseOrThrow(
      SubscriptionSchema,
      { id: subscriptionIdFor(conversationId), conversationId, active: true, createdBy: by, createdAt: now.toISOString(), ...defined(settings) },
      'The subscription',
    );
    return store.subscriptions.create(fresh);
  }
  return change(store, existing, { active: true, ...settings });
}

export async function updateSettings(store: Store, conversationId: string, settings: SubscriptionSettings, lang: Lang = 'en'): Promise<Stored<Subscription>> {
  const existing = await subscriptionOf(store, conversationId);
  if (!existing) throw new NotFoundError(lang === 'da' ? 'Samtalen abonnerer ikke på ugens målstatus.' : 'This conversation has no digest subscription.');
  await check(store, settings, lang);
  return change(store, existing, settings);
}

/** Pauses the digest (the card's pause button and `afmeld` alike); undefined when there was none. */
export async function unsubscribe(store: Store, conversationId: string): Promise<Stored<Subscription> | undefined> {
  const existing = await subscriptionOf(store, conversationId);
  if (!existing || !existing.active) return existing;
  return change(store, existing, { active: false });
}

async function change(store: Store, existing: Stored<Subscription>, settings: SubscriptionSettings): Promise<Stored<Subscription>> {
  const { _etag, ...current } = existing;
  const next = parseOrThrow(SubscriptionSchema, { ...current, ...defined(settings) }, 'The subscription');
  // Choosing cases replaces the organisation-wide digest and the other way round.
  if (settings.caseIds?.length) delete next.orgId;
  if (settings.orgId && !settings.caseIds) next.caseIds = [];
  return store.subscriptions.replace(next, _etag);
}

/** The settings' problems in the language of the person who chose them: only chat writes subscriptions. */
const PROBLEMS = {
  da: {
    invalid: 'Indstillingerne for ugens målstatus er ikke gyldige.',
    weekday: (v: unknown) => `ugedag ${v} findes ikke (1 = mandag … 7 = søndag)`,
    time: (v: string) => `tidspunkt ${v} er ikke TT:MM`,
    timeZone: (v: string) => `tidszonen ${v} findes ikke`,
    orgId: (v: string) => `organisationen ${v} findes ikke`,
    caseIds: (v: string) => `sagen ${v} findes ikke`,
  },
  en: {
    invalid: 'The digest settings are not valid.',
    weekday: (v: unknown) => `no weekday ${v} (1 = Monday … 7 = Sunday)`,
    time: (v: string) => `time ${v} is not HH:MM`,
    timeZone: (v: string) => `unknown time zone ${v}`,
    orgId: (v: string) => `no organisation ${v}`,
    caseIds: (v: string) => `no case ${v}`,
  },
} as const;

// Weekday and time are checked here too, not only by the schema, so a tampered card gets an answer in its own language.
async function check(store: Store, s: SubscriptionSettings, lang: Lang): Promise<void> {
  const say = PROBLEMS[lang];
  const errors: { field: string; message: string }[] = [];
  if (s.weekday !== undefined && !(Number.isInteger(s.weekday) && s.weekday >= 1 && s.weekday <= 7)) errors.push({ field: 'weekday', message: say.weekday(s.weekday) });
  if (s.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) errors.push({ field: 'time', message: say.time(s.time) });
  if (s.timeZone !== undefined && !isValidTimeZone(s.timeZone)) errors.push({ field: 'timeZone', message: say.timeZone(s.timeZone) });
  if (s.orgId && !(await store.organisations.get(s.orgId, s.orgId))) errors.push({ field: 'orgId', message: say.orgId(s.orgId) });
  for (const id of s.caseIds ?? []) {
    const org = id.split('.')[0]!;
    if (!(await store.cases.get(id, org))) errors.push({ field: 'caseIds', message: say.caseIds(id) });
  }
  if (errors.length) throw new ValidationError(say.invalid, errors);
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
