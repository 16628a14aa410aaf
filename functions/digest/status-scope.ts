/**
 * Whose goals a status request is about, read from its words against the catalogue: "KIK II" or "BIC 06" (a case,
 * by code or title), "Herning" (an organisation), "selvforsørgende i KIK II" (goals, by their title or KPI), and
 * "pr. 31. august 2018" (the date the status describes). Pure: the caller hands in the catalogue. Words that name
 * none of these are returned as unread, so the reply can say which words it could not read — never a silent
 * fallback to something else.
 */
import { periodEnd } from '../domain/period.js';
import { parsePeriods } from '../domain/query/period-parse.js';
import { stems } from '../domain/query/text.js';
import { fold } from '../domain/text.js';

export interface ScopeCatalogue {
  organisations: { id: string; name: string }[];
  cases: { id: string; orgId: string; code?: string | undefined; title: string; parentId?: string | undefined; aliases?: readonly string[] }[];
  goals: { id: string; orgId: string; caseId?: string | undefined; words: string }[];
}

export interface StatusScope {
  orgId?: string;
  caseIds: string[];
  /** Only these goals, when the words named goals. */
  goalIds?: string[];
  /** The status as of this day; absent for today. */
  asOf?: string;
}

export type ScopeReading = { ok: true; scope: StatusScope } | { ok: false; unread: string };

/** Words that carry nothing of whose goals are meant (folded). */
const FILLER = new Set(
  (
    // Possessives name the conversation's own goals ("status på mine mål", "my goals"), which is no narrowing at all.
    'og i for med hos paa af til ved om den det de der er var vi vores vor vore jeres deres sine sit sin min mit mine egne os jer mig status maalstatus ' +
    'maal maalene maalet maalsaetning maalsaetningen maalsaetningerne delmaal delmaalene slutmaal slutmaalet pr per d nu lige ' +
    'kommune kommunes sag sagen sagerne indsats indsatsen alle samlet ' +
    'the of on in at with to for our my mine own its their your s as now currently goal goals target targets objective objectives case ' +
    'all overall and municipality council project'
  ).split(' '),
);

/** Reads `text` (a status command's arguments, or a goal question's subject). An empty text is an empty scope. */
export function readStatusScope(text: string, catalogue: ScopeCatalogue): ScopeReading {
  // Cases first: a code may hold digits ("BIC 06", "Spor 2.1") that are no date.
  const cases = takeAll(` ${text.normalize('NFC')} `, catalogue.cases.flatMap((c) => caseNames(c).map((name) => ({ id: c.id, name }))));
  let rest = cases.rest;
  const periods = parsePeriods(rest);
  if (periods.periods.length > 1 || periods.periods.some((p) => p.startsWith('@')) || periods.since) {
    const [first] = periods.spans;
    return { ok: false, unread: first ? rest.slice(first.start, first.end).trim() : text.trim() };
  }
  for (const span of periods.spans) rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  const orgs = takeAll(rest, catalogue.organisations.flatMap((o) => orgNames(o).map((name) => ({ id: o.id, name }))));
  rest = orgs.rest;

  if (orgs.ids.length > 1) return { ok: false, unread: orgs.said.join(', ') };
  const orgId = orgs.ids[0];
  // "KIK II i Herning": a case of another organisation than the one named cannot be read either way.
  const stranger = orgId ? catalogue.cases.find((c) => cases.ids.includes(c.id) && c.orgId !== orgId) : undefined;
  if (stranger) return { ok: false, unread: `${stranger.code ?? stranger.title} ${orgs.said[0]}` };

  const scope: StatusScope = { caseIds: cases.ids };
  if (orgId && !cases.ids.length) scope.orgId = orgId;
  if (periods.periods.length === 1) scope.asOf = periodEnd(periods.periods[0]!);

  const words = (rest.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER.has(fold(w)));
  if (!words.length) return { ok: true, scope };
  const inScope = catalogue.goals.filter((g) =>
    cases.ids.length ? g.caseId !== undefined && within(catalogue.cases, g.caseId, cases.ids) : !orgId || g.orgId === orgId,
  );
  const goalIds = inScope.filter((g) => words.every((w) => mentions(g.words, w))).map((g) => g.id);
  if (!goalIds.length) return { ok: false, unread: words.join(' ') };
  return { ok: true, scope: { ...scope, goalIds } };
}

/** A case by its code ("BIC 06", also "bic 6"), its title, each part of a title in parts ("Ung i fokus/Dig i centrum"), or an alias. */
function caseNames(c: ScopeCatalogue['cases'][number]): RegExp[] {
  const names: RegExp[] = [];
  if (c.code) names.push(codePattern(c.code));
  const parts = [c.title, ...c.title.split(/\s*(?:\/|–|—|:|\()\s*/u)].map((p) => p.replace(/\)$/, '').trim()).filter((p) => p.length >= 4);
  for (const part of new Set([...parts, ...(c.aliases ?? [])])) names.push(phrasePattern(part));
  return names;
}

/** "Herning Kommune" by its full name, without the kind ("Herning"), or its id. */
function orgNames(o: ScopeCatalogue['organisations'][number]): RegExp[] {
  const bare = o.name.replace(/\s+(?:kommune|municipality)$/iu, '').trim();
  return [...new Set([o.name, bare, o.id])].filter((n) => n.length >= 3).map(phrasePattern);
}

/** A code's letters as written, its number with or without leading zeros and space: "BIC 06" is also "bic 6" and "BIC06". */
function codePattern(code: string): RegExp {
  const source = fold(code)
    .split(/(\d+)/)
    .map((part) => (/^\d+$/.test(part) ? `0*${String(Number(part))}` : escapeRegExp(part).replace(/\s+/g, '\\s*')))
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu');
}

function phrasePattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(phrase)).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every name found in `text`, longest first so "KIK II" is not also read as "KIK"; what was found is blanked out.
 * Matching runs on the folded text, which is as long as the original only where nothing folds to two letters,
 * so positions are mapped back through the fold character by character.
 */
function takeAll(text: string, names: { id: string; name: RegExp }[]): { ids: string[]; said: string[]; rest: string } {
  const { folded, origin } = foldWithOrigin(text);
  const hits: { id: string; start: number; end: number }[] = [];
  for (const { id, name } of names) {
    name.lastIndex = 0;
    for (let m = name.exec(folded); m; m = name.exec(folded)) hits.push({ id, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Array<boolean>(folded.length).fill(false);
  const found: { id: string; start: number; said: string }[] = [];
  let rest = text;
  for (const hit of hits) {
    if (taken.slice(hit.start, hit.end).some(Boolean)) continue;
    for (let i = hit.start; i < hit.end; i++) taken[i] = true;
    const start = origin[hit.start]!;
    const end = origin[hit.end - 1]! + 1;
    if (!found.some((f) => f.id === hit.id)) found.push({ id: hit.id, start, said: text.slice(start, end) });
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  }
  // In the order they were written.
  found.sort((a, b) => a.start - b.start);
  return { ids: found.map((f) => f.id), said: found.map((f) => f.said), rest };
}

function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  }
  return { folded, origin };
}

/** Is `caseId` one of `chosen` or below one of them? */
function within(cases: ScopeCatalogue['cases'], caseId: string, chosen: string[]): boolean {
  const parent = new Map(cases.map((c) => [c.id, c.parentId]));
  for (let id: string | undefined = caseId, hops = 0; id && hops < 50; id = parent.get(id), hops++) if (chosen.includes(id)) return true;
  return false;
}

/** A compound's part this long stands for itself inside another compound ("modtagere" in "kontanthjælpsmodtagere"). */
const PART_LENGTH = 6;
/** "kontant- og uddannelseshjælpsmodtagere": a first part whose ending the next word gives. */
const SHARED_ENDING = /([\p{L}]+)-\s+(?:og|eller|and|or)\s+([\p{L}]+)/gu;

/**
 * Does a goal's text (its title and KPI name, both languages) mention the word: by stem, a long common start, a
 * compound ending in it, or a compound written with a shared ending ("kontant- og uddannelseshjælpsmodtagere" names
 * "kontanthjælpsmodtagere")?
 */
function mentions(goalText: string, word: string): boolean {
  const wanted = stems(word);
  const folded = fold(word);
  const named = (goalText.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => {
    const f = fold(w);
    if (f === folded || stems(w).some((s) => wanted.includes(s))) return true;
    // "modtagere" of "uddannelseshjælpsmodtagere": Danish compounds end in what they are.
    if (folded.length >= PART_LENGTH && f.length > folded.length && f.endsWith(folded)) return true;
    // "selvforsørgende" and "selvforsørgelse": the same word with another ending.
    const n = Math.min(f.length, folded.length) - 2;
    return n >= 6 && f.slice(0, n) === folded.slice(0, n);
  });
  return named || [...fold(goalText).matchAll(SHARED_ENDING)].some(([, first, next]) => {
    const rest = folded.slice(first!.length);
    return folded.startsWith(first!) && rest.length >= PART_LENGTH && next!.endsWith(rest);
  });
}
