/**
 * Every card Målbot sends, got the way a person gets them: the bot (createMaalbot with the real chat
 * features) over an embedded store seeded with the five documents, spoken to in a personal chat in Danish
 * or English — commands typed, buttons pressed. Cards sent to other conversations (a proposal's review
 * card to the reviewers) are caught by the messenger.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingActivity, Reply } from '../../../bot/activity.js';
import { createMaalbot, type Maalbot } from '../../../bot/maalbot.js';
import type { AdaptiveCard, Lang } from '../../../cards/index.js';
import { chatFeatures } from '../../../functions/chat-features.js';
import { loadConfig } from '../../../functions/config.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { seed } from '../../../functions/store/seed.js';
import type { Store } from '../../../functions/store/store.js';

export interface CardChat {
  store: Store;
  /** Types a message in this language's personal chat; resolves to the cards of the answer. */
  say(text: string, lang: Lang): Promise<AdaptiveCard[]>;
  /** Presses a button carrying `data` (Action.Submit) in this language's chat. */
  press(data: Record<string, unknown>, lang: Lang): Promise<AdaptiveCard[]>;
  /** The bot added to a new personal chat: its welcome. */
  install(lang: Lang): Promise<AdaptiveCard[]>;
  /** Cards the bot sent to other conversations (review cards to the reviewers) since the last call. */
  elsewhere(): AdaptiveCard[];
  close(): Promise<void>;
}

const cardsOf = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'text' ? [] : [r.card]));

export async function openCardChat(): Promise<CardChat> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-cards-'));
  const store = await openEmbeddedStore({ dir });
  await seed(store);
  const config = loadConfig({ DATA_DIR: dir, MAALBOT_MODE: 'local', HOME_ORG: 'aabenraa' });
  let sentElsewhere: Reply[] = [];
  let posts = 0;
  const features = chatFeatures(
    { config, store },
    {
      sendTo: async (_conversation, replies) => {
        sentElsewhere.push(...replies);
        return replies.map(() => `post-${++posts}`);
      },
      update: async (_conversation, _id, reply) => void sentElsewhere.push(reply),
    },
  );
  const bot: Maalbot = createMaalbot({ store, features });
  let activities = 0;
  const activity = (lang: Lang, extra: Partial<IncomingActivity>): IncomingActivity => ({
    type: 'message',
    id: `activity-${++activities}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:user-1', name: 'Mette Jensen', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: { id: '28:maalbot', name: 'Målbot' },
    conversation: { id: `a:personal-${lang}`, conversationType: 'personal', tenantId: 'tenant' },
    locale: lang === 'da' ? 'da-DK' : 'en-GB',
    ...extra,
  });
  const run = async (turn: (io: { send(r: Reply[]): Promise<void>; typing(): Promise<void> }) => Promise<void>) => {
    const replies: Reply[] = [];
    await turn({ send: async (r) => void replies.push(...r), typing: async () => undefined });
    return cardsOf(replies);
  };
  return {
    store,
    say: (text, lang) => run((io) => bot.onMessage(activity(lang, { text }), io)),
    press: (data, lang) => run((io) => bot.onCardAction({ ...data, lang }, activity(lang, { value: { ...data, lang } }), io)),
    install: (lang) =>
      run((io) =>
        bot.onConversationUpdate(
          activity(lang, { type: 'conversationUpdate', conversation: { id: `a:new-${lang}-${++activities}`, conversationType: 'personal', tenantId: 'tenant' }, membersAdded: [{ id: '28:maalbot' }] }),
          io,
        ),
      ),
    elsewhere: () => {
      const out = cardsOf(sentElsewhere);
      sentElsewhere = [];
      return out;
    },
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
