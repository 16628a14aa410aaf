/**
 * The bot's own card-button verbs and their payloads. Buttons are made with `submit()`, which only
 * accepts a known verb with its payload, so a misspelled verb or a wrong payload fails to compile; the
 * same schemas check what actually comes back from Teams.
 */
import { z } from 'zod';
import type { Button, Lang } from '../cards/index.js';

export const VERB_SCHEMAS = {
  help: z.object({}),
  /** Runs an example question as if the user had typed it. */
  ask: z.object({ question: z.string().min(1).max(500) }),
  status: z.object({}),
  subscribe: z.object({}),
  unsubscribe: z.object({}),
  proposal: z.object({}),
} as const;

export type Verb = keyof typeof VERB_SCHEMAS;
export type VerbPayload<V extends Verb> = z.infer<(typeof VERB_SCHEMAS)[V]>;

export function isBotVerb(verb: string): verb is Verb {
  return Object.hasOwn(VERB_SCHEMAS, verb);
}

/** Every submit carries the card's language, so the answer to a button is in the language of the card. */
export const SubmitEnvelopeSchema = z.looseObject({
  verb: z.string().min(1).max(100),
  lang: z.enum(['da', 'en']).optional(),
});

export function submit<V extends Verb>(verb: V, title: string, lang: Lang, payload: VerbPayload<V>): Button {
  return { title, data: { ...payload, verb, lang } };
}
