/**
 * Figure questions in chat: any text that is not a command is answered with the answer card (or the case
 * card for a case as a whole), and the card's "did you mean" buttons ask their reading as a new question.
 * Handed to the bot through its features interface (bot/features.ts, wired in bot/product-features.ts).
 */
import { z } from 'zod';
import { card, type Reply } from '../../bot/index.js';
import type { CardActionHandler, TurnInfo } from '../../bot/index.js';
import { ALTERNATIVE_VERB, answerCard } from '../../cards/answer-card.js';
import { caseCard } from '../../cards/case-card.js';
import type { Store } from '../store/store.js';
import { answerQuestion } from './answer.js';
import { answerCardView, caseCardView } from './card-view.js';

const AlternativeSchema = z.object({ question: z.string().trim().min(1).max(500) });

export function queryFeatures(store: Store, homeOrg: string) {
  async function answer(question: string, turn: TurnInfo): Promise<Reply[]> {
    const a = await answerQuestion(store, { q: question, lang: turn.lang }, { homeOrg });
    const asCase = a.kind === 'case' ? caseCardView(a) : undefined;
    return [card(asCase ? caseCard(asCase) : answerCard(answerCardView(a)), a.text)];
  }

  const askAlternative: CardActionHandler = (data, turn) => {
    const parsed = AlternativeSchema.safeParse(data);
    // A button of ours always carries its question; anything else is treated as an empty question.
    return answer(parsed.success ? parsed.data.question : '', turn);
  };

  return { answerQuestion: answer, cardActions: { [ALTERNATIVE_VERB]: askAlternative } };
}
