import { HttpRequest, InvocationContext } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, ValidationError } from '../../functions/domain/errors.js';
import { problemResponse, toProblem } from '../../functions/http/problem.js';

function context(logged: unknown[][]) {
  return new InvocationContext({ invocationId: 'inv-1', functionName: 'test', logHandler: (_level, ...args) => logged.push(args) });
}
const request = new HttpRequest({ method: 'POST', url: 'http://127.0.0.1/api/cases?x=1' });

describe('problem+json', () => {
  it('renders an AppError with its status, field errors and the request path as instance', () => {
    const logged: unknown[][] = [];
    const error = new ValidationError('The case is invalid', [{ field: 'title', message: 'Required' }]);
    const res = problemResponse(error, request, context(logged));
    expect(res.status).toBe(400);
    expect(res.headers).toEqual({ 'content-type': 'application/problem+json' });
    expect(JSON.parse(res.body as string)).toEqual({
      type: 'urn:maalbot:problem:invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: 'The case is invalid',
      instance: '/api/cases',
      errors: [{ field: 'title', message: 'Required' }],
    });
    expect(logged).toEqual([]);
  });

  it('leaves out errors when there are none', () => {
    expect(toProblem(new ConflictError('exists'))).toEqual({
      type: 'urn:maalbot:problem:conflict',
      title: 'Conflict',
      status: 409,
      detail: 'exists',
    });
  });

  it('names every 4xx the endpoints raise with a URN, 405 included', () => {
    expect(toProblem(new AppError(405, 'Method not allowed', 'use GET')).type).toBe('urn:maalbot:problem:method-not-allowed');
    expect(toProblem(new AppError(418, 'Teapot', 'no')).type).toBe('about:blank');
  });

  it('answers an unknown error with a bare 500 and logs it', () => {
    const logged: unknown[][] = [];
    const error = new Error('ECONNREFUSED cosmos-secret-host:443 key=abc');
    const res = problemResponse(error, request, context(logged));
    expect(res.status).toBe(500);
    const body = res.body as string;
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: 'Internal Server Error', instance: '/api/cases' });
    expect(body).not.toContain('cosmos-secret-host');
    expect(body).not.toContain('ECONNREFUSED');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(error);
  });
});
