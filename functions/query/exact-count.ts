/**
 * "præcis 3 sygeperioder", "exactly three": a measure of a class open upwards ("Gengangere med 3 eller flere
 * sygeperioder", "at least 3") counts more than was asked. When the class one up is stored beside it ("… 4 eller
 * flere …", same case, organisation, period and kind), exactly N is the difference of the two, given with the
 * working; otherwise neither its figure nor anything worked out from it answers, and the refusal says what the
 * measure counts, with that measure offered.
 */
import type { Kpi } from '../domain/model.js';
import { fold } from '../domain/query/index.js';
import { computedAnswer, refusal, type Ctx } from './answer-kit.js';
import { rest } from './compute.js';
import { figuresOf } from './figures.js';
import type { Answer } from './types.js';

const WORDS: Record<string, string> = { en: '1', et: '1', one: '1', to: '2', two: '2', tre: '3', three: '3', fire: '4', four: '4', fem: '5', five: '5', seks: '6', six: '6' };
const EXACT = /\b(?:praecis|netop|eksakt|exactly|precisely)\s+(\d{1,3}|[a-z]+)\b/;

/** The number the question asks for exactly, as digits. */
export function exactAsked(text: string): string | undefined {
  const m = EXACT.exec(text);
  const n = m?.[1];
  return n && (/^\d+$/.test(n) ? n : WORDS[n]);
}

/** Whether a measure's name counts a class from `n` upwards. */
export function openUpwards(name: string, n: string): boolean {
  const digits = `(?:${n}${Object.entries(WORDS).filter(([, v]) => v === n).map(([w]) => `|${w}`).join('')})`;
  return new RegExp(`\\b${digits}\\s+(?:eller flere|or more|og derover|and more|eller mere)\\b|\\b(?:mindst|at least|mere end|more than|flere end|over)\\s+${digits}\\b`).test(fold(name));
}

export async function guardExact(ctx: Ctx, answer: Answer): Promise<Answer> {
  const { cat, f, lang } = ctx;
  const n = exactAsked(f.text);
  if (!n || !answer.figures.length) return answer;
  const answered = answer.figures.map((x) => cat.kpis.get(x.kpi)).filter((k): k is Kpi => !!k);
  // The whole population answered ("Aktuelle gengangere") for "præcis 3": the case's class of N or more is where to start.
  const first = answered[0];
  const whole = first && answer.figures.length === 1 && !names(first, n) ? [...cat.kpis.values()].find((k) => k.caseId === first.caseId && k.unit === first.unit && openUpwards(`${k.name.da} . ${k.name.en}`, n)) : undefined;
  const open = whole ?? answered.find((k) => openUpwards(`${k.name.da} . ${k.name.en}`, n));
  if (!open) return answer;
  // One stored figure of "N or more": less "N+1 or more" is exactly N.
  const only = answer.figures.length === 1 && !answer.calculation ? answer.figures[0]! : undefined;
  const next = only && [...cat.kpis.values()].find((k) => k.caseId === open.caseId && k.id !== open.id && k.unit === open.unit && oneUp(open, k, n));
  if (only && next) {
    const mine = (await figuresOf(ctx.store, cat, open)).find((x) => x.orgId === only.org && x.period === only.period && x.kind === only.kind);
    const above = (await figuresOf(ctx.store, cat, next)).find((x) => x.orgId === only.org && x.period === only.period && x.kind === only.kind);
    if (mine && above) {
      const out = computedAnswer(ctx, { kpi: open, hit: { coverage: answer.confidence } }, rest(mine, [above], lang, 'same'), []);
      // The figure shown is exactly N, neither class it is worked out from: the headline says so.
      const h = out.headline;
      if (h) {
        const named = `${lang === 'da' ? 'Præcis' : 'Exactly'} ${n}: ${h.measure}`;
        out.text = out.text.replace(`${h.measure} – `, `${named} – `);
        h.measure = named;
      }
      return out;
    }
  }
  const measure = open.name[lang];
  const text =
    lang === 'da'
      ? `Spørgsmålet gælder præcis ${n}, men det nærmeste tal, ${measure}, tæller også dem med flere – derfor intet tal.`
      : `The question asks for exactly ${n}, but the nearest figure, ${measure}, also counts those with more – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: measure, q: measure }] };
}

/** Whether a measure's name names the number at all ("3", "tre", "three"). */
function names(k: Kpi, n: string): boolean {
  const words = [n, ...Object.entries(WORDS).filter(([, v]) => v === n).map(([w]) => w)];
  return new RegExp(`\\b(?:${words.join('|')})\\b`).test(fold(`${k.name.da} . ${k.name.en}`));
}

/** "… 4 eller flere …" beside "… 3 eller flere …": the same name with the next number. */
function oneUp(open: Kpi, k: Kpi, n: string): boolean {
  const up = String(Number(n) + 1);
  return openUpwards(k.name.da, up) && fold(k.name.da).replace(new RegExp(`\\b${up}\\b`), n) === fold(open.name.da);
}
