/**
 * The review conversation may be any channel of a team Målbot is in, not only General: the bot is
 * "added" only to the team (its General channel), and REVIEW_CONVERSATION_ID names another channel, as
 * copied from a channel link (with a thread's ";messageid=").
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { botAdded, CONVERSATIONS, installationUpdate } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { actionsOf, execute, invokeCard, REVIEWER, textsOf } from './chat-support.js';

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
});
