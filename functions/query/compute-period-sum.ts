/**
 * "kik2 investering 2020+2021", "gevinst 2018 plus 2019": one measure's figures for exactly the periods named,
 * added up — never the span between them (2018+2020 is not 2019 as well). A period the source keeps in parts
 * ("2022" as 5 and 7 months) counts as its parts added up, one kept only in part ("2018" as June–December)
 * as that part, said so. A period without a figure refuses the sum, naming it: a sum without one of its
 * terms is a confident wrong number.
 */
import { computedAnswer, pickKind, refusal, type Ctx } from './answer-kit.js';
import { sum } from './compute.js';
import { resolvePeriod } from './figures.js';
import { periodEnd, periodStart } from '../domain/period.js';
import { dayAfter, tiling } from './operands.js';
import { byPeriod, contains, sameSpan } from './period-keys.js';
import type { Candidate } from './resolve.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { listText, periodText, say } from './wording.js';

export function periodsSum(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Answer | undefined {
  const { f, lang } = ctx;
  if (f.operation !== 'sum' || !f.periodsAdded || f.latest) return undefined;
  const pool = c.mine.filter((x) => x.kind === pickKind(ctx, c).kind);
  const figures: ResolvedFigure[] = [];
  const notes: string[] = [];
  for (const named of f.periods) {
    const asked = resolvePeriod(named, pool).period;
    const exact = pool.find((x) => sameSpan(x.period, asked));
    const parts = pool.filter((x) => contains(asked, x.period) && !sameSpan(x.period, asked));
    const terms = exact ? [exact] : (tiling(pool, asked) ?? (parts.length === 1 ? parts : undefined));
    if (!terms) return refusal(lang, 'no-figure', `${say.missingOperand(lang, `${c.kpi.name[lang]} (${periodText(asked, lang)})`)}${storedInstead(pool, asked, lang)}`);
    // "de syv måneder af 2022" is the table's column: which months it covers is said, as for a part standing in for its year.
    if ((!exact && terms.length === 1) || (named.startsWith('@m') && exact)) notes.push(say.partOfYear(lang, periodText(terms[0]!.period, lang)));
    figures.push(...terms);
  }
  // "2018+2018-2019": periods named twice or inside one another are no sum of separate periods.
  if (figures.some((x, i) => figures.some((y, j) => i !== j && (contains(x.period, y.period) || contains(y.period, x.period))))) return undefined;
  figures.sort((a, b) => byPeriod(a.period, b.period));
  // The result's period reads from the first to the last: say so when the periods named leave a gap.
  if (figures.some((x, i) => i > 0 && periodStart(x.period) !== dayAfter(periodEnd(figures[i - 1]!.period)))) {
    notes.push(say.periodsAdded(lang, listText(figures.map((x) => periodText(x.period, lang)), lang)));
  }
  return computedAnswer(ctx, c, sum(figures, lang, { size: f.units.includes('count') }), alternatives, undefined, notes);
}

/**
 * " Tabellen har juni 2018 – december 2018.": what the source keeps for the year asked about when it is not the
 * part asked ("de første syv måneder af 2018" of a column for June–December), so the refusal says why.
 */
function storedInstead(pool: ResolvedFigure[], asked: string, lang: Ctx['lang']): string {
  const year = periodStart(asked).slice(0, 4);
  const kept = [...new Set(pool.filter((x) => periodStart(x.period).startsWith(year) && periodEnd(x.period).startsWith(year)).map((x) => x.period))].sort(byPeriod);
  if (!kept.length) return '';
  const list = listText(kept.map((p) => periodText(p, lang)), lang);
  return lang === 'da' ? ` For ${year} har kilden kun ${list}.` : ` For ${year} the source has only ${list}.`;
}
