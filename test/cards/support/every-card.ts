/**
 * Every kind of card Målbot sends, in Danish and in English, from the seed data, got as a person gets
 * them (./chat-cards.ts): typed commands and questions, pressed buttons, a quick win submitted, and the
 * weekly digest as the timer composes it. One card per kind and language.
 */
import type { AdaptiveCard, Lang } from '../../../cards/index.js';
import { digestCard } from '../../../cards/digest-card.js';
import { buildFromStore } from '../../../functions/digest/build.js';
import { digestButtons } from '../../../functions/digest/buttons.js';
import type { Subscription } from '../../../functions/domain/model.js';
import type { CardChat } from './chat-cards.js';

export const CARD_KINDS = [
  'welcome', 'help', 'answer', 'comparison', 'case', 'digest', 'status', 'proposal-choice', 'quick-win-form', 'priority-form',
  'confirmation', 'review', 'review-submitted', 'proposal-list', 'subscription', 'update-figure', 'message',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** What a person types for each card, in each language. */
export const ASKED = {
  help: { da: 'hjælp', en: 'help' },
  answer: { da: 'Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?', en: 'How many full-time persons were on public benefits in Viborg in September 2017?' },
  comparison: {
    da: 'Hvor meget faldt antallet af fuldtidspersoner på offentlig forsørgelse i Viborg fra 2015 til 2017?',
    en: 'How much did the number of full-time persons on public benefits in Viborg fall from 2015 to 2017?',
  },
  case: { da: 'vis KIK II', en: 'show KIK II' },
  status: { da: 'status pr. 3. september 2018', en: 'status as of 3 September 2018' },
  'proposal-choice': { da: 'forslag', en: 'idea' },
  'proposal-list': { da: 'forslag til behandling', en: 'pending proposals' },
  subscription: { da: 'abonnér', en: 'subscribe' },
  'update-figure': { da: 'opdater tal', en: 'update figures' },
  /** Not set up on a fresh machine: the honest notice. */
  message: { da: 'hent tal', en: 'fetch figures' },
} as const satisfies Partial<Record<CardKind, Record<Lang, string>>>;

/** A quick win as a person fills in the form (Danish text in both languages: what people write is data). */
export const QUICK_WIN = {
  orgId: 'aabenraa',
  responsibleUnit: 'Jobcentret',
  title: 'Fælles booking af samtalerum',
  description: 'Ét bookingsystem for alle samtalerum, så borgerne ikke venter.',
  expectedEffect: 'Kortere ventetid for borgerne',
  targetGroup: 'Ledige på kontanthjælp',
  estimatedYearlySaving: '250',
};

/** A seeded Herning priority proposal with economy and a source document. */
export const SEEDED_PROPOSAL = 'herning.bic-01';

const only = (cards: AdaptiveCard[], what: string): AdaptiveCard => {
  if (cards.length !== 1) throw new Error(`${what}: expected one card, got ${cards.length}`);
  return cards[0]!;
};

export async function everyCard(chat: CardChat, lang: Lang): Promise<Record<CardKind, AdaptiveCard>> {
  const say = async (kind: keyof typeof ASKED) => only(await chat.say(ASKED[kind][lang], lang), kind);
  const press = async (data: Record<string, unknown>, what: string) => only(await chat.press(data, lang), what);
  const out: Partial<Record<CardKind, AdaptiveCard>> = {};
  out.welcome = only(await chat.install(lang), 'welcome');
  for (const kind of Object.keys(ASKED) as (keyof typeof ASKED)[]) out[kind] = await say(kind);
  out['quick-win-form'] = await press({ verb: 'proposal.new', kind: 'quick-win' }, 'quick-win form');
  out['priority-form'] = await press({ verb: 'proposal.new', kind: 'priority' }, 'priority form');
  chat.elsewhere();
  // In a local trial everyone reviews and the review card comes into the same chat, after the confirmation.
  const [confirmation, ...review] = await chat.press({ verb: 'proposal.submit', kind: 'quick-win', formId: `form-${lang}`, ...QUICK_WIN }, lang);
  out.confirmation = confirmation!;
  out['review-submitted'] = only([...review, ...chat.elsewhere()], 'review card sent to the reviewers');
  out.review = await press({ verb: 'proposal.show', proposalId: SEEDED_PROPOSAL }, 'review card');
  const subscription: Subscription = {
    id: `s.${lang}`, conversationId: `c.${lang}`, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
    language: lang, active: true, createdBy: { id: 'u' }, createdAt: '2018-01-01T00:00:00Z',
  };
  const built = await buildFromStore(chat.store, subscription, { asOf: '2018-09-03' });
  out.digest = digestCard({ ...built.view, buttons: digestButtons(built.view) });
  return out as Record<CardKind, AdaptiveCard>;
}
