/**
 * Text normalisation shared by question parsing and the search index, so both sides see the same terms.
 * Danish letters fold to their ASCII fallbacks (æ→ae, ø→oe, å→aa) after stemming: the snowball
 * stemmer needs the real letters, and folding afterwards makes "forsørgelse" and "forsoergelse" meet.
 */
import { createRequire } from 'node:module';

type Snowball = typeof import('snowball-stemmers').default;
// snowball-stemmers is one 330 KB file with every language's stemmer: required by the first question
// rather than parsed on every cold start (README: Performance); require keeps stems() synchronous.
const requireModule = createRequire(import.meta.url);
let stemmers: { danish: ReturnType<Snowball['newStemmer']>; english: ReturnType<Snowball['newStemmer']> } | undefined;

function stemmersOnce(): NonNullable<typeof stemmers> {
  if (!stemmers) {
    const snowball = requireModule('snowball-stemmers') as Snowball;
    stemmers = { danish: snowball.newStemmer('danish'), english: snowball.newStemmer('english') };
  }
  return stemmers;
}

// The fold is shared with the rest of Målbot (domain/text.ts); re-exported for the query code.
import { fold } from '../text.js';

export { fold };

/** Words of a text: letters and digits, keeping inner hyphens out ("EGU-pladser" → "egu", "pladser"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Stemming is the single largest cost of a question (every word, on each of several index searches),
 * and the vocabulary is small, so each word's stems are worked out once. Bounded: cleared when full,
 * so a stream of nonsense words cannot grow it without end.
 */
const stemCache = new Map<string, readonly string[]>();
const STEM_CACHE_MAX = 50_000;

/** The stems a word may index or match under: Danish and English, folded, without duplicates. */
export function stems(word: string): string[] {
  let cached = stemCache.get(word);
  if (!cached) {
    const lower = word.toLowerCase();
    const { danish, english } = stemmersOnce();
    cached = [...new Set<string>([fold(danish.stem(lower)), fold(english.stem(lower))])].filter((s) => s.length > 0);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, cached);
  }
  // A copy: callers may change what they get.
  return [...cached];
}

/**
 * Words that carry no meaning for finding a measure: question words, fillers and the words that name
 * a period, an organisation kind or a figure kind (those are parsed separately).
 */
export const STOPWORDS = new Set(
  [
    // Danish
    'hvad', 'hvor', 'hvordan', 'hvilken', 'hvilke', 'hvornaar', 'hvem', 'er', 'var', 'blive', 'bliver', 'blev', 'vil', 'være', 'vaere',
    'det', 'den', 'de', 'der', 'en', 'et', 'og', 'i', 'på', 'paa', 'af', 'til', 'for', 'med', 'om', 'fra', 'som', 'vi', 'os',
    'vores', 'jeg', 'mig', 'du', 'man', 'har', 'havde', 'have', 'kan', 'skal', 'får', 'faar', 'fik', 'mange', 'meget', 'stor', 'store',
    'tal', 'tallet', 'tallene', 'antal', 'antallet', 'lige', 'nu', 'så', 'saa', 'sig', 'mon', 'vise', 'vis', 'giv', 'fortæl',
    'fortael', 'lidt', 'hos', 'ved', 'efter', 'inden', 'pr', 'per', 'år', 'aar', 'året', 'aaret', 'årligt', 'aarligt', 'kommune', 'kommunes', 'kommunen',
    'haft', 'skulle', 'ville', 'kunne', 'hver', 'igennem', 'gennem', 'ifølge', 'ifoelge', 'været', 'vaeret', 'blevet', 'egentlig', 'egentligt', 'gerne', 'venligst', 'tak', 'mon', 'ud', 'op', 'ned', 'over', 'under', 'ikke', 'også', 'ogsaa', 'alle',
    // English
    'what', 'whats', 's', 'is', 'was', 'were', 'are', 'be', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'at', 'by', 'and',
    'how', 'many', 'much', 'which', 'who', 'when', 'did', 'do', 'does', 'we', 'our', 'us', 'me', 'my', 'you', 'your', 'it', 'its',
    'there', 'that', 'this', 'with', 'from', 'as', 'please', 'tell', 'show', 'give', 'about', 'number', 'figure', 'value',
    'municipality', 'municipalities', 'council', 'year', 'per', 'annual', 'annually', 'yearly', 'have', 'has', 'had', 'get', 'got',
    'been', 'should', 'will', 'would', 'can', 'could', 'shall', 'might', 'must', 'each', 'through', 'according', 'all', 'any', 'some', 'still', 'now', 'currently', 'current', 'total', 'doing', 'going', 'look', 'looking', 'performing',
    'among', 'amongst', 'blandt', 'statussen', 'opgoerelsen', 'them', 'those', 'these', 'dem', 'disse', 'eller', 'or', 'add', 'adds', 'added', 'need', 'needs', 'require', 'requires', 'ligger', 'står', 'staar', 'gaar', 'går', 'klarer', 'kræver', 'kraever',
    // Fillers that restate ("– altså budgettet", "i.e. the target"): they name nothing measured.
    'altså', 'dvs',
  ].map(fold),
);
