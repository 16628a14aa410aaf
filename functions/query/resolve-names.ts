/**
 * What a measure's name names against what the question names: the contrast members in it, a narrower group
 * than the one asked, the thing the question counts, and what the question singles out beyond it.
 */
import { unitNouns } from '../domain/format.js';
import type { Kpi } from '../domain/model.js';
import { contrastsIn, fold, stems, type Frame, type Lexicon } from '../domain/query/index.js';
import type { Catalogue } from './catalogue.js';
import { explains, isTelling, termsOf } from './distinguish.js';
import { lexiconFor } from './readings.js';

const named = new WeakMap<Lexicon, Map<string, string[]>>();

/**
 * The contrast members a measure's name (both languages, aliases) names, and the part its case's title names when
 * the name itself names none of that family: "Budget: Kontanthjælp" of "Arbejdsmarkedsudvalget – vedtaget budget"
 * is the labour-market committee's, as much as a KIK II line named "…, Arbejdsmarkedsudvalget (AU)".
 */
export function namedContrasts(lex: Lexicon, kpi: Kpi): string[] {
  let byKpi = named.get(lex);
  if (!byKpi) named.set(lex, (byKpi = new Map()));
  let out = byKpi.get(kpi.id);
  if (!out) {
    const own = contrastsIn([kpi.name.da, kpi.name.en, ...(kpi.aliases ?? [])].join(' . '), lex);
    const title = kpi.caseId ? lex.cases.find((c) => c.id === kpi.caseId)?.title : undefined;
    const family = (x: string) => x.split(':')[0]!;
    const fromCase = title ? contrastsIn(title, lex).filter((x) => lex.partFamilies.has(family(x)) && !own.some((o) => family(o) === family(x))) : [];
    byKpi.set(kpi.id, (out = [...own, ...fromCase]));
  }
  return out;
}

/**
 * "Hvor mange kontanthjælpsmodtagere har Hedensted?" may take a share (a soft unit) only of the group asked: a share
 * naming a member of something the question names nothing of ("der ikke vender tilbage", a match group) is of a
 * narrower group, and its percentage answers another question. (Small numbers and scopes are often incidental.)
 */
export function narrower(lex: Lexicon, kpi: Kpi, f: Frame): boolean {
  return namedContrasts(lex, kpi).some((x) => !x.startsWith('n:') && !x.startsWith('scope:') && !f.contrasts.includes(x));
}

/** The thing the question counts, when the catalogue tells measures apart by it and this measure does not name it. */
export function uncounted(cat: Catalogue, kpi: Kpi, f: Frame): { uncounted?: string } {
  const w = f.counted?.word;
  if (!w || f.operation !== 'lookup' || !isTelling(cat, w)) return {};
  // "hvor mange personer": counted by the measure's unit itself, whatever its name says.
  if (unitNouns(kpi.unit).some((n) => fold(n) === w)) return {};
  // Counted by the measure itself, not by its case's name ("programteorier" of a case about them, for a count of mechanisms).
  const terms = termsOf(cat, kpi).own;
  // "uddannelseshjælpsmodtagere" is counted by a measure of those who "modtog uddannelseshjælp": a compound's first part.
  const compound = stems(fold(w)).some((s) => terms.some((t) => t.length >= 6 && s.startsWith(t)));
  // "hvor mange ekstra pladser", "how many extra places": counted by a measure of "flere" / "additional" places, the word's synonyms.
  const synonyms = lexiconFor(cat.orgRefs, cat.caseRefs).lexicon.synonyms.match([w], 0)?.values.flat() ?? [];
  return explains(terms, w) || compound || synonyms.some((x) => explains(terms, x)) ? {} : { uncounted: w };
}

/**
 * What the question singles out by a word rare among measure names that the measure does not name, when the
 * word names a member of a contrast family the measure names nothing of ("unge i virksomhedspraktik" of all
 * young people on support): those members. Scopes and small numbers are left out, often incidental.
 */
export function asksBeyond(lex: Lexicon, unsaid: string[], named: string[]): string[] {
  const families = new Set(named.map((x) => x.split(':')[0]));
  return [...new Set(unsaid.flatMap((w) => contrastsIn(w, lex).filter((x) => !x.startsWith('scope:') && !x.startsWith('n:') && !families.has(x.split(':')[0]))))];
}

/**
 * "er kommet i job", "went into work", "got a job", "har været i job", "were in work": an outcome reached, the verb before
 * it (not "jobcentret", "afbrudt uddannelse"); a copula only with "i" / "in" after it ("er i job", not "er uddannelse").
 */
const REACHED =
  /\b(?:(?:kom|kommet|kommer|gik|gaaet|gaar|overgik|overgaaet|got|get|gets|gone|went|go|came|come)\s+(?:(?:direkte|videre|straight|directly|on)\s+)?(?:(?:i|til|ind i|into|in|to|a|an)\s+)?|(?:vaeret|var|er|been|was|were|are|is)\s+(?:i|in)\s+(?:an?\s+)?)(?:(?:ordinaert|ordinaer|ordinary)\s+)?(?:job|jobs|arbejde|beskaeftigelse|uddannelse|work|employment|education)\b/;

/**
 * The families a measure must name the member asked of: the curated ones, and in a plain lookup an outcome the question
 * says was reached ("hvor mange af deltagerne er kommet i job?"): a count of those taught answers no question about
 * how many of them got a job. (A side of a sum or share is asked with the whole question's words, so not there.)
 */
export function requiredFamilies(lex: Lexicon, f: Frame): ReadonlySet<string> {
  if (f.operation !== 'lookup' || f.share || f.sides || f.split || !REACHED.test(f.text)) return lex.requiredFamilies;
  return new Set([...lex.requiredFamilies, 'outcome']);
}
