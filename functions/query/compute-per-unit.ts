/**
 * Money per unit and units times money each. "Hvad er den årlige driftsudgift pr. ny EGU-plads i UE 09b?",
 * "what is the cost per young person if 20 take part?", "hvad koster én UU-fuldtidsstilling?": a stored
 * cost over the count of places, participants or positions it pays for — the number the question states,
 * else the count stored in the same case. "What would IGU courses cost for the 10 refugees?": a stored cost
 * each times the stated count. Picks operands; compute.ts does the arithmetic.
 */
import { codeKey } from '../domain/query/index.js';
import { findNumbers } from '../domain/query/numbers.js';
import { fold } from '../domain/text.js';
import { computedAnswer, pickKind, type Ctx } from './answer-kit.js';
import { perUnit, product } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { statedFigure, statedQuantity } from './operands.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

/** "pr. ny EGU-plads", "per young person", "for each place", "koster én stilling": the unit a cost is divided by. */
const PER = /\b(?:pr\.?|per|for each|each|koster (?:en|et)|costs? one|does one)\s+((?:[a-z0-9-]+\s*){1,3})/;
/** Where the unit's name ends. */
const UNIT_END = /\s(?:i|in|om|a|if|hvis|naar|when|paa|on|for|af|of|til|to|ved|at|the|det|den|med|with|aarligt?|annual|per|pr|year|aar)\b.*$/;
/** "ny EGU-plads" is one of the places a proposal adds: named "flere EGU-pladser". */
const NEW = /^(?:ny|nyt|nye|new|additional|extra|ekstra)$/;
/** "if 20 young people take part": a condition, whose words name neither the cost nor the unit. */
const CONDITION = /\b(?:if|hvis)\b.*$/;
const TIME_UNIT = /^(?:maaned\w*|md|month\w*|aar(?:et)?|year\w*|uge(?:n)?|week\w*)\b/;
/** "hvis … hver kostede", "if every one … cost as much as", "90 persons at the average cost of …": a count stated, each at a cost. */
const EACH_COSTS = /\b(?:hvis|if)\b.*\b(?:hver(?:t)?|each|every|alle|all)\b.*\b(?:kostede|koster|kostet|cost|costs)\b|\b(?:at|til)\s+(?:the\s+|den\s+)?(?:average|gennemsnitlige?)\s+(?:net\s+|netto)?(?:cost|udgift)\b/;
/** "230 persons times", "gange": a count times a cost each. */
const TIMES = /\b(?:times|gange|ganget med|multiplied by)\b/;

export async function perUnitAnswer(ctx: Ctx): Promise<Answer | undefined> {
  const { f } = ctx;
  // "how many times A is B" divides two figures: never a count times a cost each.
  if (f.operation === 'ratio') return undefined;
  const money = f.units.includes('money') || /(?:\bkoste\w*|\bcost\w*|\bsparer|\bsaves?|udgift\w*)\b/.test(f.text);
  // "den sparede forsørgelse pr. plads": a saving or a cost named, no other unit asked, is money divided too.
  if (!money && (f.units.length || !f.contrasts.some((c) => c.startsWith('money:')))) return undefined;
  // "230 persons times the average net cost per recipient": the "per" names the stored cost each.
  if (TIMES.test(f.text)) return money ? multiplied(ctx) : undefined;
  // "hvis 500 unge hver kostede …", "if all 300 cost as much as one …": a stated count, each at the stored cost per unit.
  if (EACH_COSTS.test(f.text)) return money ? multiplied(ctx) : undefined;
  const per = PER.exec(f.text);
  // "pr. måned", "per year": a span of time, spread over by the average (compute-average.ts), never a count stored.
  if (per && TIME_UNIT.test(per[1]!)) return undefined;
  if (per) return divided(ctx, per[1]!.replace(UNIT_END, '').trim());
  return f.stated?.length && money ? multiplied(ctx) : undefined;
}

const opts = (ctx: Ctx) => ({ home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) });

/** The cost named by the question's words less the unit's, over the count the unit names. */
async function divided(ctx: Ctx, unitPhrase: string): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const unitWords = unitPhrase.split(/[\s-]+/).filter(Boolean);
  if (!unitWords.length) return undefined;
  // The cost is named by the words that are not the unit's ("stillingerne" is "fuldtidsstilling") nor a condition's ("if 20 young people take part").
  const condition = new Set(CONDITION.exec(f.text)?.[0].split(/[^a-z0-9]+/) ?? []);
  const measure = f.measure.filter((w) => !condition.has(w) && !/^\d+$/.test(w) && !unitWords.some((u) => sameStem(w, u)));
  const contrasts = f.contrasts.filter((x) => !(x.startsWith('n:') && condition.has(x.slice(2))));
  const costFrame = { ...f, operation: 'lookup' as const, measure, contrasts, units: ['money' as const], softUnits: [] };
  const cost = await best(ctx, costFrame, (c) => c.kpi.unit === 'dkk');
  // "Hvad koster en ung på uddannelseshjælp?" of a cost stored per young person: the stored figure answers.
  if (!cost || isPerUnit(cost)) return undefined;
  const asked = f.latest ? undefined : f.periods[0];
  const costPool = cost.mine.filter((x) => x.kind === pickKind({ ...ctx, f: costFrame }, cost).kind);
  const money = choosePeriod(costPool, asked && resolvePeriod(asked, costPool).period).figure;
  if (!money) return undefined;
  const count = statedCount(ctx, money) ?? (await storedCount(ctx, unitWords, cost, money));
  if (!count) return undefined;
  return computedAnswer(ctx, cost, perUnit(money, count, lang, asWritten(ctx.question, unitPhrase)), []);
}

/** The stated count times the cost each the words name ("udgift pr. elev"). */
async function multiplied(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const frame = { ...f, operation: 'lookup' as const, units: ['money' as const], softUnits: [] };
  // Only a cost that is itself per unit ("Udgift ved et IGU-forløb pr. elev", "nettoudgift pr. ung") is multiplied.
  const each = await best(ctx, frame, (c) => c.kpi.unit === 'dkk' && isPerUnit(c));
  if (!each) return undefined;
  const money = choosePeriod(each.mine.filter((x) => x.kind === pickKind({ ...ctx, f: frame }, each).kind), undefined).figure;
  const count = money && statedCount(ctx, money);
  if (!money || !count) return undefined;
  return computedAnswer(ctx, each, product(count, money, lang), []);
}

/** A cost stored per unit: "Udgift ved et IGU-forløb pr. elev", "Average net cost per young person". */
function isPerUnit(c: Candidate): boolean {
  return /\b(?:pr|per|each|gennemsnit\w*|average)\b/.test(`${c.kpi.name.da} ${c.kpi.name.en}`.toLowerCase());
}

/** The unit's words as the question wrote them ("ny EGU-plads", not the folded "ny egu-plads"), else as folded. */
function asWritten(question: string, folded: string): string {
  const want = folded.split(/\s+/);
  const words = question.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  for (let i = 0; i + want.length <= words.length; i++) {
    const run = words.slice(i, i + want.length);
    if (run.every((w, j) => fold(w) === want[j])) return run.join(' ');
  }
  return folded;
}

/** The best answer to the frame among the measures that pass `fits`. */
async function best(ctx: Ctx, frame: Ctx['f'], fits: (c: Candidate) => boolean): Promise<Candidate | undefined> {
  const res = await resolve(ctx.store, ctx.cat, frame, opts(ctx));
  const d = decide({ ...res, ranked: res.ranked.filter(fits) }, frame);
  return d.kind === 'answer' ? d.best : undefined;
}

/**
 * A count the question states: "if 20 young people take part", "for the 10 refugees", "230 persons times".
 * A number right after a code ("UE 07") or before another ("18-29") is no count; with more than one, none is.
 */
function statedCount(ctx: Ctx, like: ResolvedFigure): ResolvedFigure | undefined {
  const { f, lang } = ctx;
  const codes = new Set([...ctx.cat.cases.values()].flatMap((c) => (c.code ? [codeKey(c.code)] : [])));
  const inCode = (end: number) => codes.has(codeKey(/[a-z]+\s?\d+[a-z]?$/.exec(f.text.slice(0, end + 1).trim())?.[0] ?? '')) || /^[a-z]/.test(f.text.slice(end));
  // "1,869 young people" is 1.869 read with an English thousands comma; "in September 2017" a period named, no count.
  const year = (v: number) => f.periods.some((p) => p.includes(String(v)));
  const counts = findNumbers(f.text, lang)
    .map((n) => ({ ...n, value: statedQuantity(n.value) }))
    .filter((n) => !n.unit && n.value >= 1 && Number.isInteger(n.value) && !year(n.value) && !inCode(n.end) && !/^\s*[-–.\/]\s*\d/.test(f.text.slice(n.end)));
  if (counts.length !== 1) return undefined;
  return { ...statedFigure(counts[0]!.value, like, lang), unit: 'count', scale: 1 };
}

/** Two words of one stem: "stillingerne" and "fuldtidsstilling", "plads" and "pladser". */
function sameStem(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return a === b;
  const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
  return b.includes(stem(a)) || a.includes(stem(b));
}

/** "fuldtidsstilling" is a "stilling": the compound's tails, for a search that matches whole words. */
function tails(word: string): string[] {
  const out = [word];
  for (let i = 3; word.length - i >= 6; i++) out.push(word.slice(i));
  return out;
}

/** The count in the cost's case that the unit's words name: "EGU-plads" → "flere EGU-pladser", "stilling" → the staff change. */
async function storedCount(ctx: Ctx, unitWords: string[], cost: Candidate, money: ResolvedFigure): Promise<ResolvedFigure | undefined> {
  const words = unitWords.flatMap((w) => (NEW.test(w) ? ['flere'] : tails(w)));
  const frame = { ...ctx.f, operation: 'lookup' as const, measure: words, optional: [], extra: [], contrasts: [], kinds: [], units: ['count' as const], softUnits: [], cases: cost.kpi.caseId ? [cost.kpi.caseId] : ctx.f.cases };
  const inCase = (c: Candidate) => c.kpi.caseId === cost.kpi.caseId && c.org === cost.org && unitFamily(c.kpi.unit) === 'count' && c.kpi.unit !== 'dkk';
  const res = await resolve(ctx.store, ctx.cat, frame, { ...opts(ctx), orgs: [cost.org] });
  const found = res.ranked.filter((x) => inCase(x) && x.hit.coverage > 0);
  // Among counts the unit's words name alike, one of the cost's kind: a forecast saving is over the places it forecasts, not today's.
  const c = found.find((x) => x.hit.coverage >= found[0]!.hit.coverage && x.mine.some((y) => y.kind === money.kind)) ?? found[0];
  if (!c) return undefined;
  // The count of the cost's own year when there is one (staff in 2018 for the cost of 2018), else the newest.
  return c.mine.find((x) => x.period === money.period && x.value !== 0) ?? choosePeriod(c.mine.filter((x) => x.value !== 0), undefined).figure;
}
