/**
 * The language each conversation was last answered in, so a turn that shows none ("og 2019?", "KIK II 2018",
 * a button without a language) keeps it. In memory, like the follow-up context of a question
 * (functions/query/chat.ts): a restart forgets it and Danish is the default again.
 */
import type { Lang } from '../functions/domain/lang.js';

/** Conversations remembered at once; the one not heard from longest is forgotten first. */
const REMEMBERED = 5000;

export class ConversationLanguages {
  private readonly last = new Map<string, Lang>();

  get(conversation: string): Lang | undefined {
    return this.last.get(conversation);
  }

  set(conversation: string, lang: Lang): void {
    this.last.delete(conversation);
    if (this.last.size >= REMEMBERED) this.last.delete(this.last.keys().next().value!);
    this.last.set(conversation, lang);
  }
}
