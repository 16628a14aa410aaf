/**
 * The review conversation may be any channel of a team Målbot is in, not only General: the bot is
 * "added" only to the team (its General channel), and REVIEW_CONVERSATION_ID names another channel, as
 * copied from a channel link (with a thread's ";messageid="). After a decision the card posted there is
 * edited in place (updateActivity), so nobody keeps seeing the decision buttons.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { botAdded, CONVERSATIONS, installationUpdate } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { actionsOf, execute, invokeCard, REVIEWER, textsOf } from './chat-support.js';

const decisionButtons = (card: any) => actionsOf(card).filter((a) => a.data?.decision);

const REVIEW = CONVERSATIONS.otherChannel.id;
let bot: BotHarness;

beforeAll(async () => {
  bot = await startBot({ REVIEWER_IDS: REVIEWER.aadObjectId, REVIEW_CONVERSATION_ID: `${REVIEW};messageid=1668000000001`, HOME_ORG: 'herning' });
  await seed(bot.store);
  await bot.post(botAdded(bot.channel.serviceUrl, { where: 'channel' }));
  await bot.post(installationUpdate(bot.channel.serviceUrl, 'add', { where: 'personal' }));
}, 60_000);
afterAll(() => bot?.close());

it('posts a new proposal for review in a channel the bot was never added to directly', async () => {
  const form = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.new', { kind: 'quick-win', lang: 'da' })));
  const submit = actionsOf(form).find((a) => a.verb === 'proposal.submit')!;
  bot.channel.clear();
  await bot.post(
    execute(bot.channel.serviceUrl, 'proposal.submit', {
      ...submit.data, orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Kanal-idé', description: 'Til KPI-kanalen.', estimatedYearlySaving: '1.000',
    }),
  );
  const posted = bot.channel.sent.filter((s) => s.conversationId === REVIEW);
  expect(posted).toHaveLength(1);
  expect(textsOf(posted[0]!.activity.attachments[0].content)).toContain('Kanal-idé');
  const proposal = (await bot.store.proposals.findAll()).find((p) => p.title === 'Kanal-idé')!;
  expect(proposal.status).toBe('in-review');
  expect(decisionButtons(posted[0]!.activity.attachments[0].content).length).toBeGreaterThan(0);
  // Teams refreshes the card for the reviewers by their user MRI.
  expect(posted[0]!.activity.attachments[0].content.refresh.userIds).toEqual([`8:orgid:${REVIEWER.aadObjectId}`]);
});

it('edits the posted review card in place once a reviewer decides in the channel', async () => {
  const proposal = (await bot.store.proposals.findAll()).find((p) => p.title === 'Kanal-idé')!;
  const [post] = proposal.reviewPosts!;
  expect(post).toMatchObject({ conversationId: REVIEW });
  bot.channel.clear();
  const answer = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId: proposal.id, decision: 'approve', lang: 'da' }, { where: 'otherChannel', from: REVIEWER })));
  expect(decisionButtons(answer)).toEqual([]);

  expect(bot.channel.updated.map((u) => [u.conversationId, u.activityId])).toEqual([[REVIEW, post!.activityId]]);
  const edited = bot.channel.updated[0]!.activity.attachments[0].content;
  expect(decisionButtons(edited)).toEqual([]);
  expect(textsOf(edited).some((t) => /godkendt/i.test(t))).toBe(true);
});
