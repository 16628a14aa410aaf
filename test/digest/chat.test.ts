import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../bot/activity.js';
import type { TurnInfo } from '../../bot/features.js';
import { DIGEST_VERBS } from '../../functions/digest/buttons.js';
import { digestFeatures, settingsFromCard } from '../../functions/digest/chat.js';
import { parseSubscribeArgs } from '../../functions/digest/parse-settings.js';
import { subscriptionIdFor, subscriptionOf } from '../../functions/digest/subscriptions.js';
import { loadConfig } from '../../functions/config.js';
import type { Store } from '../../functions/store/store.js';
import { cardProblems } from '../cards/support/validate-card.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const turn = (lang: 'da' | 'en' = 'da', conversation = '19:abc@thread.tacv2'): TurnInfo => ({
  lang,
  conversation: { id: conversation, scope: 'team' },
  user: { id: 'user-1', name: 'Mette' },
});
const features = () => digestFeatures({ store, config: { ...loadConfig({}), homeOrg: 'aabenraa' } }, () => new Date('2018-09-03T09:00:00Z'));
const cards = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'card' ? [r.card] : []));
const texts = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));

describe('subscribing in chat', () => {
  it('reads cases, weekday, time and language from the command, in any order', async () => {
    const cases = await store.cases.findAll({ partitionKey: 'aabenraa' });
    expect(parseSubscribeArgs('KIK II fredag 9:30 en', cases)).toEqual({ caseIds: ['aabenraa.kik-ii'], weekday: 5, time: '09:30', language: 'en' });
    expect(parseSubscribeArgs('kik', cases)).toEqual({ caseIds: ['aabenraa.kik'] });
    expect(parseSubscribeArgs('', cases)).toEqual({});
  });

  it('`abonnér` subscribes the conversation to its organisation, Monday 08:00 Copenhagen, and shows the settings card', async () => {
    const replies = await features().subscribe(turn('da', 'conv-1'), '');
    const sub = await subscriptionOf(store, 'conv-1');
    expect(sub).toMatchObject({ id: subscriptionIdFor('conv-1'), orgId: 'aabenraa', weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da', active: true });
    expect(texts(replies)[0]).toMatch(/mandag 08:00/);
    const [settings] = cards(replies);
    expect(cardProblems(settings!).validation).toEqual([]);
    expect(cardProblems(settings!).parse).toEqual([]);
  });

  it('`subscribe KIK II friday 9:30` changes the same subscription, and `unsubscribe` pauses it', async () => {
    await features().subscribe(turn('en', 'conv-2'), '');
    await features().subscribe(turn('en', 'conv-2'), 'KIK II friday 9:30');
    const sub = await subscriptionOf(store, 'conv-2');
    expect(sub).toMatchObject({ caseIds: ['aabenraa.kik-ii'], weekday: 5, time: '09:30', active: true });
    expect(sub?.orgId).toBeUndefined();
    const replies = await features().unsubscribe(turn('en', 'conv-2'));
    expect(texts(replies)[0]).toMatch(/paused/);
    expect((await subscriptionOf(store, 'conv-2'))?.active).toBe(false);
  });

  it('the settings card’s submit saves what it says, and refuses an unknown case without writing', async () => {
    await features().subscribe(turn('da', 'conv-3'), '');
    const save = features().cardActions[DIGEST_VERBS.saveSettings]!;
    await save({ verb: DIGEST_VERBS.saveSettings, orgId: 'aabenraa', caseIds: 'aabenraa.kik,aabenraa.kik-ii', weekday: '3', time: '07:15', language: 'en', active: 'true' }, turn('da', 'conv-3'));
    expect(await subscriptionOf(store, 'conv-3')).toMatchObject({ caseIds: ['aabenraa.kik', 'aabenraa.kik-ii'], weekday: 3, time: '07:15', language: 'en' });
    const refused = await save({ verb: DIGEST_VERBS.saveSettings, caseIds: 'aabenraa.nothing-here' }, turn('da', 'conv-3'));
    expect(texts(refused)[0]).toMatch(/Det gik ikke.*aabenraa\.nothing-here/);
    expect((await subscriptionOf(store, 'conv-3'))?.caseIds).toEqual(['aabenraa.kik', 'aabenraa.kik-ii']);
    expect(settingsFromCard({ orgId: 'viborg', caseIds: '', active: 'false' })).toEqual({ orgId: 'viborg', active: false });
  });

  it('refuses bad settings in the language of the turn, naming what was wrong', async () => {
    await features().subscribe(turn('da', 'conv-5'), '');
    const save = features().cardActions[DIGEST_VERBS.saveSettings]!;
    const da = texts(await save({ verb: DIGEST_VERBS.saveSettings, caseIds: 'aabenraa.nothing-here', time: '25:99', weekday: '9' }, turn('da', 'conv-5')))[0]!;
    expect(da).toMatch(/^Det gik ikke: .*aabenraa\.nothing-here/);
    expect(da).toMatch(/tidspunkt 25:99/);
    expect(da).toMatch(/ugedag 9/);
    expect(da).not.toMatch(/\b(the|no case|is invalid|time must)\b/i);
    const en = texts(await save({ verb: DIGEST_VERBS.saveSettings, orgId: 'nowhere' }, turn('en', 'conv-5')))[0]!;
    expect(en).toMatch(/^That did not work: .*no organisation nowhere/);
    expect(await subscriptionOf(store, 'conv-5')).toMatchObject({ orgId: 'aabenraa', weekday: 1, time: '08:00' });
  });

  it('confirms a subscription by the names people use, not by ids', async () => {
    const org = texts(await features().subscribe(turn('da', 'conv-6'), ''))[0]!;
    expect(org).toMatch(/^Abonnement gemt: ugens målstatus for Aabenraa Kommune kommer hver mandag 08:00/);
    const kik = texts(await features().subscribe(turn('en', 'conv-6'), 'KIK II friday 9:30'))[0]!;
    expect(kik).toMatch(/^Subscription saved: the goal status for KIK II arrives every Friday 09:30/);
    expect(kik).not.toContain('aabenraa.kik-ii');
  });

  it('the pause button pauses the digest', async () => {
    await features().subscribe(turn('da', 'conv-4'), '');
    await features().cardActions[DIGEST_VERBS.pause]!({ verb: DIGEST_VERBS.pause }, turn('da', 'conv-4'));
    expect((await subscriptionOf(store, 'conv-4'))?.active).toBe(false);
  });
});

describe('`status`', () => {
  it('shows this conversation’s digest now as a card, even without a subscription', async () => {
    const replies = await features().showStatus(turn('en', 'conv-none'), '');
    const [card] = cards(replies);
    expect(card).toBeDefined();
    expect(JSON.stringify(card)).toContain('KIK II');
    expect(JSON.stringify(card)).toContain('data:image/png;base64');
    expect(cardProblems(card!).validation).toEqual([]);
  });

  it('offers to pause only a digest the chat gets: subscribe without one, pause with one, subscribe again once paused', async () => {
    const labels = async (conv: string) => {
      const card = JSON.stringify(cards(await features().showStatus(turn('da', conv), ''))[0]);
      return { pause: card.includes('"Sæt på pause"') && card.includes(DIGEST_VERBS.pause), subscribe: card.includes('"Abonnér på ugestatus"') };
    };
    expect(await labels('conv-status-buttons')).toEqual({ pause: false, subscribe: true });
    await features().subscribe(turn('da', 'conv-status-buttons'), '');
    expect(await labels('conv-status-buttons')).toEqual({ pause: true, subscribe: false });
    await features().cardActions[DIGEST_VERBS.pause]!({ verb: DIGEST_VERBS.pause }, turn('da', 'conv-status-buttons'));
    expect(await labels('conv-status-buttons')).toEqual({ pause: false, subscribe: true });
  });

  it('"status pr. 3. september 2018" shows the goals as they stood then, with KIK II\'s celebration', async () => {
    // The test clock is 3 September 2018 already; a date before KIK II's status shows the difference.
    const before = JSON.stringify(cards(await features().showStatus(turn('da', 'conv-dated'), 'pr. 31. januar 2018'))[0]);
    const then = JSON.stringify(cards(await features().showStatus(turn('da', 'conv-dated'), 'pr. 3. september 2018'))[0]);
    expect(then).toContain('408');
    expect(before).not.toContain('408');
    expect(cardProblems(JSON.parse(then)).validation).toEqual([]);
  });

  it('says so when the words after "status" are no case, organisation, goal or date', async () => {
    const replies = await features().showStatus(turn('da', 'conv-dated'), 'i morgen tidlig');
    expect(cards(replies)).toEqual([]);
    expect(texts(replies)[0]).toMatch(/^Jeg kan ikke læse «morgen tidlig» som en sag, en kommune, et mål eller en dato/);
  });

  it('"see the case" shows the digest for that one case', async () => {
    const replies = await features().cardActions[DIGEST_VERBS.showCase]!({ verb: DIGEST_VERBS.showCase, caseId: 'aabenraa.kik-ii' }, turn('da'));
    const json = JSON.stringify(cards(replies)[0]);
    expect(json).toContain('KIK II');
    expect(json).not.toContain('Cykelprojektet');
  });
});
