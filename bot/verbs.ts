/**
 * The bot's own card verbs, as cards/verbs.ts lists them: `submit()` makes their buttons, and
 * VERB_SCHEMAS is their part of the table (the bot parses their payloads itself; features parse theirs
 * through `onVerb`, bot/features.ts).
 */
import { BOT_VERBS, button, VERBS, type BotVerb, type VerbInput } from '../cards/verbs.js';
import type { Button, Lang } from '../cards/index.js';

export const VERB_SCHEMAS = Object.fromEntries(BOT_VERBS.map((v) => [v, VERBS[v].schema])) as { [V in BotVerb]: (typeof VERBS)[V]['schema'] };

export function submit<V extends BotVerb>(verb: V, title: string, lang: Lang, payload: VerbInput<V>): Button {
  return button(verb, title, lang, payload);
}
