/**
 * A sum of three or more terms named in a list ("kontanthjælp, førtidspension og fleksjob tilsammen"): every
 * term is a figure of its own, added up, all of them or none. A listed term the catalogue cannot name is
 * refused by name, never left out: leaving one out gives a confident wrong total.
 */
import { contrastsIn, type Frame } from '../domain/query/index.js';
import { computedAnswer, pickKind, refusal, type Ctx } from './answer-kit.js';
import { sum } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { lexiconFor } from './readings.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { say } from './wording.js';

/** Where a list is cut into its terms: commas and the last "og" / "and". */
const LIST = /,\s*|\s(?:og|and|samt|plus|\+)\s/;

/** The list's terms: each stretch between the cuts that holds some of the measure words, with the members it names. */
export function listTerms(f: Frame, members: (text: string) => string[]): { words: string[]; members: string[] }[] {
  return f.text
    .split(LIST)
    .map((chunk) => ({ words: f.measure.filter((w) => new RegExp(`\\b${w}\\b`).test(chunk)), members: members(chunk) }))
    .filter((t) => t.words.length > 0);
}

/**
 * The sum of a family's members listed (the frame's sides hold only the first two). Undefined when the question
 * lists fewer than three terms or is no such sum; a refusal naming a term that names no member of the family.
 */
export async function listSum(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  if (f.operation !== 'sum' || !f.sides) return undefined;
  const family = f.sides.members[0].split(':')[0]!;
  const lex = lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon;
  const terms = listTerms(f, (text) => contrastsIn(text, lex).filter((c) => c.startsWith(`${family}:`)));
  if (terms.length < 3) return undefined;
  const unnamed = terms.find((t) => t.members.length !== 1);
  if (unnamed) return refusal(lang, 'no-figure', say.missingOperand(lang, `«${unnamed.words.join(' ')}»`));
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  const asked = f.latest ? undefined : f.periods[0];
  const found: { c: Candidate; x: ResolvedFigure }[] = [];
  const { sides: _pair, ...whole } = f;
  for (const [i, t] of terms.entries()) {
    const others = terms.filter((_, j) => j !== i).flatMap((o) => o.words.filter((w) => !t.words.includes(w)));
    const tries: Frame[] = [{ ...whole, contrasts: t.members, measure: f.measure.filter((w) => !others.includes(w)) }, { ...whole, contrasts: t.members, measure: t.words }];
    let c: Candidate | undefined;
    for (const frame of tries) {
      const d = decide(await resolve(ctx.store, ctx.cat, frame, { ...opts, ...(found[0] ? { orgs: [found[0].c.org] } : {}) }), frame);
      if (d.kind === 'answer' && d.best.named.includes(t.members[0]!)) {
        c = d.best;
        break;
      }
    }
    // One line may name two listed terms ("Ledighedsydelse og fleksjob"): added once, it stands for both.
    if (c && found.some((o) => o.c.kpi.id === c.kpi.id && t.members.every((m) => o.c.named.includes(m)))) continue;
    if (!c || found.some((o) => o.c.kpi.id === c.kpi.id)) return refusal(lang, 'no-figure', say.missingOperand(lang, `«${t.words.join(' ')}»`));
    const pool = c.mine.filter((x) => x.kind === pickKind(ctx, c).kind);
    const x = choosePeriod(pool, asked && resolvePeriod(asked, pool).period).figure;
    if (!x || (found[0] && x.period !== found[0].x.period)) return refusal(lang, 'no-figure', say.missingOperand(lang, `«${t.words.join(' ')}»`));
    found.push({ c, x });
  }
  return computedAnswer(ctx, found[0]!.c, sum(found.map((o) => o.x), lang, { size: f.units.includes('count') }), []);
}
