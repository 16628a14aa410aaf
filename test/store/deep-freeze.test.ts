/**
 * Both freezers on their own: every object and array reached is frozen however deep, values that are
 * not objects pass through, and deepFreeze leaves alone what is frozen already (a shared, frozen part
 * is not walked again).
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze, freezeParsed } from '../../functions/store/deep-freeze.js';

/** Every object and array inside `value`, itself included. */
function objectsIn(value: unknown): object[] {
  if (value === null || typeof value !== 'object') return [];
  return [value, ...Object.values(value).flatMap(objectsIn)];
}

describe('deep freeze', () => {
  it.each([
    ['deepFreeze', deepFreeze],
    ['freezeParsed', freezeParsed],
  ])('%s freezes every object and array, however deep, and returns the value itself', (_name, freeze) => {
    const value = { a: [1, { b: [{ c: null, d: 'x' }, [2, [3, { e: {} }]]] }], f: { g: { h: true } }, i: null };
    expect(freeze(value)).toBe(value);
    const inside = objectsIn(value);
    expect(inside).toHaveLength(11);
    for (const o of inside) expect(Object.isFrozen(o)).toBe(true);
    const list = [{ a: 1 }, [{ b: 2 }], null, 'x'];
    freeze(list);
    for (const o of objectsIn(list)) expect(Object.isFrozen(o)).toBe(true);
  });

  it('passes through what is not an object', () => {
    for (const v of [null, undefined, 0, 'text', true]) expect(deepFreeze(v)).toBe(v);
  });

  it('deepFreeze does not walk into what is frozen already', () => {
    const inner = { open: {} };
    const shared = Object.freeze({ inner });
    deepFreeze({ shared });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
