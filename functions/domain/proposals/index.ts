// The number parser lives in domain/numbers.ts; the proposal forms' names for it:
export { decimalPlaces, decimalPlaces as typedDecimalPlaces, NUMBER_PATTERN as DANISH_NUMBER_PATTERN, parseNumber as parseDanishNumber, parseNumber as parseTypedNumber } from '../numbers.js';
export * from './decision.js';
export * from './build.js';
export * from './identity.js';
export * from './lifecycle.js';
export * from './messages.js';
export * from './submit-schemas.js';
export * from './success-goal.js';
export * from './validate.js';
export * from './form-fields.js';
