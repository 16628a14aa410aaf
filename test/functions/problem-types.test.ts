/**
 * Every status the product raises has its problem type, and every other status falls back to
 * about:blank: the whole 4xx range as a table, so a status dropped from the map fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  ValidationError,
} from '../../functions/domain/errors.js';
import { toProblem } from '../../functions/http/problem.js';
import { NotSignedInError } from '../../functions/security/not-signed-in-error.js';

const TYPES: Record<number, string> = {
  400: 'urn:maalbot:problem:invalid-request',
  401: 'urn:maalbot:problem:unauthorized',
  403: 'urn:maalbot:problem:forbidden',
  404: 'urn:maalbot:problem:not-found',
  405: 'urn:maalbot:problem:method-not-allowed',
  409: 'urn:maalbot:problem:conflict',
  412: 'urn:maalbot:problem:precondition-failed',
  413: 'urn:maalbot:problem:payload-too-large',
  415: 'urn:maalbot:problem:unsupported-media-type',
  428: 'urn:maalbot:problem:precondition-required',
};

describe('problem types', () => {
  it('names each status the endpoints raise, and no other', () => {
    for (let status = 400; status < 600; status++) {
      const problem = toProblem(new AppError(status, 'Title', 'detail'));
      expect(problem.type, `status ${status}`).toBe(TYPES[status] ?? 'about:blank');
      expect(problem.status).toBe(status);
    }
  });

  it.each([
    [new ValidationError('x'), 400, 'Invalid request'],
    [new NotSignedInError('x'), 401, 'Unauthorized'],
    [new ForbiddenError('x'), 403, 'Forbidden'],
    [new NotFoundError('x'), 404, 'Not found'],
    [new ConflictError('x'), 409, 'Conflict'],
    [new PreconditionFailedError('x'), 412, 'Precondition failed'],
    [new PayloadTooLargeError('x'), 413, 'Payload too large'],
  ])('%s is a %i "%s" with its own type', (error, status, title) => {
    expect(toProblem(error, '/api/x')).toEqual({ type: TYPES[status], title, status, detail: 'x', instance: '/api/x' });
    expect(error.name).toBe(error.constructor.name);
  });
});
