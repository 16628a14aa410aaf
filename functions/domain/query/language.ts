/**
 * Danish or English, from the words of the question: the language with more of its common words wins, a
 * word with a Danish letter counting as Danish, and a tie goes to Danish (the users' own language). Names and
 * glosses are not the question's language: "What is Aabenraa's budget for 'Øvrige sociale udgifter'?" and
 * "… early retirement pension (førtidspension)?" are English, so quoted and bracketed words are not counted,
 * and a Danish letter no longer decides at once (a Danish term inside an English sentence is common).
 */
import { fold, words } from './text.js';
import type { Lang } from '../period.js';

const DANISH = new Set(
  [
    'hvad', 'hvor', 'hvordan', 'hvilken', 'hvilke', 'hvilket', 'hvornår', 'hvorfor', 'er', 'var', 'det', 'den', 'de', 'der', 'og',
    'i', 'på', 'af', 'til', 'med', 'om', 'fra', 'vi', 'vores', 'har', 'havde', 'kan', 'skal', 'skulle', 'mange', 'meget', 'antal',
    'antallet', 'nu', 'seneste', 'budget', 'budgettet', 'besparelse', 'sparer', 'mål', 'målet', 'forventet', 'faktisk',
    'kommune', 'kommunes', 'borgere', 'unge', 'januar', 'februar', 'marts', 'maj', 'juni', 'juli', 'oktober', 'kvartal',
    'halvår', 'ultimo', 'primo', 'pr', 'mio', 'kr', 'sammenlignet', 'klyngen', 'landsplan', 'ift', 'hos', 'vis', 'fortæl',
    'siden', 'ligger', 'blev', 'bliver', 'folk', 'sager', 'sagsbehandler', 'pladser', 'flere', 'ikke', 'hvis', 'også',
    'samlet', 'alt', 'udgifter', 'hvem', 'gik', 'en', 'et', 'som', 'ved', 'efter', 'før', 'under', 'over', 'mellem', 'andel',
    'procent', 'koster', 'udgør', 'forslaget', 'projektet', 'år', 'måneder', 'uger', 'dage',
  ].map(fold),
);

const ENGLISH = new Set([
  'what', 'whats', 'how', 'many', 'much', 'which', 'who', 'when', 'why', 'where', 'is', 'was', 'were', 'are', 'the', 'a', 'an',
  'of', 'in', 'on', 'for', 'to', 'at', 'by', 'and', 'or', 'did', 'do', 'does', 'would', 'will', 'should', 'could', 'can', 'we',
  'our', 'us', 'they', 'their', 'it', 'its', 'there', 'that', 'this', 'these', 'those', 'with', 'within', 'into', 'from', 'after',
  'before', 'over', 'under', 'than', 'more', 'less', 'show', 'tell', 'me', 'about', 'give', 'number', 'budget', 'saving',
  'savings', 'target', 'expected', 'actual', 'actually', 'latest', 'current', 'people', 'january', 'february', 'march', 'may',
  'june', 'july', 'october', 'quarter', 'half', 'end', 'million', 'dkk', 'compared', 'cluster', 'national', 'natl', 'average',
  'avg', 'rank', 'since', 'between', 'year', 'years', 'yr', 'month', 'months', 'week', 'weeks', 'day', 'days', 'total', 'benefits',
  'benefit', 'investment', 'invest', 'cost', 'costs', 'spend', 'spent', 'save', 'goal', 'versus', 'vs', 'against', 'per',
  'caseworker', 'young', 'persons', 'citizens', 'has', 'have', 'had', 'share', 'rate', 'operating', 'opex', 'staff',
  'positions', 'duration', 'course', 'courses', 'refugees', 'went', 'go', 'gone', 'through', 'so', 'far', 'out', 'increase',
  'higher', 'larger', 'planned', 'part', 'took', 'take', 'line', 'expenses', 'amount',
  // Terse questions are mostly names and numbers: their few domain words decide ("ceb 01 + ceb 08 drift 2018 together").
  'together', 'combined', 'excl', 'excluding', 'financing', 'committee', 'pls', 'please', 'net', 'gross',
]);

/** 'Unge på kanten', "Øvrige sociale udgifter", «…», (førtidspension): names and glosses, in either language. */
const QUOTED = /(?<![\p{L}\p{N}])(['‘"“«])[^'‘’"“”«»]+['’"”»](?![\p{L}\p{N}])|\([^()]*\)/gu;

export function detectLanguage(question: string): Lang {
  let da = 0;
  let en = 0;
  for (const w of words(question.replace(QUOTED, ' '))) {
    const f = fold(w);
    if (DANISH.has(f) || (/[æøå]/.test(w) && !ENGLISH.has(f))) da++;
    if (ENGLISH.has(f)) en++;
  }
  return en > da ? 'en' : 'da';
}
