/**
 * The one place an error becomes an HTTP response: application/problem+json (RFC 9457).
 * AppErrors carry their own status and field errors; anything else is a bug or an outage, so the caller
 * gets a bare 500 and the details go to the log only.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { z } from 'zod';
import { AppError, ValidationError } from '../domain/errors.js';
import { fieldErrors } from '../domain/validation.js';
import { ServiceUnavailableError } from '../security/deadline.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const ProblemSchema = z.object({
  type: z.string().describe('A URI naming the kind of problem; "about:blank" when the status says it all'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional().describe('The path of the request that failed'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('One entry per bad field, named by its dotted path (query parameters and headers by name)'),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * Problem types are URNs: RFC 9457 §3.1.1 lets a type be a non-resolvable URI, and a URN cannot be
 * mistaken for a page somebody should host.
 */
const TYPE_BASE = 'urn:maalbot:problem:';

const TYPE_BY_STATUS: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  428: 'precondition-required',
};

export function toProblem(error: unknown, instance?: string): Problem {
  // A schema that refused a value after the request's own validation (a store schema, a feature's) still
  // refused the caller's input: a 400 naming the field, not a 500.
  if (error instanceof z.ZodError) error = new ValidationError(`Invalid input: ${fieldErrors(error).map((e) => `${e.field}: ${e.message}`).join('; ')}`, fieldErrors(error));
  if (error instanceof AppError) {
    const tag = TYPE_BY_STATUS[error.status];
    return {
      type: tag ? TYPE_BASE + tag : 'about:blank',
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(instance ? { instance } : {}),
      ...(error.errors.length ? { errors: error.errors } : {}),
    };
  }
  return {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'Something went wrong on our side. It has been logged.',
    ...(instance ? { instance } : {}),
  };
}

export function problemResponse(error: unknown, request: HttpRequest, context: InvocationContext): HttpResponseInit {
  const instance = new URL(request.url).pathname;
  const problem = toProblem(error, instance);
  if (problem.status >= 500) {
    context.error(`${request.method} ${instance} failed (invocation ${context.invocationId}):`, error);
  }
  const retryAfter: Record<string, string> = error instanceof ServiceUnavailableError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
  return {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...retryAfter },
    body: JSON.stringify(problem),
  };
}
