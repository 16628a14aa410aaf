/**
 * The errors every caller sees: each kind carries the HTTP status and title its problem+json answer is
 * rendered with, and a failed parse names every bad field by its dotted path.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  ValidationError,
} from '../../functions/domain/errors.js';
import { fieldErrors, parseOrThrow } from '../../functions/domain/validation.js';

describe('error kinds', () => {
  // Each error is made inside its test: made while the file is collected, it would be made before a
  // mutation test switches a mutant on, and the test could not see the mutant.
  it.each([
    [() => new ValidationError('bad'), 400, 'Invalid request', 'ValidationError'],
    [() => new ForbiddenError('bad'), 403, 'Forbidden', 'ForbiddenError'],
    [() => new NotFoundError('bad'), 404, 'Not found', 'NotFoundError'],
    [() => new ConflictError('bad'), 409, 'Conflict', 'ConflictError'],
    [() => new PreconditionFailedError('bad'), 412, 'Precondition failed', 'PreconditionFailedError'],
    [() => new PayloadTooLargeError('bad'), 413, 'Payload too large', 'PayloadTooLargeError'],
  ])('%#: answers %i "%s"', (make, status, title, name) => {
    const error = make();
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(status);
    expect(error.title).toBe(title);
    expect(error.name).toBe(name);
    expect(error.message).toBe('bad');
    expect(error.errors).toEqual([]);
  });

  it('a validation error keeps the fields it names', () => {
    const errors = [{ field: 'economy.2.year', message: 'not a year' }];
    expect(new ValidationError('bad', errors).errors).toEqual(errors);
  });
});

describe('parseOrThrow', () => {
  const Schema = z.object({ title: z.string().min(1), economy: z.array(z.object({ year: z.number().int() })) });

  it('returns what the schema parsed', () => {
    expect(parseOrThrow(Schema, { title: 'KIK II', economy: [{ year: 2018 }] }, 'case')).toEqual({ title: 'KIK II', economy: [{ year: 2018 }] });
  });

  it('names every bad field by its dotted path, in the errors and in the message', () => {
    let thrown: unknown;
    try {
      parseOrThrow(Schema, { title: '', economy: [{ year: 2018 }, { year: 20.5 }] }, 'case');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.status).toBe(400);
    expect(error.errors.map((e) => e.field)).toEqual(['title', 'economy.1.year']);
    expect(error.message).toMatch(/^case is invalid: title: .+; economy\.1\.year: .+$/);
    expect(error.message).toContain(error.errors[1]!.message);
  });

  it('a body that is not an object at all is named "(body)"', () => {
    const result = Schema.safeParse('text');
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual([{ field: '(body)', message: result.error.issues[0]!.message }]);
  });
});
