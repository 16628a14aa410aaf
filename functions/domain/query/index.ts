export { readFrame, type Frame, type Operation, type ShareSide } from './frame.js';
export { buildLexicon, contrastMiss, contrastsIn, DURATIONS, type Lexicon, type LexiconWords, type PlaceData, type UnitFamily } from './lexicon.js';
export { MeasureIndex, type SearchDoc, type SearchHit } from './search-index.js';
export { codeKey, type OrgRef, type CaseRef } from './mentions.js';
export { fold, stems, words } from './text.js';
export { followUp, isFollowUp, readContext, writeContext } from './follow-up.js';
