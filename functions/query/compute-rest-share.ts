/**
 * The share of a rest, from stored shares of one whole: "hvor stor en andel … overgik ikke til førtidspension"
 * is 100 − 22 = 78 %, "… gik hverken til arbejde eller førtidspension" is 100 − 61 − 14 = 25 %. Every part
 * named must be a stored share of the same case and period, or there is no answer here.
 */
import { contrastsIn, type Frame } from '../domain/query/index.js';
import { computedAnswer, type Ctx } from './answer-kit.js';
import { rest } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { wholeGroup } from './operands.js';
import { lexiconFor } from './readings.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

/** "ikke", "hverken", "not", "neither": what follows is the part left out. */
const NOT = /\b(?:ikke|hverken|not|neither)\b/;
/** A clause after the negation ("ikke var i job, som kom i uddannelse"): the negation qualifies the whole, not the part. */
const CLAUSE = /\b(?:som|der|hvor|who|that|which|where)\b/;

/** The parts after the negation, each up to the next "eller" / "or" / "nor": their measure words, or undefined. */
export function negatedParts(f: Frame): string[][] | undefined {
  const no = NOT.exec(f.text);
  if (!no) return undefined;
  const after = f.text.slice(no.index + no[0].length);
  if (CLAUSE.test(after)) return undefined;
  const parts = after.split(/\b(?:eller|or|nor)\b/).map((chunk) => f.measure.filter((w) => new RegExp(`\\b${w}\\b`).test(chunk)));
  return parts.every((p) => p.length) ? parts : undefined;
}

export async function restShare(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  if (f.operation !== 'share') return undefined;
  const parts = negatedParts(f);
  if (!parts) return undefined;
  const lex = lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon;
  const no = NOT.exec(f.text)!;
  const before = f.measure.filter((w) => !parts.flat().includes(w) && f.text.slice(0, no.index).includes(w));
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  const chunks = f.text.slice(no.index + no[0].length).split(/\b(?:eller|or|nor)\b/);
  const found: { c: Candidate; x: ResolvedFigure }[] = [];
  for (const [i, words] of parts.entries()) {
    const contrasts = contrastsIn(chunks[i]!, lex).filter((c) => !c.startsWith('negation:'));
    const { share: _share, ...plain } = f;
    const tries: Frame[] = [
      { ...plain, operation: 'lookup', units: ['percent'], softUnits: [], contrasts, measure: [...before, ...words] },
      { ...plain, operation: 'lookup', units: ['percent'], softUnits: [], contrasts, measure: words },
    ];
    let c: Candidate | undefined;
    for (const frame of tries) {
      const first = found[0]?.c;
      const d = decide(await resolve(ctx.store, ctx.cat, frame, { ...opts, ...(first ? { orgs: [first.org] } : {}) }), frame);
      if (d.kind !== 'answer' || unitFamily(d.best.kpi.unit) !== 'percent' || (first && d.best.kpi.caseId !== first.kpi.caseId)) continue;
      if (contrasts.some((x) => !d.best.named.includes(x)) || found.some((o) => o.c.kpi.id === d.best.kpi.id)) continue;
      // A measure that is itself the negated share ("… vender ikke tilbage") answers the question as stored.
      if (d.best.named.some((x) => x.startsWith('negation:'))) return undefined;
      c = d.best;
      break;
    }
    if (!c) return undefined;
    const asked = f.latest ? undefined : f.periods[0];
    const x = found[0] ? c.mine.find((y) => y.period === found[0]!.x.period && y.kind === found[0]!.x.kind) : choosePeriod(c.mine.filter((y) => y.kind === 'actual'), asked && resolvePeriod(asked, c.mine).period).figure;
    if (!x) return undefined;
    found.push({ c, x });
  }
  // The whole is everyone the shares are of.
  const answer = computedAnswer(ctx, found[0]!.c, rest(wholeGroup(found[0]!.x, lang), found.map((o) => o.x), lang, 'same'), []);
  // The figure shown is the rest, not the shares it is worked out from: the headline says so.
  const h = answer.headline;
  if (h) {
    const measure = `${lang === 'da' ? 'Resten, ikke' : 'The rest, not'}: ${h.measure}`;
    answer.text = answer.text.replace(`${h.measure} – `, `${measure} – `);
    h.measure = measure;
  }
  return answer;
}
