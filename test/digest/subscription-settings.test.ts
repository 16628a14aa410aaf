/**
 * The subscription functions below the chat: every setting at the edges of what is accepted, each
 * refusal naming its field in the language of the person who chose it, what a change of cases or
 * organisation replaces, and subscribing, pausing and changing a conversation that has none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe, subscriptionIdFor, subscriptionOf, unsubscribe, updateSettings, type SubscriptionSettings } from '../../functions/digest/subscriptions.js';
import { NotFoundError, type ValidationError } from '../../functions/domain/errors.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const NOW = new Date('2026-11-30T12:00:00Z');
const by = { id: 'u1', name: 'Anna' };
let n = 0;
/** A conversation no test has used. */
const fresh = () => `conv-settings-${++n}`;

describe('each setting at its edges', () => {
  // Refused by the check of the settings, in the chooser's language, not only by the schema behind it.
  it.each<[string, SubscriptionSettings, true | keyof SubscriptionSettings]>([
    ['weekday 1 (Monday)', { weekday: 1 }, true],
    ['weekday 7 (Sunday)', { weekday: 7 }, true],
    ['weekday 0', { weekday: 0 }, 'weekday'],
    ['weekday 8', { weekday: 8 }, 'weekday'],
    ['weekday 2.5', { weekday: 2.5 }, 'weekday'],
    ['time 00:00', { time: '00:00' }, true],
    ['time 19:59', { time: '19:59' }, true],
    ['time 23:59', { time: '23:59' }, true],
    ['time 24:00', { time: '24:00' }, 'time'],
    ['time 07:60', { time: '07:60' }, 'time'],
    ['time 9:30 (one-digit hour)', { time: '9:30' }, 'time'],
    ['time 09:30 with more after it', { time: '09:30x' }, 'time'],
    ['time with text before it', { time: 'x09:30' }, 'time'],
    ['time zone Europe/Copenhagen', { timeZone: 'Europe/Copenhagen' }, true],
    ['time zone Mars/Olympus', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['an organisation that exists', { orgId: 'viborg' }, true],
    ['an organisation that does not', { orgId: 'atlantis' }, 'orgId'],
    ['cases that exist', { caseIds: ['aabenraa.kik', 'aabenraa.kik-ii'] }, true],
    ['a case that does not', { caseIds: ['aabenraa.kik', 'aabenraa.nothing-here'] }, 'caseIds'],
    ['a case of an organisation that does not exist', { caseIds: ['atlantis.kik'] }, 'caseIds'],
  ])('%s', async (_name, settings, outcome) => {
    const subscribing = subscribe(store, fresh(), by, settings, NOW, 'da');
    if (outcome === true) await expect(subscribing).resolves.toMatchObject({ active: true, ...settings });
    else await expect(subscribing).rejects.toMatchObject({ message: 'Indstillingerne for ugens målstatus er ikke gyldige.', errors: [{ field: outcome }] });
  });
});

describe('refusals, in the chooser\'s language, each naming its field', () => {
  const bad: SubscriptionSettings = { weekday: 9, time: '25:99', timeZone: 'Mars/Olympus', orgId: 'atlantis', caseIds: ['aabenraa.nothing-here'] };

  it('in Danish', async () => {
    const error = await subscribe(store, fresh(), by, bad, NOW, 'da').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, message: 'Indstillingerne for ugens målstatus er ikke gyldige.' });
    expect((error as ValidationError).errors).toEqual([
      { field: 'weekday', message: 'ugedag 9 findes ikke (1 = mandag … 7 = søndag)' },
      { field: 'time', message: 'tidspunkt 25:99 er ikke TT:MM' },
      { field: 'timeZone', message: 'tidszonen Mars/Olympus findes ikke' },
      { field: 'orgId', message: 'organisationen atlantis findes ikke' },
      { field: 'caseIds', message: 'sagen aabenraa.nothing-here findes ikke' },
    ]);
  });

  it('in English, and English when no language is given', async () => {
    for (const error of [await subscribe(store, fresh(), by, bad, NOW, 'en').catch((e: unknown) => e), await subscribe(store, fresh(), by, bad, NOW).catch((e: unknown) => e)]) {
      expect(error).toMatchObject({ status: 400, message: 'The digest settings are not valid.' });
      expect((error as ValidationError).errors).toEqual([
        { field: 'weekday', message: 'no weekday 9 (1 = Monday … 7 = Sunday)' },
        { field: 'time', message: 'time 25:99 is not HH:MM' },
        { field: 'timeZone', message: 'unknown time zone Mars/Olympus' },
        { field: 'orgId', message: 'no organisation atlantis' },
        { field: 'caseIds', message: 'no case aabenraa.nothing-here' },
      ]);
    }
  });

  it('a change with bad settings leaves the subscription as it was', async () => {
    const conversation = fresh();
    const before = await subscribe(store, conversation, by, { weekday: 2 }, NOW);
    await expect(updateSettings(store, conversation, { weekday: 0 }, 'da')).rejects.toMatchObject({ errors: [{ field: 'weekday' }] });
    expect(await subscriptionOf(store, conversation)).toEqual(before);
  });
});

describe('a new subscription', () => {
  it('is the conversation\'s, active, made by whom and when, with the defaults filled in and no undefined settings kept', async () => {
    const conversation = fresh();
    const sub = await subscribe(store, conversation, by, { orgId: 'aabenraa', time: undefined }, NOW);
    expect(sub).toMatchObject({
      id: subscriptionIdFor(conversation), conversationId: conversation, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00',
      timeZone: 'Europe/Copenhagen', language: 'da', active: true, createdBy: by, createdAt: NOW.toISOString(),
    });
  });

  it('has an id Cosmos DB accepts: / \\ ? # replaced, Teams\' : ; @ kept', () => {
    expect(subscriptionIdFor('19:abc/def\\ghi?jkl#mno;messageid=1@thread.tacv2')).toBe('digest~19:abc_def_ghi_jkl_mno;messageid=1@thread.tacv2');
    expect(subscriptionIdFor('a//b')).toBe('digest~a__b');
  });
});

describe('changing a subscription', () => {
  it('choosing cases replaces the organisation-wide digest; choosing an organisation clears the cases', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, { orgId: 'aabenraa' }, NOW);
    const cases = await updateSettings(store, conversation, { caseIds: ['aabenraa.kik'] });
    expect(cases.caseIds).toEqual(['aabenraa.kik']);
    expect(cases).not.toHaveProperty('orgId');
    const org = await updateSettings(store, conversation, { orgId: 'viborg' });
    expect(org).toMatchObject({ orgId: 'viborg', caseIds: [] });
  });

  it('an empty case list does not take the organisation away; an organisation with cases keeps both', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, { orgId: 'aabenraa' }, NOW);
    expect(await updateSettings(store, conversation, { caseIds: [] })).toMatchObject({ orgId: 'aabenraa', caseIds: [] });
    expect(await updateSettings(store, conversation, { orgId: 'aabenraa', caseIds: ['aabenraa.kik'] })).toMatchObject({ caseIds: ['aabenraa.kik'] });
  });

  it('other settings leave cases and organisation alone', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, { caseIds: ['aabenraa.kik'] }, NOW);
    const changed = await updateSettings(store, conversation, { time: '09:15', language: 'en' });
    expect(changed).toMatchObject({ caseIds: ['aabenraa.kik'], time: '09:15', language: 'en' });
  });

  it('a setting given as undefined (left empty on the card) keeps what there is, not the default', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, { time: '09:15', weekday: 5 }, NOW);
    const changed = await updateSettings(store, conversation, { time: undefined, weekday: undefined, language: 'en' });
    expect(changed).toMatchObject({ time: '09:15', weekday: 5, language: 'en' });
  });

  it('a conversation without a subscription has none to change, said in its language', async () => {
    await expect(updateSettings(store, fresh(), { weekday: 2 }, 'da')).rejects.toMatchObject({ status: 404, message: 'Samtalen abonnerer ikke på ugens målstatus.' });
    const english = await updateSettings(store, fresh(), { weekday: 2 }).catch((e: unknown) => e);
    expect(english).toBeInstanceOf(NotFoundError);
    expect(english).toMatchObject({ message: 'This conversation has no digest subscription.' });
  });

  it('subscribing again reactivates and changes the one there is, keeping who made it and when', async () => {
    const conversation = fresh();
    const first = await subscribe(store, conversation, by, { weekday: 2 }, NOW);
    await unsubscribe(store, conversation);
    const again = await subscribe(store, conversation, { id: 'u2' }, { weekday: 4 }, new Date('2026-12-07T12:00:00Z'));
    expect(again).toMatchObject({ id: first.id, active: true, weekday: 4, createdBy: by, createdAt: NOW.toISOString() });
  });
});

describe('pausing', () => {
  it('makes it inactive and keeps it', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, { weekday: 3 }, NOW);
    expect(await unsubscribe(store, conversation)).toMatchObject({ active: false, weekday: 3 });
    expect(await subscriptionOf(store, conversation)).toMatchObject({ active: false });
  });

  it('a paused subscription is returned as it is, unwritten; none is undefined', async () => {
    const conversation = fresh();
    await subscribe(store, conversation, by, {}, NOW);
    const paused = await unsubscribe(store, conversation);
    expect(await unsubscribe(store, conversation)).toEqual(paused);
    expect((await subscriptionOf(store, conversation))?._etag).toBe(paused?._etag);
    expect(await unsubscribe(store, fresh())).toBeUndefined();
  });
});
