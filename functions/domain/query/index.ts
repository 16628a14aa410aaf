export { readFrame } from './frame.js';
export { changeAsked, rateAsked } from './frame-operation.js';
export type { Frame, Operation, ShareSide } from './frame-types.js';
export { buildLexicon, contrastMiss, contrastsIn, unionMiss, DURATIONS, PhraseTable, type Lexicon, type LexiconWords, type PlaceData, type UnitFamily } from './lexicon.js';
export { MeasureIndex, type SearchDoc, type SearchHit } from './search-index.js';
export { codeKey, type OrgRef, type CaseRef } from './mentions.js';
export { fold, stems, words } from './text.js';
export { earlierOperation, followUp, isFollowUp, namesNoMeasure, readContext, shiftYear, sideBack, writeContext, yearShift, type EarlierOperation, type FigureRef, type FrameContext } from './follow-up.js';
