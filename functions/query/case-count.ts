/**
 * "Hvor mange forslag har Herning?", "how many proposals does Ungeenheden have?", "hvor mange indsatser er der i
 * spor 2?": a count of the cases themselves. The stored cases in the running (of the organisation, owning unit and
 * parent named; a parent's own parts) are counted, and the stored count figure of that number answers, with its
 * source: the catalogue checks the figure, the figure gives the answer. With no such figure, or words beyond the
 * cases' names that a count of cases cannot answer ("… om efterværn"), the question is read as before.
 */
import { countedCaseNoun, type CaseNoun } from '../domain/query/case-question.js';
import type { Lang } from '../domain/period.js';
import { refusal, type Ctx } from './answer-kit.js';
import { below, FITS, namedAncestors, ownedBy, wordsNaming } from './case-nouns.js';
import { facetsNamed, NO_FACETS, ticks } from './case-facets.js';
import { NOUN_PLURAL, noFacetCount } from './case-wording.js';
import { figuresOf } from './figures.js';
import { figureAnswer } from './lookup-answer.js';
import type { Candidate } from './resolve.js';
import type { Answer } from './types.js';
import { fold, words } from '../domain/query/text.js';

/** How many count measures the words may name; one of them must hold the number counted. */
const CANDIDATES = 12;

export async function countCases(ctx: Ctx): Promise<Answer | undefined> {
  const { cat, f } = ctx;
  const noun = countedCaseNoun(f.text);
  if (!noun) return undefined;
  const orgs = new Set(f.orgs.flat());
  let scope = [...cat.cases.values()].filter((c) => FITS[noun](c) && (!orgs.size || orgs.has(c.orgId)));
  const folded = words(fold(f.text));
  const tokens = new Set(folded);
  // "hvor mange forebyggende forslag", "how many proposals take an investment approach": only the forms ticking it.
  // "… handler om efterværn" asks a topic, which no stored count of cases answers.
  // Only proposals' forms tick boxes: "forebyggende indsatser i spor 2" is read as words, as before.
  const facets = scope.some((c) => c.effortTypes?.length || c.approach) ? facetsNamed(folded) : NO_FACETS;
  if (facets.topical) return unanswered(f.lang, noun, facets.said);
  if (facets.values.length) scope = scope.filter((c) => ticks(c, facets.values));
  const parents = [...new Set([...f.cases.flatMap((id) => cat.cases.get(id) ?? []), ...namedAncestors(cat, scope, f.text)])].filter((p) => scope.some((c) => below(cat, p.id, c.id)));
  // The innermost case named; its own parts are what is counted ("spor 2": its 13 initiatives, not their sub-items).
  const inner = parents.filter((p) => !parents.some((o) => below(cat, p.id, o.id)));
  if (inner.length > 1) return undefined;
  if (inner[0]) scope = scope.filter((c) => c.parentId === inner[0]!.id);
  const { scope: owned, unitWords } = ownedBy(scope, f.text);
  // Every word asked names the cases, their organisation, unit or parent: nothing narrows them further.
  const naming = new Set([...unitWords, ...facets.words, ...(inner[0] ? wordsNaming(inner[0], tokens) : [])]);
  const rest = f.measure.filter((w) => !naming.has(w) && !FITS_WORD.test(w) && !(facets.values.length && TICKED_WORDS.has(w)));
  if (rest.length || !owned.length) return facets.values.length ? unanswered(f.lang, noun, facets.said) : undefined;
  const hits = cat.index.search([...f.measure, ...f.optional].join(' '), { type: 'kpi' }, CANDIDATES);
  for (const h of hits) {
    const kpi = cat.kpis.get(h.id);
    if (kpi?.unit !== 'count') continue;
    // A count of the forms ticking a box names that box: another count of the same number is not it.
    if (facets.values.length && !ticksNamed(kpi.name.da, facets.values)) continue;
    const all = await figuresOf(ctx.store, cat, kpi);
    const figure = all.find((x) => x.value === owned.length && (!orgs.size || orgs.has(x.orgId)));
    if (!figure) continue;
    const c: Candidate = {
      kpi,
      hit: { type: 'kpi', id: kpi.id, orgId: figure.orgId, score: 1, coverage: 1 },
      all,
      org: figure.orgId,
      mine: all.filter((x) => x.orgId === figure.orgId),
      score: 1,
      fitsKind: true,
      fitsPeriod: true,
      named: [],
    };
    return figureAnswer(ctx, c, figure, [], []);
  }
  return facets.values.length ? unanswered(f.lang, noun, facets.said) : undefined;
}

/** The forms ticking a box, narrowed further (by unit, parent or topic) than any stored count: counted by no one, so not answered. */
function unanswered(lang: Lang, noun: CaseNoun, said: string[]): Answer {
  return refusal(lang, 'no-figure', noFacetCount(lang, NOUN_PLURAL[noun][lang], said));
}

function ticksNamed(name: string, values: string[]): boolean {
  const named = facetsNamed(words(fold(name))).values;
  return values.every((v) => named.includes(v));
}

/** The counted noun itself and the words a count question is made of. */
const FITS_WORD = /^(?:\w*forslag\w*|proposals?|efforts?|\w*projekt\w*|projects?|indsats\w*|initiativ\w*|initiatives?|spor\w*|tracks?|strateg\w*|hvilke\w*|alt|total|der|there|have|has|does)$/;
/** How a question says that a form ticks a box: "markeret som forebyggende", "take an investment approach". */
const TICKED_WORDS = new Set('markeret markerede afkrydset krydset kategoriseret angivet marked ticked labelled labeled categorised categorized take takes took taking follow follows'.split(' '));
