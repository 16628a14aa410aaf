/**
 * An operation the question asks for that the answer does not carry: "2020+2021", "snit af Hedensted og
 * Skanderborg", "forholdstal", "som % af alle 274", "ekskl. overførselsudgifter", "enten job eller
 * førtidspension". When no computation answered it, the one stored figure the search found is an operand at
 * best, and giving it is a confident wrong number: the answer is a refusal naming the operation, with that
 * figure offered on its own. An answer worked out (with a calculation) carries its operation and passes; so
 * does a stored figure whose measure is itself the result ("Gennemsnitlig …", "… i alt", "Netto …").
 */
import { FigureKindSchema } from '../domain/model.js';
import { fold, type Frame } from '../domain/query/index.js';
import type { Lang } from '../domain/period.js';
import { askName, refusal } from './answer-kit.js';
import type { Catalogue } from './catalogue.js';
import type { Answer } from './types.js';
import { unitFamily } from './units.js';

interface Asked {
  op: 'sum' | 'average' | 'ratio' | 'share' | 'net' | 'either';
  /** The question asks it. */
  asks: RegExp;
  /** A stored measure named so is the result itself. */
  result?: RegExp;
  /** A stored figure in this unit family is the result itself. */
  family?: string;
  /** Said in brackets it describes what the figure is made of ("'I alt' (investering minus besparelse)"), not an operation asked. */
  parts?: true;
}

const ASKED: Asked[] = [
  // "2020+2021", "in job + internships", "ØK plus AU": terms added, unless a total is stored.
  { op: 'sum', asks: /[\p{L}\p{N})]\s*\+\s*[\p{L}\p{N}(]|\bplus\b|\btilsammen\b|\blagt sammen\b|\btogether\b(?!\s+with)|\bcombined\b(?!\s+with)|\bsummen af\b|\bsum of\b/u, result: /\bi alt\b|\btotal\b|\bsamlet\b|\bsamlede\b|\btilsammen\b|\balle\b/, parts: true },
  { op: 'average', asks: /\b(?:gennemsnit\w*|snit(?:tet)?|gns|average|avg|mean)\b/, result: /gennemsnit|average|\bmean\b|\bgns\b/ },
  { op: 'ratio', asks: /\b(?:forholdstal\w*|ratio|(?:pr\.?|per|for hver|for every) krone)\b/, family: 'ratio' },
  { op: 'share', asks: /(?:\b(?:som|as|i|in)\s*(?:%|procent\b|percent(?:age)?\b)\s*(?:af|of)\b)/, family: 'percent' },
  { op: 'net', asks: /\b(?:ekskl\w*|excl\w*|excluding|fratrukket|minus|trukket fra|traekkes fra|modregne[ts]?|net of)\b/, result: /\bnetto|\bnet\b|\bekskl|\bexcl|\bgevinst|\bresultat|\bbalance|\bi alt\b|\btotal\b/, parts: true },
  { op: 'either', asks: /\b(?:enten|either)\b/, result: /\beller\b|\bor\b/ },
];

const NAMES: Record<Asked['op'], Record<Lang, string>> = {
  sum: { da: 'en sum af flere tal', en: 'a sum of several figures' },
  average: { da: 'et gennemsnit', en: 'an average' },
  ratio: { da: 'et forholdstal', en: 'a ratio' },
  share: { da: 'en andel af et andet tal', en: 'a share of another figure' },
  net: { da: 'et tal med noget trukket fra', en: 'a figure with something taken off' },
  either: { da: 'flere andele lagt sammen', en: 'several shares added up' },
};

const STORED = new Set<string>(FigureKindSchema.options);

/** The operation asked that a stored figure of this measure does not carry, if any. */
export function unperformed(f: Frame, measureName: string, unit: string, municipalities: number): Asked['op'] | undefined {
  const name = fold(measureName);
  // "(investering minus besparelse)", "(advisers plus job consultant)": a bracket says what a figure is made of.
  const unbracketed = f.text.replace(/\([^)]*\)/g, ' ');
  for (const a of ASKED) {
    const text = a.parts ? unbracketed : f.text;
    if (!a.asks.test(text)) continue;
    // "klyngegennemsnittet" is the level's own figure (see frame.level); "andelen i gennemsnit" of one thing is a typical
    // value stored as such: an average is worked out over several municipalities, cases or periods.
    if (a.op === 'average' && (f.level || !overSeveral(f, municipalities))) continue;
    if (a.op === 'sum' && addsNamedParts(text, name)) continue;
    if (a.result?.test(name) || (a.family && unitFamily(unit) === a.family)) continue;
    return a.op;
  }
  return undefined;
}

const PER_PERIOD = /\b(?:pr\.?|per|om|a|each)\s+(?:aar(?:et)?|year|maaned(?:en)?|month)\b/;

function overSeveral(f: Frame, municipalities: number): boolean {
  return municipalities >= 2 || f.cases.length >= 2 || f.periods.length >= 2 || f.periods.some((p) => p.includes('--')) || PER_PERIOD.test(f.text);
}

/** "ledighedsydelse + fleksjob" of "Ledighedsydelse og fleksjob", "match 2+3" of "match groups 2 and 3": the sum is stored. */
function addsNamedParts(text: string, name: string): boolean {
  const m = /(\w+)\s*\+\s*(\w+)/.exec(text);
  if (!m) return false;
  const named = (w: string) => (/^\d+$/.test(w) ? new RegExp(`\\b${w}\\b`).test(name) : name.includes(w.slice(0, 5)));
  return named(m[1]!) && named(m[2]!);
}

/** The answer, or a refusal when it is one stored figure for a question asking an operation it does not carry. */
export function guardOperation(cat: Catalogue, f: Frame, answer: Answer): Answer {
  const first = answer.figures[0];
  if (answer.kind !== 'figure' || !first || answer.calculation || !STORED.has(first.kind)) return answer;
  const kpi = cat.kpis.get(first.kpi);
  if (!kpi) return answer;
  const municipalities = f.orgs.filter((ids) => ids.some((id) => cat.orgs.get(id)?.kind === 'municipality')).length;
  const op = unperformed(f, `${kpi.name.da} ${kpi.name.en}`, kpi.unit, municipalities);
  if (!op) return answer;
  const { lang } = f;
  const what = NAMES[op][lang];
  const measure = kpi.name[lang];
  const org = cat.orgs.get(first.org)?.name ?? first.org;
  const text =
    lang === 'da'
      ? `Spørgsmålet beder om ${what}, og det kan jeg ikke regne ud her. Det nærmeste enkelte tal er ${measure} (${org}), men det er ikke ${what} – derfor intet tal.`
      : `The question asks for ${what}, which I cannot work out here. The nearest single figure is ${measure} (${org}), but it is not ${what} – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${askName(cat, kpi, lang)} ${org}` }] };
}
