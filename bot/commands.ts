/**
 * The one list of commands. The parser, the help card and the Teams manifest's command lists
 * (scripts/infra via infra/teams/build-manifest.ts) are all derived from it, and a test checks the
 * manifest against it both ways.
 */
import type { Lang } from '../cards/index.js';

export interface CommandSpec {
  /** First word of each language is what the manifest and help card show; the rest are spellings we also accept. */
  words: Record<Lang, readonly [string, ...string[]]>;
  description: Record<Lang, string>;
}

export const COMMANDS = {
  help: {
    words: { da: ['hjælp', 'hjaelp'], en: ['help'] },
    description: { da: 'Vis hvad Målbot kan, med eksempler', en: 'Show what Målbot can do, with examples' },
  },
  status: {
    words: { da: ['status'], en: ['status'] },
    description: {
      da: 'Status på jeres mål, fx status KIK II',
      en: 'The status of your goals, e.g. status KIK II',
    },
  },
  proposal: {
    // "idé" is what a Danish colleague types first ("jeg har en idé"); it was read as a figure question.
    words: { da: ['forslag', 'idé', 'ide', 'nyt forslag', 'ny idé', 'ny ide'], en: ['idea', 'new idea'] },
    description: { da: 'Send et prioriteringsforslag eller en quick win', en: 'Submit a priority proposal or a quick win' },
  },
  subscribe: {
    words: { da: ['abonnér', 'abonner'], en: ['subscribe'] },
    description: { da: 'Få målstatus her hver uge', en: 'Get the goal status here every week' },
  },
  unsubscribe: {
    words: { da: ['afmeld'], en: ['unsubscribe'] },
    description: { da: 'Stop den ugentlige målstatus her', en: 'Stop the weekly goal status here' },
  },
  myProposals: {
    words: { da: ['mine forslag'], en: ['my proposals'] },
    description: { da: 'De forslag og quick wins, du har sendt, og hvor langt de er', en: 'The proposals and quick wins you have sent, and where they are' },
  },
  pendingProposals: {
    words: { da: ['forslag til behandling'], en: ['pending proposals'] },
    description: { da: 'Forslag, der venter på en beslutning', en: 'Proposals waiting for a decision' },
  },
  update: {
    words: { da: ['opdater tal', 'opdater'], en: ['update figures', 'update'] },
    description: { da: 'Indtast et nyt tal for et nøgletal, eller ret et', en: 'Enter a new figure for a KPI, or correct one' },
  },
  history: {
    words: { da: ['hvem ændrede'], en: ['who changed'] },
    description: { da: 'Hvem har ændret et nøgletal, og hvornår (skriv nøgletallets navn efter)', en: "Who changed a KPI, and when (add the KPI's name)" },
  },
  fetchFigures: {
    words: { da: ['hent tal'], en: ['fetch figures'] },
    description: { da: 'Hent de nyeste tal fra Jobindsats nu (administratorer)', en: 'Fetch the latest figures from Jobindsats now (admins)' },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export interface ParsedCommand {
  name: CommandName;
  /** The language of the word the user typed, or undefined when both languages share it ("status"). */
  lang: Lang | undefined;
  /** Whatever followed the command word. */
  args: string;
}

function fold(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('da');
}

/** Spelling → command and language; a word both languages use maps to no language. */
const LOOKUP = new Map<string, { name: CommandName; lang: Lang | undefined }>();
for (const name of COMMAND_NAMES) {
  for (const lang of ['da', 'en'] as const) {
    for (const word of COMMANDS[name].words[lang]) {
      const key = fold(word);
      const seen = LOOKUP.get(key);
      LOOKUP.set(key, { name, lang: seen && seen.lang !== lang ? undefined : lang });
    }
  }
}

/** The command the text starts with (case-insensitive, trailing punctuation ignored), or undefined. */
export function parseCommand(input: string): ParsedCommand | undefined {
  const phrase = parsePhrase(input.trim());
  if (phrase) return phrase;
  const match = /^\/?(\S+?)[.!?:]*(?:\s+([\s\S]*))?$/u.exec(input.trim());
  if (!match) return undefined;
  const found = LOOKUP.get(fold(match[1]!));
  return found ? { ...found, args: (match[2] ?? '').trim() } : undefined;
}

/** Commands of several words ("mine forslag"), longest first so "forslag til behandling" beats "forslag". */
const PHRASES = [...LOOKUP.keys()].filter((k) => /\s/.test(k)).sort((a, b) => b.length - a.length);

function parsePhrase(input: string): ParsedCommand | undefined {
  const folded = fold(input).replace(/^\//, '').replace(/\s+/g, ' ');
  const key = PHRASES.find((p) => folded === p || new RegExp(`^${p}(?=[\\s.!?:])`, 'u').test(folded));
  if (!key) return undefined;
  return { ...LOOKUP.get(key)!, args: folded.slice(key.length).replace(/^[.!?:]+/, '').trim() };
}

/** The commands as the manifest and the help card list them, in one language. */
export function commandList(lang: Lang): { name: CommandName; word: string; description: string }[] {
  return COMMAND_NAMES.map((name) => ({ name, word: COMMANDS[name].words[lang][0], description: COMMANDS[name].description[lang] }));
}

/** "hvem ændrede selvforsørgende?" / "who changed self-supporting": the subject, or undefined for any other text. */
const HISTORY_PHRASE = /^\s*(?:hvem\s+(?:har\s+)?(?:ændret|ændrede|aendrede|aendret|opdaterede|opdateret)|who\s+(?:has\s+)?(?:changed|updated|edited))(?:\s+(.*)|[?.!]*)$/iu;

export function historySubject(input: string): string | undefined {
  const m = HISTORY_PHRASE.exec(input);
  return m ? (m[1] ?? '').replace(/[?.!]+$/, '').trim() : undefined;
}

/** Words people try on any bot; answered with help rather than searched as a figure. */
const GENERIC_BOT_WORDS = new Set(['?', 'menu', 'start', 'settings', 'indstillinger', 'commands', 'kommandoer', 'hej', 'hi', 'hello', 'hallo', 'goddag']);

/**
 * Does the text look like a mistyped or unknown command rather than a question? A "/word", a generic bot
 * word, or a single word within two typos of a command ("hjælpe", "statsu"). A short real question such
 * as "ledighed" is still searched as a figure.
 */
export function looksLikeCommand(input: string): boolean {
  const value = fold(input.trim());
  if (!value) return true;
  if (value.startsWith('/')) return true;
  if (/\s/.test(value)) return false;
  const word = value.replace(/[.!:]+$/, '');
  if (GENERIC_BOT_WORDS.has(word)) return true;
  if (word.length < 4 || /\d/.test(word)) return false;
  return [...LOOKUP.keys()].some((known) => editDistance(word, known) <= 2);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
