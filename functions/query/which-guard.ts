/**
 * "Which of the ten decisive elements is number 4?", "hvilket overordnet fokusområde …", "which quick-win initiative
 * was the most comprehensive?": a question asking which thing it is, answered with how many such things there are
 * (a count whose measure names the thing asked: "afgørende elementer – 10"), gives a number that answers nothing
 * asked — a wrong number given with confidence. Such an answer becomes a refusal saying that only the count is
 * stored, with the count offered. A question asking which number, year, rank or share is a figure question and
 * keeps its answer.
 */
import { fold, stems, words } from '../domain/query/index.js';
import { askName, orgName, refusal, type Ctx } from './answer-kit.js';
import type { Answer } from './types.js';
import { formatValue } from './units.js';

const WHICH = /^(?:hvilke[tn]?|which)$/;
/** Words between "which" and the thing asked that are not it: "which of the ten …", "hvilket af de 13 …". */
const FILLER = new Set('of af the de den det s one en et ti ten tretten thirteen ni nine'.split(' '));
/** The thing asked is itself a number: "hvilket nummer", "which year", "hvilken placering", "what share". */
const NUMBER_NOUNS =
  /^(?:nummer|number|nr|no|klassetrin|grade|alder|age|aar|year|years|maaned|month|uge|week|dag|day|time|hour|placering|rank|plads|position|andel|share|procent|percent|percentage|antal|beloeb|amount|sum|niveau|level|vaerdi|value|tal|figure)/;
/** The verb that ends the thing asked: "which of the elements *is* …". */
const VERBS = new Set('is was are were has had does did do er var har havde handler handlede staar stod goer gjorde skal kan'.split(' '));
/** How many words after "which" may name the thing asked. */
const REACH = 4;

/** The folded words naming the thing a "which …" question asks for, or undefined when it asks no such thing. */
export function thingAsked(text: string): string[] | undefined {
  const tokens = words(fold(text));
  const at = tokens.findIndex((t) => WHICH.test(t));
  if (at < 0 || tokens.slice(0, at).some((t) => t === 'mange' || t === 'many')) return undefined;
  const after = tokens.slice(at + 1);
  const verb = after.findIndex((t) => VERBS.has(t));
  const named = (verb < 0 ? after : after.slice(0, verb)).filter((t) => !FILLER.has(t) && !/^\d/.test(t)).slice(0, REACH);
  if (!named.length || NUMBER_NOUNS.test(named[0]!)) return undefined;
  return named;
}

/** A count of the very things a "which …" question asks for is refused, naming what is stored. */
export function guardWhich(ctx: Ctx, answer: Answer): Answer {
  const first = answer.figures[0];
  if (first?.unit !== 'count' || ctx.f.quantity) return answer;
  const asked = thingAsked(ctx.f.text);
  const kpi = ctx.cat.kpis.get(first.kpi);
  if (!asked || !kpi) return answer;
  const named = new Set(words(fold(`${kpi.name.da} ${kpi.name.en}`)).flatMap((w) => stems(w)));
  const counted = asked.some((w) => w.length >= 4 && stems(w).some((s) => [...named].some((n) => n.slice(0, 5) === s.slice(0, 5) && Math.min(n.length, s.length) >= 4)));
  if (!counted) return answer;
  const { lang, cat } = ctx;
  const measure = kpi.name[lang];
  const org = orgName(cat, first.org);
  const value = formatValue(first.value, kpi.unit, kpi.scale ?? 1, lang);
  const text =
    lang === 'da'
      ? `Spørgsmålet er, hvilken én det er – det har jeg ikke. Jeg har kun antallet: ${measure} (${org}) er ${value}, og et antal er ikke svaret.`
      : `The question asks which one it is – that I do not have. I only have how many: ${measure} (${org}) is ${value}, and a count is not the answer.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${askName(ctx.cat, kpi, lang)} ${org}` }] };
}
