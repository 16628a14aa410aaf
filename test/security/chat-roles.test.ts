/**
 * Roles in chat, keyed by the Teams user's Entra object id: only admins change subscriptions, only
 * editors update figures, only reviewers decide proposals. A refusal is a polite reply; nothing changes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../bot/activity.js';
import type { BotFeatures, TurnInfo } from '../../bot/features.js';
import { appFor } from '../../functions/app.js';
import { loadConfig } from '../../functions/config.js';
import { DIGEST_VERBS } from '../../functions/digest/buttons.js';
import { subscriptionOf } from '../../functions/digest/subscriptions.js';
import { UPDATE_VERB } from '../../functions/figures/chat.js';
import { guardBotFeatures } from '../../bot/guard.js';
import { teamsUserCan } from '../../functions/security/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { CONVERSATIONS, message, USER } from '../bot/support/activities.js';
import { startBot } from '../bot/support/bot-harness.js';
import { loadFixtures } from '../functions/fixtures.js';

const ADMIN = { id: '29:admin', aadObjectId: 'oid-admin' };
const EDITOR = { id: '29:editor', aadObjectId: 'oid-editor' };
const REVIEWER = { id: '29:reviewer', aadObjectId: 'oid-reviewer' };
const READER = { id: '29:reader', aadObjectId: 'oid-reader' };
const env = { MAALBOT_ADMINS: ADMIN.aadObjectId, MAALBOT_EDITORS: EDITOR.aadObjectId, REVIEWER_IDS: REVIEWER.id, HOME_ORG: 'aabenraa' };

let store: Store;
let dir: string;
let features: BotFeatures;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-chat-roles-'));
  store = await openEmbeddedStore({ dir });
  await loadFixtures(store);
  features = appFor({ config: loadConfig({ DATA_DIR: dir, ...env }), store }).features;
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const turn = (user: { id: string; aadObjectId: string }, conversation: string, lang: 'da' | 'en' = 'en'): TurnInfo => ({
  lang,
  conversation: { id: conversation, scope: 'team' },
  user,
});
const texts = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));

describe('subscriptions', () => {
  it('a reader or an editor cannot subscribe a conversation', async () => {
    for (const user of [READER, EDITOR]) {
      const replies = await features.subscribe!(turn(user, 'conv-refused'), '');
      expect(texts(replies).join(' ')).toMatch(/"admin" role/);
    }
    expect(await subscriptionOf(store, 'conv-refused')).toBeUndefined();
  });

  it('an admin can, and a non-admin can then neither pause it nor change its settings', async () => {
    await features.subscribe!(turn(ADMIN, 'conv-admin'), '');
    expect((await subscriptionOf(store, 'conv-admin'))?.active).toBe(true);
    expect(texts(await features.unsubscribe!(turn(EDITOR, 'conv-admin', 'da'))).join(' ')).toMatch(/rollen "admin"/);
    expect(texts(await features.cardActions![DIGEST_VERBS.pause]!({ verb: DIGEST_VERBS.pause }, turn(READER, 'conv-admin'))).join(' ')).toMatch(/admin/);
    const save = features.cardActions![DIGEST_VERBS.saveSettings]!;
    await save({ verb: DIGEST_VERBS.saveSettings, weekday: '3', time: '07:15', language: 'en', active: 'false' }, turn(REVIEWER, 'conv-admin'));
    expect(await subscriptionOf(store, 'conv-admin')).toMatchObject({ active: true, weekday: 1, time: '08:00' });
  });
});

describe('figures and proposals', () => {
  it('a reader cannot update a figure from chat', async () => {
    const before = await store.figures.findAll();
    const replies = await features.cardActions![UPDATE_VERB]!({ verb: UPDATE_VERB, kpiId: 'viborg.unge.fuldtidspersoner', value: '1' }, turn(READER, 'conv-figures'));
    expect(texts(replies).join(' ')).toMatch(/"editor" role/);
    expect(await store.figures.findAll()).toEqual(before);
  });

  it('an editor cannot decide a proposal; a reviewer (by Teams id) and an admin can', () => {
    const config = loadConfig(env);
    expect(teamsUserCan(EDITOR, 'proposals.decide', config)).toBe(false);
    expect(teamsUserCan(READER, 'proposals.decide', config)).toBe(false);
    expect(teamsUserCan(REVIEWER, 'proposals.decide', config)).toBe(true);
    expect(teamsUserCan(ADMIN, 'proposals.decide', config)).toBe(true);
    expect(teamsUserCan(REVIEWER, 'figures.write', config)).toBe(false);
  });
});

describe('through /api/messages', () => {
  it('"abonnér" from a Teams user who is no admin is answered with a refusal and stores nothing', async () => {
    const bot = await startBot({ MAALBOT_ADMINS: 'oid-somebody-else' });
    try {
      const res = await bot.post(message(bot.channel.serviceUrl, 'abonnér'));
      expect(res.status).toBe(200);
      const sent = bot.channel.messages(CONVERSATIONS.personal.id).map((a) => a.text ?? '').join(' ');
      expect(sent).toMatch(/rollen "admin"/);
      expect(await bot.store.subscriptions.findAll()).toEqual([]);
      expect(USER.aadObjectId).not.toBe('oid-somebody-else');
    } finally {
      await bot.close();
    }
  });
});

describe('the guard itself', () => {
  it('refuses a guarded feature called without a turn to check, instead of running it unchecked', async () => {
    const config = loadConfig({ DATA_DIR: dir, ...env });
    let ran = false;
    const guarded = guardBotFeatures({ subscribe: async () => ((ran = true), []) }, config);
    const notATurn = { user: READER, conversation: { id: 'c', scope: 'team' } } as unknown as TurnInfo;
    await expect(guarded.subscribe!(notATurn, '')).rejects.toThrow(/without its turn/);
    expect(ran).toBe(false);
  });

  it('refuses a card verb nobody declared to everyone, admins included, instead of treating it as a read', async () => {
    const config = loadConfig({ DATA_DIR: dir, ...env });
    let ran = false;
    const guarded = guardBotFeatures({ cardActions: { 'figure.delete-all': async () => ((ran = true), []) } }, config);
    for (const user of [READER, ADMIN]) {
      expect(texts(await guarded.cardActions!['figure.delete-all']!({ verb: 'figure.delete-all' }, turn(user, 'c'))).join(' ')).toMatch(/does not know that button/);
    }
    expect(ran).toBe(false);
  });
});
