/**
 * The role check for chat: wraps the bot's features so that what changes data asks the same policy as
 * REST (teams-user.ts), keyed by the Teams user's Entra object id. A refusal is a polite reply in the
 * user's language and changes nothing. Features and verbs not named here need only the reader role.
 */
import type { BotFeatures, CardActionHandler, TurnInfo } from '../../bot/index.js';
import { text, type Reply } from '../../bot/index.js';
import { DIGEST_VERBS } from '../digest/buttons.js';
import { UPDATE_VERB } from '../figures/chat.js';
import { requiredRole, type Action } from './policy.js';
import type { SecurityConfig } from './roles.js';
import { teamsUserCan } from './teams-user.js';

type GuardedFeature = 'subscribe' | 'unsubscribe' | 'openFigureUpdate' | 'fetchFigures' | 'showStatus' | 'answerQuestion' | 'showHistory' | 'openProposalForm' | 'listProposals';

export const CHAT_ACTIONS: { features: Partial<Record<GuardedFeature, Action>>; cardActions: Record<string, Action> } = {
  features: {
    subscribe: 'subscriptions.change',
    unsubscribe: 'subscriptions.change',
    openFigureUpdate: 'figures.write',
    // Fetching writes figures of every mapped organisation at once: an admin's call, like the timer's.
    fetchFigures: 'settings.change',
    showStatus: 'read',
    answerQuestion: 'read',
    showHistory: 'read',
    openProposalForm: 'proposals.submit',
    listProposals: 'read',
  },
  cardActions: {
    [DIGEST_VERBS.pause]: 'subscriptions.change',
    [DIGEST_VERBS.settings]: 'subscriptions.change',
    [DIGEST_VERBS.saveSettings]: 'subscriptions.change',
    [DIGEST_VERBS.showCase]: 'read',
    [UPDATE_VERB]: 'figures.write',
  },
};

export function refusal(action: Action, turn: Pick<TurnInfo, 'lang'>): Reply {
  const role = requiredRole(action) ?? 'reader';
  return text(
    turn.lang === 'da'
      ? `Det kræver rollen "${role}" i Målbot, og den har du ikke. Spørg en administrator, hvis du skal have den.`
      : `That needs the "${role}" role in Målbot, which you do not have. Ask an administrator if you need it.`,
  );
}

export function guardBotFeatures(features: BotFeatures, config: SecurityConfig): BotFeatures {
  const allowed = (action: Action, turn: TurnInfo) => teamsUserCan(turn.user, action, config);
  const guarded: BotFeatures = { ...features };
  for (const [name, action] of Object.entries(CHAT_ACTIONS.features) as [GuardedFeature, Action][]) {
    const feature = features[name] as ((...args: any[]) => Promise<Reply[]>) | undefined;
    if (!feature) continue;
    // Every guarded feature takes the TurnInfo as its first or second argument; without one there is
    // nobody to check, and running the feature anyway would fail open.
    (guarded as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const turn = args.find(isTurn);
      if (!turn) return Promise.reject(new Error(`Bot feature ${name} was called without its turn; refusing to run it unchecked`));
      return allowed(action, turn) ? feature(...args) : Promise.resolve([refusal(action, turn)]);
    };
  }
  if (features.cardActions) {
    const actions: Record<string, CardActionHandler> = {};
    for (const [verb, handler] of Object.entries(features.cardActions)) {
      const action = CHAT_ACTIONS.cardActions[verb] ?? 'read';
      actions[verb] = (data, turn) => (allowed(action, turn) ? handler(data, turn) : Promise.resolve([refusal(action, turn)]));
    }
    guarded.cardActions = actions;
  }
  return guarded;
}

function isTurn(value: unknown): value is TurnInfo {
  return Boolean(value && typeof value === 'object' && 'user' in value && 'conversation' in value && 'lang' in value);
}
