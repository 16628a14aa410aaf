/**
 * The shape check every JSON body and activity passes before it is parsed: nesting and value count, each
 * at its limit and one past it, with brackets, commas and quotes inside strings not counted.
 */
import { describe, expect, it } from 'vitest';
import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../functions/security/limits.js';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
/** An array of n numbers: counted as n values (the array and its n - 1 separators). */
const values = (n: number) => `[${Array.from({ length: n }, () => '1').join(',')}]`;

describe('nesting', () => {
  it.each([
    ['arrays', '[', ']'],
    ['objects', '{"a":', '}'],
  ])('%s: as deep as the limit passes, one deeper is refused with the limit and the name given', (_kind, open, close) => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH, open, close), 'The JSON body')).toBeUndefined();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1, open, close), 'The JSON body')).toBe(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  });

  it('counts the deepest point, not the total of brackets: many shallow containers pass', () => {
    const wide = `[${Array.from({ length: MAX_JSON_DEPTH + 5 }, () => '[1]').join(',')}]`;
    expect(jsonShapeProblem(wide, 'The activity')).toBeUndefined();
  });

  it('goes down again after a closing bracket of either kind', () => {
    const half = MAX_JSON_DEPTH / 2 + 1;
    expect(jsonShapeProblem(`[${nested(half - 1)},${nested(half - 1, '{"a":', '}')},${nested(half - 1)}]`, 'x')).toBeUndefined();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const bracketsInString = JSON.stringify({ text: '['.repeat(MAX_JSON_DEPTH * 2) + '{'.repeat(MAX_JSON_DEPTH * 2) });
    expect(jsonShapeProblem(bracketsInString, 'x')).toBeUndefined();
    // An escaped quote does not end the string, so the brackets after it are still inside.
    const escaped = JSON.stringify({ text: `say \\"${'['.repeat(MAX_JSON_DEPTH * 2)}` });
    expect(jsonShapeProblem(escaped, 'x')).toBeUndefined();
    // A backslash that escapes a backslash does end: the quote after it closes the string.
    const afterString = `["\\\\",${nested(MAX_JSON_DEPTH)}]`;
    expect(jsonShapeProblem(afterString, 'x')).toMatch(/nested more than/);
  });
});

describe('values', () => {
  it('as many as the limit pass, one more is refused with the limit and the name given', () => {
    expect(jsonShapeProblem(values(MAX_JSON_VALUES), 'The activity')).toBeUndefined();
    expect(jsonShapeProblem(values(MAX_JSON_VALUES + 1), 'The activity')).toBe(`The activity holds more than ${MAX_JSON_VALUES} values.`);
  });

  it('counts containers as values too', () => {
    const containers = `[${Array.from({ length: MAX_JSON_VALUES / 2 }, () => '{}').join(',')}]`;
    // k objects in an array: k + 1 containers and k - 1 separators, 2k in all.
    expect(jsonShapeProblem(containers, 'x')).toBeUndefined();
    const more = `[${Array.from({ length: MAX_JSON_VALUES / 2 + 1 }, () => '{}').join(',')}]`;
    expect(jsonShapeProblem(more, 'x')).toMatch(/holds more than/);
  });

  it('does not count commas inside strings', () => {
    expect(jsonShapeProblem(JSON.stringify({ csv: ','.repeat(MAX_JSON_VALUES * 2) }), 'x')).toBeUndefined();
  });
});
