import { HttpRequest, InvocationContext } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, ConflictError, ValidationError } from '../../functions/domain/errors.js';
import { problemResponse, toProblem } from '../../functions/http/problem.js';
import { DeadlineError, ServiceUnavailableError } from '../../functions/security/deadline.js';

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
    expect(toProblem(new ConflictError('exists'))).toStrictEqual({
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

  // A store's or a feature's own schema refusing a value after the request was validated.
  it('turns a schema refusal met later on into a 400 naming each field, not a 500', () => {
    const refused = z.object({ title: z.string(), period: z.object({ from: z.string() }) }).safeParse({ period: { from: 3 } });
    const logged: unknown[][] = [];
    const res = problemResponse(refused.error, request, context(logged));
    const problem = JSON.parse(res.body as string) as Record<string, unknown>;
    expect(res.status).toBe(400);
    expect(problem).toMatchObject({ type: 'urn:maalbot:problem:invalid-request', title: 'Invalid request', status: 400 });
    expect(problem.errors).toEqual([
      { field: 'title', message: expect.stringMatching(/string/) },
      { field: 'period.from', message: expect.stringMatching(/string/) },
    ]);
    expect(problem.detail).toMatch(/^Invalid input: title: .+; period\.from: .+$/);
    expect(logged).toEqual([]);
  });

  it('tells a 503 when to retry, and logs it as a failure on our side', () => {
    const logged: unknown[][] = [];
    const res = problemResponse(new DeadlineError('Cosmos DB', 2000), request, context(logged));
    expect(res.status).toBe(503);
    expect(res.headers).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '30' });
    expect(JSON.parse(res.body as string)).toMatchObject({ title: 'Service Unavailable', detail: 'Cosmos DB did not answer within 2000 ms; try again shortly.' });
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toBe('POST /api/cases failed (invocation inv-1):');
    expect(problemResponse(new ServiceUnavailableError('busy', 7), request, context([])).headers).toMatchObject({ 'retry-after': '7' });
  });

  it('logs an AppError of status 500, but no 4xx', () => {
    const logged: unknown[][] = [];
    problemResponse(new AppError(500, 'Broken', 'x'), request, context(logged));
    problemResponse(new AppError(499, 'Odd', 'x'), request, context(logged));
    expect(logged).toHaveLength(1);
  });

  it('leaves out instance when the error has no request', () => {
    expect(toProblem(new Error('x'))).toStrictEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side. It has been logged.',
    });
  });
});
