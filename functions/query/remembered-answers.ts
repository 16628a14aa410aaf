/**
 * A question asked before is answered again without being worked out again, as long as nothing its answer
 * was made from has changed. An answer depends only on the question (text, organisation, language, the
 * previous answer's context, the home organisation), the catalogue, and the figures of the KPIs it read —
 * and every figure a question reads comes through figure-index.ts. So an answer is kept with the catalogue
 * it was made from (its object and in-place revision) and the figure index of each KPI it read; asked again,
 * each of those KPIs' figures is read from the store again and compared with the index the answer used
 * (the same index object means the same figures), and any difference works the answer out afresh. A store
 * that counts its writes (the embedded one) spares even that read while the count is the one the answer
 * was made at: no figure can have changed.
 *
 * Weighing the candidate measures and writing the answer was about half of an asked-before question's CPU
 * at 100,000 figures; the store reads remain. The kept answer is a copy, frozen all the way down and handed
 * to every caller that asks again (as the store shares its items): copying it for each was about a quarter
 * of the CPU of answering from what was kept (30 → 22 µs a question in process, at 100,000 figures).
 */
import { deepFreeze } from '../store/deep-freeze.js';
import type { Store } from '../store/store.js';
import { answerQuestion as answerAfresh, type AnswerOptions } from './answer.js';
import { catalogueRevision, currentCatalogue, getCatalogue, type Catalogue } from './catalogue.js';
import { figureIndex, recordingReads, replayReads, type FigureReads } from './figure-index.js';
import type { Answer, QueryInput } from './types.js';

interface Kept {
  answer: Answer;
  revision: number;
  reads: FigureReads;
  /** The store's count of figure writes while the answer was made, when it keeps one. */
  writes: number | undefined;
}

/** Answers kept per catalogue, least recently asked first; a new catalogue starts empty. */
const MAX_KEPT = 5_000;
const kept = new WeakMap<Catalogue, Map<string, Kept>>();

export async function answerQuestion(store: Store, input: QueryInput, options: AnswerOptions = {}): Promise<Answer> {
  const cat = await getCatalogue(store, options.maxAgeMs);
  const key = JSON.stringify([input.q, input.org ?? null, input.lang ?? null, input.context ?? null, options.homeOrg ?? null]);
  let answers = kept.get(cat);
  if (!answers) kept.set(cat, (answers = new Map()));
  const known = answers.get(key);
  if (known) {
    answers.delete(key);
    if (known.revision === catalogueRevision(cat) && (await unchanged(store, cat, known))) {
      answers.set(key, known);
      return known.answer;
    }
  }
  const revision = catalogueRevision(cat);
  const writes = store.figures.writeCount?.();
  const { value: answer, reads } = await recordingReads(() => answerAfresh(store, input, options));
  // Kept only when the answer was certainly made from this catalogue, unpatched, and one version of each KPI's figures.
  if (currentCatalogue(store) === cat && catalogueRevision(cat) === revision && ![...reads.values()].includes(null)) {
    const sameWrites = writes !== undefined && store.figures.writeCount?.() === writes;
    answers.set(key, { answer: deepFreeze(structuredClone(answer)), revision, reads, writes: sameWrites ? writes : undefined });
    if (answers.size > MAX_KEPT) answers.delete(answers.keys().next().value!);
  }
  return answer;
}

async function unchanged(store: Store, cat: Catalogue, { reads, writes }: Kept): Promise<boolean> {
  if (writes !== undefined && store.figures.writeCount?.() === writes) {
    replayReads(reads);
    return true;
  }
  for (const read of reads.values()) if (!read || (await figureIndex(store, cat, read.kpi)) !== read.index) return false;
  return true;
}
