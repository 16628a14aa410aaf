export { understand, type ParsedQuestion, type UnderstandContext } from './understand.js';
export { MeasureIndex, type SearchDoc, type SearchHit, type SearchFilter } from './search-index.js';
export { parsePeriods, type PeriodQuery, type Span } from './period-parse.js';
export { detectLanguage } from './language.js';
export { findNumbers, parseNumber, type NumberMention } from './numbers.js';
export { findKinds, findComparisons, type Comparison } from './kinds.js';
export { findOrganisations, findCaseCodes, codeKey, type OrgRef, type CaseRef } from './mentions.js';
export { fold, stems, words, contentWords } from './text.js';
