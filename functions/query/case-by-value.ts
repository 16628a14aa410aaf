/**
 * "Hvilket forslag har et personaleforbrug på 0,61 årsværk i 2017?", "which project plans an investment of 60,6 mio.
 * kr.?", "forslaget, der giver 20 flere EGU-pladser": the case whose figure of the measure named is the number the
 * question states (every number, when it states several: "844, 1.688 og 844 i 2017-2019"), in the period asked. The
 * answer is that case with the figures that match; several cases holding them are asked about, none is no answer here.
 */
import type { Case, Kpi } from '../domain/model.js';
import { periodContains } from '../domain/period.js';
import type { CaseQuestion } from '../domain/query/case-question.js';
import { codeKey } from '../domain/query/index.js';
import { findNumbers, type NumberMention } from '../domain/query/numbers.js';
import { fmt, refusal, type Ctx } from './answer-kit.js';
import { caseAnswer } from './case-answer.js';
import { caseName, shortCaseName } from './case-nouns.js';
import { measureScope } from './case-rank.js';
import { figuresOf } from './figures.js';
import type { Answer, ResolvedFigure } from './types.js';
import { listText, periodText } from './wording.js';

/** The measure must explain at least this share of the words; this many measures are read at most. */
const MEASURE_COVERAGE = 0.5;
const CANDIDATES = 40;
/** Documents round: a stated 60,6 is a stored 60.62. */
const TOLERANCE = 0.005;

/** The numbers the question states as values: not a case's code ("UE 07"), not a scale note ("(1.000 kr.)"). */
function statedValues(ctx: Ctx): NumberMention[] {
  const { f, cat, lang } = ctx;
  const codes = new Set([...cat.cases.values()].flatMap((c) => (c.code ? [codeKey(c.code)] : [])));
  const inCode = (n: NumberMention) => codes.has(codeKey(/[a-z]+\s?\d+[a-z]?$/i.exec(f.text.slice(0, n.end).trim())?.[0] ?? ''));
  const scaleNote = (n: NumberMention) => n.value === 1000 && n.unit === 'dkk' && /\(\s*$/.test(f.text.slice(0, n.start));
  return findNumbers(f.text, lang).filter((n) => !inCode(n) && !scaleNote(n));
}

function same(stated: NumberMention, x: ResolvedFigure): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * TOLERANCE + 1e-9;
  return near(stated.value, x.value) || (stated.unit === 'dkk' && near(stated.value * stated.scale, x.value * x.scale));
}

/** The case holding the figures the question states, or undefined when it states none or no case holds them. */
export async function caseByValue(ctx: Ctx, q: CaseQuestion): Promise<Answer | undefined> {
  const stated = statedValues(ctx);
  if (!stated.length) return undefined;
  const { cat, f, lang } = ctx;
  // Every measure of a case in the running that the words name: the number itself tells them apart.
  const { ids, measureWords } = measureScope(ctx, q);
  if (!measureWords.length || !ids.size) return undefined;
  const kpis = cat.index
    .search(measureWords.join(' '), { type: 'kpi', caseIds: ids }, CANDIDATES)
    .filter((h) => h.coverage >= MEASURE_COVERAGE)
    .flatMap((h) => cat.kpis.get(h.id) ?? []);
  const period = f.latest ? undefined : f.periods[0];
  const matches: { c: Case; kpi: Kpi; figures: ResolvedFigure[] }[] = [];
  for (const kpi of kpis) {
    const c = kpi.caseId ? cat.cases.get(kpi.caseId) : undefined;
    if (!c || matches.some((m) => m.c.id === c.id)) continue;
    const all = (await figuresOf(ctx.store, cat, kpi)).filter((x) => x.orgId === c.orgId && (!period || periodContains(period, x.period)));
    // Each stated number a figure of its own, in the order of the periods ("844, 1.688 og 844" of 2017, 2018, 2019).
    const left = [...all].sort((a, b) => a.period.localeCompare(b.period));
    const used = stated.map((n) => {
      const i = left.findIndex((x) => same(n, x));
      return i < 0 ? undefined : left.splice(i, 1)[0];
    });
    if (used.every(Boolean)) matches.push({ c, kpi, figures: used as ResolvedFigure[] });
  }
  if (!matches.length) return undefined;
  const measure = matches[0]!.kpi.name[lang];
  if (matches.length > 1) {
    const names = listText(matches.map((m) => shortCaseName(m.c)), lang);
    const text = lang === 'da' ? `Flere har det tal for «${measure}»: ${names}. Hvilken mente du?` : `Several have that figure for "${measure}": ${names}. Which did you mean?`;
    return { ...refusal(lang, 'clarify', text), alternatives: matches.slice(0, 3).map((m) => ({ label: caseName(m.c), q: `${lang === 'da' ? 'vis' : 'show'} ${shortCaseName(m.c)}` })) };
  }
  const [{ c, figures }] = matches as [(typeof matches)[0]];
  const shown = listText(figures.map((x) => `${fmt(x, lang)} (${periodText(x.period, lang)})`), lang);
  const note = lang === 'da' ? `${shortCaseName(c)} har ${shown} for «${measure}».` : `${shortCaseName(c)} has ${shown} for "${measure}".`;
  const answer = await caseAnswer(ctx.store, cat, c.id, lang);
  const view = answer.case && { ...answer.case, summary: [note, answer.case.summary ?? ''].filter(Boolean).join(' ') };
  return { ...answer, text: `${note} ${answer.text}`, ...(view ? { case: view } : {}) };
}
