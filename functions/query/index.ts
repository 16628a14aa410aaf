export { answerQuestion, type AnswerOptions } from './answer.js';
export { getCatalogue, invalidateCatalogue, noteChange, buildCatalogue, type Catalogue, type CatalogueChange } from './catalogue.js';
export { unitFactor, unitLabel } from './units.js';
export type * from './types.js';
