/**
 * The chat's words for errors that carry a reason (errors.ts): one table, Danish and English side by
 * side, read where an error becomes a chat reply. The error's own message stays English for logs and the
 * API's problem details; a Danish chat never sees it. An error without a reason keeps its message, which
 * its feature has already written in the chat's language.
 */
import type { Lang } from './lang.js';

type Params = Record<string, string | number>;
type Words = Record<Lang, (p: Params) => string>;

const WORDING = {
  'store.stale': {
    da: () => 'Nogen andre ændrede det samme imens. Hent det igen, og prøv en gang til.',
    en: () => 'Someone else changed the same thing meanwhile. Load it again and try once more.',
  },
  'store.not-found': {
    da: () => 'Det findes ikke (længere). Måske har nogen slettet det.',
    en: () => 'It does not exist (any more). Someone may have deleted it.',
  },
  'store.conflict': {
    da: () => 'Det findes allerede.',
    en: () => 'It exists already.',
  },
  'store.too-large': {
    da: () => 'Det er for stort til at blive gemt (højst 2 MB).',
    en: () => 'It is too large to be stored (2 MB at most).',
  },
  'proposal.kept-changing': {
    da: (p) => `Forslaget ${p.id} blev ved med at blive ændret, mens dit blev gemt. Prøv igen om lidt.`,
    en: (p) => `Proposal ${p.id} kept being changed while yours was saved. Try again in a moment.`,
  },
  'proposal.no-free-number': {
    da: (p) => `Jeg fandt ikke et ledigt forslagsnummer (sidst prøvet: ${p.last}). Prøv igen, eller skriv et nummer selv.`,
    en: (p) => `I found no free proposal number (last tried: ${p.last}). Try again, or type a number yourself.`,
  },
} satisfies Record<string, Words>;

export type ErrorCode = keyof typeof WORDING;
export const ERROR_WORDING: Record<ErrorCode, Words> = WORDING;

export interface ErrorReason {
  code: ErrorCode;
  params?: Params;
}

/** What a chat in `lang` says for the error. */
export function errorText(error: { message: string; reason?: ErrorReason | undefined }, lang: Lang): string {
  return error.reason ? ERROR_WORDING[error.reason.code][lang](error.reason.params ?? {}) : error.message;
}
