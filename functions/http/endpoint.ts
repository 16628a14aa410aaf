/**
 * An endpoint is a route, its auth level and one operation per method. `endpoint()` turns it into the
 * options for `app.http(...)` — dispatching on the method and rendering every error through problem.ts —
 * and remembers its description, so the OpenAPI document is built from the same objects and the same
 * zod schemas that handle the requests.
 */
import type { HttpFunctionOptions, HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { runtime } from '../runtime.js';
import { authorize, type Action } from '../security/index.js';
import { withLogContext } from '../telemetry.js';
import { problemResponse } from './problem.js';

export type Handler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Response header name → description. */
  headers?: Record<string, string>;
}

export interface Operation {
  /** Named async function; its name is the operationId. */
  handler: Handler;
  /**
   * What the operation does, for the role check (functions/security/policy.ts) that runs before the
   * handler: 403 without the role, 401 without a signed-in user in Azure. Undeclared: admins only.
   */
  action?: Action;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** Request headers the operation reads, name → description. */
  headers?: Record<string, { description: string; required?: boolean }>;
  body?: z.ZodType;
  /** A body that is a file rather than JSON: content type → description (e.g. text/csv for an import). */
  fileBody?: Record<string, string>;
  responses: Record<number, ResponseSpec>;
  /** Statuses answered with application/problem+json (400 and 500 are implied). */
  problems?: number[];
}

export interface Endpoint {
  /** The route as in Azure, without the "api/" prefix: "cases/{id}". */
  route: string;
  authLevel: 'anonymous' | 'function';
  /** Path parameter → schema, for the document; parameters not named here are plain strings. */
  params?: Record<string, z.ZodType>;
  operations: Partial<Record<HttpMethod, Operation>>;
}

const endpoints: Endpoint[] = [];

/** Every endpoint described so far (the function files register them when imported). */
export function describedEndpoints(): readonly Endpoint[] {
  return endpoints;
}

export function endpoint(spec: Endpoint): HttpFunctionOptions {
  endpoints.push(spec);
  const methods = Object.keys(spec.operations) as HttpMethod[];
  return {
    methods,
    route: spec.route,
    authLevel: spec.authLevel,
    handler: (request, context) =>
      withLogContext({ invocationId: context.invocationId, operation: `${request.method} ${spec.route}` }, async () => {
        try {
          const operation = spec.operations[request.method.toUpperCase() as HttpMethod];
          if (!operation) throw new AppError(405, 'Method not allowed', `${request.method} is not allowed here; use ${methods.join(', ')}.`);
          const action = operation.action ?? 'undeclared';
          if (action !== 'public') authorize(request, action, (await runtime()).config);
          return await operation.handler(request, context);
        } catch (error) {
          return problemResponse(error, request, context);
        }
      }),
  };
}
