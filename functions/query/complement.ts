/**
 * The complement asked of a measure stored negated: "hvor stor en andel vender tilbage på kontanthjælp" of a
 * measure of those who "ikke vender tilbage". The stored figure answers the opposite question, so it is never
 * given as it is. A share of one population and period has an exact complement, 100 − x, given with the working;
 * anything else (a count, whose whole is not stored beside it) is refused, saying what the measure counts.
 */
import { fold, stems } from '../domain/query/index.js';
import { askName, computedAnswer, fmt, orgName, refusal, type Ctx } from './answer-kit.js';
import { rest } from './compute.js';
import { wholeGroup } from './operands.js';
import type { Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';
import { say } from './wording.js';

/**
 * A negation on what the counted do, in a relative clause of the measure's name ("… der ikke vender tilbage",
 * "… who do not return", "… not returning"): the verb it negates. A negation on who is counted
 * ("ikke-arbejdsmarkedsparate unge") has no complement within the same population, so it is not read here.
 */
const CLAUSE = /\b(?:der|som|hvor der|who|that|which)\s+(?:\w+\s+)?(?:ikke|aldrig|not|never|no longer)\s+((?:\w+\s*){1,3})|\bnot\s+(\w+ing(?:\s+\w+)?)/;
/** Words of a negated clause that say nothing of what is done ("længere", "er", "do"). */
const EMPTY = /^(?:laengere|laenger|er|var|har|blev|do|does|did|are|is|was|were|have|has|longer|any|paa|til|to|on|i|in|at)$/;

export function negatedPredicate(name: string): string | undefined {
  const m = CLAUSE.exec(fold(name));
  // The verb negated, not its object: "ikke ender på uddannelseshjælp" is about ending there, which a question
  // naming "uddannelseshjælp" for another reason does not ask the opposite of.
  return (m?.[1] ?? m?.[2] ?? '').split(/\s+/).find((w) => w.length > 1 && !EMPTY.test(w));
}

/** The question names what the measure negates, without negating it: it asks the complement. */
export function asksComplement(c: Candidate, question: { text: string; contrasts: string[] }): boolean {
  if (!c.named.includes('negation:not') || question.contrasts.includes('negation:not')) return false;
  const asked = question.text.split(/[^a-z0-9]+/).flatMap((w) => stems(w));
  const negated = [negatedPredicate(c.kpi.name.da), negatedPredicate(c.kpi.name.en)].flatMap((w) => (w ? stems(w) : []));
  // "vendte" for "vender", "returned" for "returning": a stem that begins the other's.
  return negated.some((n) => n.length >= 4 && asked.some((a) => a.length >= 4 && (a.startsWith(n) || n.startsWith(a))));
}

const LABEL = { da: 'Det modsatte af', en: 'The complement of' } as const;

/** 100 − x for a stored share, with the working; a refusal for anything else. Undefined when no complement is asked. */
export function complementAnswer(ctx: Ctx, c: Candidate, figure: ResolvedFigure): Answer | undefined {
  const { lang, f } = ctx;
  if (!asksComplement(c, f)) return undefined;
  const measure = c.kpi.name[lang];
  if (unitFamily(figure.unit) !== 'percent' || !['actual', 'expected', 'target', 'budget'].includes(figure.kind)) {
    const asked = lang === 'da' ? `det modsatte af «${measure}»` : `the opposite of «${measure}»`;
    return { ...refusal(lang, 'no-figure', say.noConstraint(lang, asked, `${measure} ${fmt(figure, lang)}`, orgName(ctx.cat, c.org))), alternatives: [{ label: `${measure} – ${orgName(ctx.cat, c.org)}`, q: `${askName(ctx.cat, c.kpi, lang)} ${orgName(ctx.cat, c.org)}` }] };
  }
  const answer = computedAnswer(ctx, c, rest(wholeGroup(figure, lang), [figure], lang, 'same'), []);
  const h = answer.headline;
  if (h) {
    const named = `${LABEL[lang]}: ${h.measure}`;
    answer.text = answer.text.replace(`${h.measure} – `, `${named} – `);
    h.measure = named;
  }
  return answer;
}
