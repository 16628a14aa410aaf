export { readFrame, type Frame, type Operation, type ShareSide } from './frame.js';
export { buildLexicon, contrastMiss, contrastsIn, smallNumbers, PhraseTable, type StrictKind, type Lexicon, type LexiconWords, type PlaceData, type PlaceRef, type UnitFamily } from './lexicon.js';
export { MeasureIndex, type SearchDoc, type SearchHit, type SearchFilter } from './search-index.js';
export { parsePeriods, isRelative, type PeriodQuery, type Span } from './period-parse.js';
export { detectLanguage } from './language.js';
export { findNumbers, type NumberMention } from './numbers.js';
export { findCaseCodes, codeKey, type OrgRef, type CaseRef } from './mentions.js';
export { fold, stems, words, contentWords } from './text.js';
export { followUp, isFollowUp, readContext, writeContext, type FrameContext } from './follow-up.js';
