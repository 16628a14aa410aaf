export { answerQuestion } from './answer.js';
export type * from './types.js';
