/**
 * The reading of a question (language, organisations, case codes, periods, the words left for the
 * search) depends only on its text and on the organisations and cases in the catalogue, so a question
 * asked again is not parsed again. The cache hangs off the catalogue's lists: when those are replaced
 * (a rebuild, a case patched in) the old readings go with them. Readings are shared: treat as read-only.
 */
import { understand, type CaseRef, type OrgRef, type ParsedQuestion } from '../domain/query/index.js';
import type { Lang } from '../domain/period.js';

const MAX_READINGS = 2000;

const byLists = new WeakMap<CaseRef[], { orgs: OrgRef[]; readings: Map<string, ParsedQuestion> }>();

export function readQuestion(q: string, lang: Lang | undefined, orgs: OrgRef[], cases: CaseRef[]): ParsedQuestion {
  let slot = byLists.get(cases);
  if (!slot || slot.orgs !== orgs) byLists.set(cases, (slot = { orgs, readings: new Map() }));
  const key = `${lang ?? ''}\u0001${q}`;
  let parsed = slot.readings.get(key);
  if (parsed) slot.readings.delete(key);
  else {
    parsed = understand(q, { orgs, cases, ...(lang ? { lang } : {}) });
    if (slot.readings.size >= MAX_READINGS) slot.readings.delete(slot.readings.keys().next().value!);
  }
  slot.readings.set(key, parsed);
  return parsed;
}
