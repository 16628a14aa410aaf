/**
 * Figure questions in chat: any text that is not a command is answered with the answer card (or the case
 * card for a case as a whole), and the card's "did you mean" buttons ask their reading as a new question.
 * Handed to the bot through its features interface (bot/features.ts, wired in functions/chat-features.ts).
 */
import { card, onVerb, type Reply } from '../../bot/index.js';
import type { TurnInfo } from '../../bot/index.js';
import { ALTERNATIVE_VERB, answerCard } from '../../cards/answer-card.js';
import { caseCard } from '../../cards/case-card.js';
import type { Store } from '../store/store.js';
import { answerQuestion } from './remembered-answers.js';
import { answerCardView, caseCardView } from './card-view.js';

/** How long a conversation's last question is remembered for a follow-up ("og i 2019?"). */
const FOLLOW_UP_MS = 10 * 60_000;
/** Conversations remembered at once; the oldest is forgotten first. */
const REMEMBERED = 5000;

/** The last reading per conversation: short-lived, in memory, nothing personal (only the question's frame). */
export class ConversationMemory {
  private readonly last = new Map<string, { context: string; at: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  get(conversation: string): string | undefined {
    const m = this.last.get(conversation);
    if (!m) return undefined;
    if (this.now() - m.at > FOLLOW_UP_MS) {
      this.last.delete(conversation);
      return undefined;
    }
    return m.context;
  }

  set(conversation: string, context: string | undefined): void {
    this.last.delete(conversation);
    if (!context) return;
    if (this.last.size >= REMEMBERED) this.last.delete(this.last.keys().next().value!);
    this.last.set(conversation, { context, at: this.now() });
  }
}

export function queryFeatures(store: Store, homeOrg: string, memory = new ConversationMemory()) {
  /**
   * A question is answered in the turn's language: for a typed one the bot read it from the text by the same
   * rule as POST /api/query (functions/domain/text-language.ts), keeping the conversation's when the text shows
   * none; a button's question, a measure's name, keeps the language of the card it came from.
   */
  async function answer(question: string, turn: TurnInfo): Promise<Reply[]> {
    const context = memory.get(turn.conversation.id);
    const a = await answerQuestion(store, { q: question, lang: turn.lang, ...(context ? { context } : {}) }, { homeOrg });
    memory.set(turn.conversation.id, a.context);
    const asCase = a.kind === 'case' ? caseCardView(a) : undefined;
    return [card(asCase ? caseCard(asCase) : answerCard(answerCardView(a)), a.text)];
  }

  // A button of ours always carries its question; one without is asked as an empty question.
  const askAlternative = onVerb('query.alternative', ({ question }, turn) => answer(question?.trim() ?? '', turn));

  return { answerQuestion: (question: string, turn: TurnInfo) => answer(question, turn), cardActions: { [ALTERNATIVE_VERB]: askAlternative } };
}
