export { answerQuestion } from './remembered-answers.js';
export type * from './types.js';
