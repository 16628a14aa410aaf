/**
 * Danish or English, from the words of the question. Danish letters decide at once; otherwise the
 * language with more of its common words wins, and a tie goes to Danish (the users' own language).
 */
import { fold, words } from './text.js';
import type { Lang } from '../period.js';

const DANISH = new Set(
  [
    'hvad', 'hvor', 'hvordan', 'hvilken', 'hvilke', 'hvornår', 'er', 'var', 'det', 'den', 'og', 'i', 'på', 'af', 'til', 'med',
    'om', 'fra', 'vi', 'vores', 'har', 'kan', 'skal', 'mange', 'meget', 'antal', 'antallet', 'nu', 'seneste', 'budget',
    'budgettet', 'besparelse', 'sparer', 'mål', 'målet', 'forventet', 'faktisk', 'kommune', 'kommunes', 'borgere', 'unge',
    'januar', 'februar', 'marts', 'maj', 'juni', 'juli', 'oktober', 'kvartal', 'halvår', 'ultimo', 'primo', 'pr', 'mio', 'kr',
    'sammenlignet', 'klyngen', 'landsplan', 'ift', 'hos', 'vis', 'fortæl', 'siden', 'ligger', 'blev', 'bliver', 'folk',
    'sager', 'sagsbehandler', 'pladser', 'flere', 'ikke', 'hvis', 'også', 'samlet', 'alt', 'udgifter', 'hvem', 'gik',
  ].map(fold),
);

const ENGLISH = new Set([
  'what', 'whats', 'how', 'many', 'much', 'which', 'who', 'when', 'is', 'was', 'were', 'are', 'the', 'a', 'an', 'of', 'in', 'on',
  'for', 'to', 'at', 'by', 'and', 'did', 'do', 'does', 'we', 'our', 'us', 'there', 'that', 'this', 'with', 'from', 'show', 'tell',
  'me', 'about', 'give', 'number', 'budget', 'saving', 'savings', 'target', 'expected', 'actual', 'latest', 'current', 'people',
  'january', 'february', 'march', 'may', 'june', 'july', 'october', 'quarter', 'half', 'end', 'million', 'dkk', 'compared',
  'cluster', 'national', 'average', 'rank', 'since', 'between', 'year', 'total', 'benefits', 'benefit', 'investment', 'cost',
  'costs', 'spend', 'save', 'goal', 'versus', 'vs', 'against', 'per', 'caseworker', 'young', 'persons', 'citizens', 'has', 'have',
]);

export function detectLanguage(question: string): Lang {
  if (/[æøå]/i.test(question)) return 'da';
  let da = 0;
  let en = 0;
  for (const w of words(question)) {
    const f = fold(w);
    if (DANISH.has(f)) da++;
    if (ENGLISH.has(f)) en++;
  }
  return en > da ? 'en' : 'da';
}
