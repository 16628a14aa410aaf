/**
 * The role check for chat: wraps the bot's features so that what changes data asks the same policy as
 * REST (functions/security/teams-user.ts), keyed by the Teams user's Entra object id. A refusal is a
 * polite reply in the user's language and changes nothing. Commands name their action below; every card
 * verb takes its permission from its row in cards/verbs.ts, and a verb not there is refused, never
 * treated as a read. Actions on one organisation's things (deciding a proposal, saving a figure) are
 * also checked against that organisation where the thing is known (proposals/reviewers.ts, figures/chat.ts),
 * with the same policy.
 */
import { isVerb, VERBS } from '../cards/verbs.js';
import { containsCpr } from '../functions/domain/personal-data.js';
import { requiredRole, teamsUserCan, type Action, type SecurityConfig } from '../functions/security/index.js';
import { MAX_CHAT_TEXT } from '../functions/security/limits.js';
import { text, type Reply } from './activity.js';
import type { BotFeatures, CardActionHandler, TurnInfo } from './features.js';

type GuardedFeature = 'subscribe' | 'unsubscribe' | 'openFigureUpdate' | 'fetchFigures' | 'showStatus' | 'answerQuestion' | 'showHistory' | 'openProposalForm' | 'listProposals';

/** The action each feature entry point needs (the commands that reach it). */
const FEATURE_ACTIONS: Record<GuardedFeature, Action> = {
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
};

/** A card verb's permission, from its row in cards/verbs.ts; undefined for a verb nobody declared. */
function verbAction(verb: string): Action | undefined {
  return isVerb(verb) ? VERBS[verb].permission : undefined;
}

export function refusal(action: Action, turn: Pick<TurnInfo, 'lang'>): Reply {
  const role = requiredRole(action) ?? 'reader';
  return text(
    turn.lang === 'da'
      ? `Det kræver rollen "${role}" i Målbot, og den har du ikke. Spørg en administrator, hvis du skal have den.`
      : `That needs the "${role}" role in Målbot, which you do not have. Ask an administrator if you need it.`,
  );
}

/** Text in chat is checked before any feature sees it: too long is refused, and a CPR number is neither used nor repeated. */
function screen(texts: readonly string[], turn: Pick<TurnInfo, 'lang'>, { maxLength = MAX_CHAT_TEXT, checkCpr = true } = {}): Reply | undefined {
  if (texts.some((t) => t.length > maxLength)) {
    return text(turn.lang === 'da' ? `Beskeden er for lang: Målbot læser højst ${MAX_CHAT_TEXT} tegn. Skriv den kortere.` : `The message is too long: Målbot reads at most ${MAX_CHAT_TEXT} characters. Please shorten it.`);
  }
  if (checkCpr && texts.some(containsCpr)) {
    return text(turn.lang === 'da' ? 'Beskeden indeholder et CPR-nummer. Målbot gemmer og gentager ingen personoplysninger, så intet er gjort. Skriv igen uden nummeret.' : 'The message contains a CPR number. Målbot neither stores nor repeats personal data, so nothing was done. Please write again without the number.');
  }
  return undefined;
}

/** Every string in a card's data, however nested (walked without recursion). */
function stringsIn(data: unknown): string[] {
  const out: string[] = [];
  const stack = [data];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) stack.push(key, child);
  }
  return out;
}

/** Proposal forms refuse a CPR number themselves and show the form back with it blanked out (proposals/chat/views.ts). */
const REDACTS_CPR_ITSELF = new Set(['proposal.submit', 'proposal.revise']);

function undeclaredVerb(turn: Pick<TurnInfo, 'lang'>): Reply {
  return text(turn.lang === 'da' ? 'Den knap kender Målbot ikke, så intet er gjort.' : 'Målbot does not know that button, so nothing was done.');
}

export function guardBotFeatures(features: BotFeatures, config: SecurityConfig): BotFeatures {
  const allowed = (action: Action, turn: TurnInfo) => teamsUserCan(turn.user, action, config);
  const guarded: BotFeatures = { ...features };
  for (const [name, action] of Object.entries(FEATURE_ACTIONS) as [GuardedFeature, Action][]) {
    const feature = features[name] as ((...args: unknown[]) => Promise<Reply[]>) | undefined;
    if (!feature) continue;
    // Every guarded feature takes the TurnInfo as its first or second argument; without one there is
    // nobody to check, and running the feature anyway would fail open.
    (guarded as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const turn = args.find(isTurn);
      if (!turn) return Promise.reject(new Error(`Bot feature ${name} was called without its turn; refusing to run it unchecked`));
      if (!allowed(action, turn)) return Promise.resolve([refusal(action, turn)]);
      const refused = screen(args.filter((a): a is string => typeof a === 'string'), turn);
      return refused ? Promise.resolve([refused]) : feature(...args);
    };
  }
  if (features.cardActions) {
    const actions: Record<string, CardActionHandler> = {};
    for (const [verb, handler] of Object.entries(features.cardActions)) {
      const action = verbAction(verb);
      // A verb nobody declared is refused to everyone: a forgotten entry fails closed, never as a read.
      if (!action) {
        actions[verb] = (_data, turn) => Promise.resolve([undeclaredVerb(turn)]);
        continue;
      }
      actions[verb] = async (data, turn) => {
        if (!allowed(action, turn)) return [refusal(action, turn)];
        // A card's inputs are as long as each verb's own schema allows (a proposal's text fields hold 8,000).
        const refused = screen(stringsIn(data), turn, { maxLength: Infinity, checkCpr: !REDACTS_CPR_ITSELF.has(verb) });
        return refused ? [refused] : handler(data, turn);
      };
    }
    guarded.cardActions = actions;
  }
  return guarded;
}

function isTurn(value: unknown): value is TurnInfo {
  return Boolean(value && typeof value === 'object' && 'user' in value && 'conversation' in value && 'lang' in value);
}
