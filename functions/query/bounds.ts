/**
 * "Hvor mange kan højst …" asks the upper end; a figure the source gives only as a lower bound ("ca. 20-24
 * unge" stored as at least 20) does not carry it, and the reverse for "mindst". The answer then says which
 * bound the source gives and refuses the one asked, instead of presenting the other end as the answer.
 */
import type { Lang } from '../domain/period.js';
import { askName, fmt, orgName, refusal, type Ctx } from './answer-kit.js';
import type { Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { periodText } from './wording.js';

type Bound = 'lower' | 'upper';

const UPPER_ASKED = /\b(?:hoejst|at most|maks|maksimalt|maksimum|max|maximum|upper limit|oevre graense)\b/;
const LOWER_ASKED = /\b(?:mindst|at least|minimum|minimalt|lower limit|nedre graense)\b/;

/** Which end of a range a question asks for: the first bound word in it wins. */
export function boundAsked(text: string): Bound | undefined {
  const upper = UPPER_ASKED.exec(text);
  const lower = LOWER_ASKED.exec(text);
  if (upper && (!lower || upper.index < lower.index)) return 'upper';
  return lower ? 'lower' : undefined;
}

/** The bound a stored figure is ("atLeast" in the seed data is a lower bound). */
function boundOf(figure: ResolvedFigure): Bound | undefined {
  const q = figure.qualifier ?? '';
  if (/least|lower|min/i.test(q)) return 'lower';
  if (/most|upper|max/i.test(q)) return 'upper';
  return undefined;
}

/** A refusal when the question asks one end and the figure is only the other; else undefined. */
export function boundMismatch(ctx: Ctx, c: Candidate, figure: ResolvedFigure): Answer | undefined {
  const asked = boundAsked(ctx.f.text);
  const have = boundOf(figure);
  if (!asked || !have || asked === have) return undefined;
  const { lang, cat } = ctx;
  const measure = c.kpi.name[lang];
  const org = orgName(cat, figure.orgId);
  return {
    ...refusal(lang, 'no-figure', boundText(lang, asked, measure, org, fmt(figure, lang), periodText(figure.period, lang))),
    alternatives: [{ label: `${measure} – ${org}`, q: `${askName(ctx.cat, c.kpi, lang)} ${org}` }],
  };
}

function boundText(lang: Lang, asked: Bound, measure: string, org: string, value: string, period: string): string {
  if (lang === 'da') {
    const [have, want] = asked === 'upper' ? ['en nedre', 'en øvre'] : ['en øvre', 'en nedre'];
    return `Kilden giver kun ${have} grænse for ${measure} (${org}): ${value} (${period}). ${want[0]!.toUpperCase()}${want.slice(1)} grænse har jeg ikke som tal – derfor intet tal.`;
  }
  const [have, want] = asked === 'upper' ? ['a lower', 'an upper'] : ['an upper', 'a lower'];
  return `The source gives only ${have} bound for ${measure} (${org}): ${value} (${period}). I have no figure for ${want} bound – so no figure.`;
}
