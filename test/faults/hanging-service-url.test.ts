/**
 * A Teams service URL that accepts the connection and never answers (finding 4: a turn stayed pending
 * 900 s+, and once a reviewer's stored conversation had one, every POST /api/proposals hung past 300 s).
 * A whole turn has BOT_TURN_TIMEOUT_MS, each send BOT_SEND_TIMEOUT_MS, and the messages a write sends to
 * other conversations (reviewers, the submitter) are waited for at most half a turn.
 * Each test sets the send deadline (60 s) above the test's own timeout (30 s): an answer that waited for
 * the hanging send could not arrive in time, so answering at all shows it did not wait.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { CONVERSATIONS, installationUpdate, botAdded, message } from '../bot/support/activities.js';
import { startBot } from '../bot/support/bot-harness.js';
import { startApi } from '../functions/api-harness.js';
import { actionsOf, execute, invokeCard, REVIEW_CHANNEL, REVIEWER, textsOf } from '../proposals/chat-support.js';
import { QUICK_WIN } from '../proposals/support.js';

let server: Server;
let hangingUrl: string;
const held = new Set<ServerResponse>();
let received = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    received++;
    req.resume();
    held.add(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hangingUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
/** Lets go of every held request, so the sends still waiting fail now instead of after 60 s. */
function release(): void {
  for (const res of held) res.destroy();
  held.clear();
}
afterEach(release);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const TIMEOUTS = { BOT_SEND_TIMEOUT_MS: '60000', BOT_TURN_TIMEOUT_MS: '1000' };
const hangingReference = (id: string, user = 'u') => ({ serviceUrl: hangingUrl, channelId: 'msteams', conversation: { id }, bot: { id: 'bot' }, user: { id: user } });

describe('the REST API with conversations that never answer', () => {
  it('POST /api/proposals answers 201 without waiting for the post to the reviewers', async () => {
    const api = await startApi({ env: { ...TIMEOUTS, BOT_SEND_TIMEOUT_MS: '300', REVIEW_CONVERSATION_ID: 'conv-review' } });
    try {
      await api.store.organisations.upsert({ id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: [] });
      await api.store.conversations.upsert({ id: 'conv-review', reference: hangingReference('conv-review'), scope: 'team', addedAt: '2026-01-01T00:00:00.000Z', active: true });
      const before = received;
      const res = await api.call('POST', '/api/proposals', { body: QUICK_WIN });
      expect(res.status).toBe(201);
      // The post to the reviewers was tried, and gave up by its deadline rather than hanging.
      await vi.waitFor(() => expect(received).toBeGreaterThan(before), { timeout: 10_000 });
      await vi.waitFor(() => expect(api.logs.join('\n')).toMatch(/did not answer/), { timeout: 10_000 });
    } finally {
      await api.close();
    }
  });

  it('a decision answers 200 while the submitter\u2019s notice and the review card update still hang', async () => {
    const api = await startApi({ env: { ...TIMEOUTS, REVIEW_CONVERSATION_ID: 'conv-review' } });
    try {
      await api.store.organisations.upsert({ id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: [] });
      const created = await api.call('POST', '/api/proposals', { body: QUICK_WIN });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      // The review card was posted once, and the submitter has a personal chat: both now hang.
      const stored = (await api.store.proposals.get(id, 'herning'))!;
      const { _etag, ...proposal } = stored;
      await api.store.proposals.replace({ ...proposal, reviewPosts: [{ conversationId: 'conv-review', activityId: 'card-1' }] }, _etag);
      await api.store.conversations.upsert({ id: 'conv-review', reference: hangingReference('conv-review'), scope: 'team', addedAt: '2026-01-01T00:00:00.000Z', active: true });
      await api.store.conversations.upsert({ id: 'a:submitter', reference: hangingReference('a:submitter', proposal.submittedBy.id), scope: 'personal', addedAt: '2026-01-01T00:00:00.000Z', active: true });

      const before = received;
      const res = await api.call('POST', `/api/proposals/${id}/decision`, { body: { decision: 'approve' } });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('approved');
      // The messages were started (and are held open by the server) when the answer came.
      await vi.waitFor(() => expect(received).toBeGreaterThan(before));
      expect(api.logs.join('\n')).toMatch(/took longer than 500 ms; answered without waiting/);
    } finally {
      release();
      await api.close();
    }
  });
});

describe('a chat turn whose service URL never answers', () => {
  it('a message is answered 202 once the turn deadline passes, with its reply still pending', async () => {
    const bot = await startBot(TIMEOUTS);
    try {
      const before = received;
      const res = await bot.post(message(hangingUrl, 'hjælp'));
      expect(res.status).toBe(202);
      expect(received).toBeGreaterThan(before);
    } finally {
      release();
      await bot.close();
    }
  });

  it('a reviewer\u2019s decision answers in place while the submitter\u2019s chat and the review channel hang', async () => {
    const bot = await startBot({ ...TIMEOUTS, BOT_TURN_TIMEOUT_MS: '4000', REVIEWER_IDS: REVIEWER.aadObjectId, REVIEW_CONVERSATION_ID: REVIEW_CHANNEL, HOME_ORG: 'herning' });
    try {
      await seed(bot.store);
      await bot.post(botAdded(bot.channel.serviceUrl, { where: 'channel' }));
      await bot.post(installationUpdate(bot.channel.serviceUrl, 'add', { where: 'personal' }));
      const form = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.new', { kind: 'quick-win', lang: 'da' })));
      const submitData = actionsOf(form).find((a) => a.verb === 'proposal.submit')!.data;
      const fields = { orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Idé med en hængende chat', description: 'Noget.', estimatedYearlySaving: '100' };
      invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...fields })));
      const proposal = (await bot.store.proposals.findAll()).find((p) => p.title === fields.title)!;
      expect(proposal.reviewPosts).toHaveLength(1);
      // From now on the submitter's chat and the review channel never answer.
      for (const id of [CONVERSATIONS.personal.id, REVIEW_CHANNEL]) {
        const c = (await bot.store.conversations.get(id, id))!;
        const { _etag, ...conversation } = c;
        await bot.store.conversations.replace({ ...conversation, reference: { ...conversation.reference, serviceUrl: hangingUrl } }, _etag);
      }

      const before = received;
      const res = await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId: proposal.id, decision: 'approve', lang: 'da' }, { where: 'channel', from: REVIEWER }));
      expect(res.status).toBe(200);
      expect(textsOf(invokeCard(res))).toContain('Du har godkendt forslaget.');
      expect((await bot.store.proposals.get(proposal.id, 'herning'))!.status).toBe('approved');
      await vi.waitFor(() => expect(received).toBeGreaterThan(before));
    } finally {
      release();
      await bot.close();
    }
  });

  it('a submit confirms in place while the reviewers\u2019 channel hangs', async () => {
    const bot = await startBot({ ...TIMEOUTS, BOT_TURN_TIMEOUT_MS: '4000', REVIEWER_IDS: REVIEWER.aadObjectId, REVIEW_CONVERSATION_ID: REVIEW_CHANNEL, HOME_ORG: 'herning' });
    try {
      await seed(bot.store);
      await bot.post(botAdded(hangingUrl, { where: 'channel' }));
      const form = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.new', { kind: 'quick-win', lang: 'da' })));
      const submitData = actionsOf(form).find((a) => a.verb === 'proposal.submit')!.data;
      const before = received;
      const fields = { orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Idé til en hængende kanal', description: 'Noget.', estimatedYearlySaving: '100' };
      const res = await bot.post(execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...fields }));
      expect(res.status).toBe(200);
      expect(textsOf(invokeCard(res))[0]).toBe('Tak – dit forslag er modtaget');
      expect(received).toBeGreaterThan(before);
      expect((await bot.store.proposals.findAll()).some((p) => p.title === fields.title)).toBe(true);
    } finally {
      release();
      await bot.close();
    }
  });
});
