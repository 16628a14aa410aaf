/**
 * endpoint(): the method dispatch, the 405 that names the allowed methods, an undeclared operation
 * falling back to admins only, and every error of a handler rendered as problem+json. The real routes
 * are tested through the API; these use an endpoint made here, so the fallbacks no route uses are seen.
 */
import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { ConflictError } from '../../functions/domain/errors.js';
import { describedEndpoints, endpoint, type Endpoint } from '../../functions/http/endpoint.js';
import { resetRuntime, useRuntime } from '../../functions/runtime.js';
import { captureLogs, logEvent } from '../../functions/telemetry.js';
import type { Store } from '../../functions/store/store.js';
import { inAzure, signedInAs } from '../security/support/secure-api.js';

const ADMIN = 'oid-admin';
afterEach(() => resetRuntime());

function inAzureWithAdmin(): void {
  useRuntime({ config: inAzure(loadConfig({ MAALBOT_ADMINS: ADMIN })), store: {} as Store });
}

function call(spec: Endpoint, method: string, headers: Record<string, string> = {}): Promise<HttpResponseInit> {
  const options = endpoint(spec);
  const request = new HttpRequest({ method, url: 'http://127.0.0.1/api/things/7', headers });
  return options.handler(request, new InvocationContext({ invocationId: 'inv-1', functionName: 'things', logHandler: () => undefined })) as Promise<HttpResponseInit>;
}

const ok = (answer: string) =>
  async function answer_() {
    return { status: 200, body: answer };
  };

describe('endpoint()', () => {
  it('registers the route with its methods and auth level, and describes it for the OpenAPI document', () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'function',
      operations: { GET: { handler: ok('got'), action: 'public', summary: 's', responses: {} }, DELETE: { handler: ok('deleted'), action: 'public', summary: 's', responses: {} } },
    };
    const options = endpoint(spec);
    expect(options).toMatchObject({ methods: ['GET', 'DELETE'], route: 'things/{id}', authLevel: 'function' });
    expect(describedEndpoints()).toContain(spec);
  });

  it('runs the operation of the request\'s method', async () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: { GET: { handler: ok('got'), action: 'public', summary: 's', responses: {} }, POST: { handler: ok('posted'), action: 'public', summary: 's', responses: {} } },
    };
    expect(await call(spec, 'GET')).toEqual({ status: 200, body: 'got' });
    expect(await call(spec, 'POST')).toEqual({ status: 200, body: 'posted' });
  });

  it('runs the operation of a method sent in lower case, PATCH too, which the request keeps as sent', async () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: { GET: { handler: ok('got'), action: 'public', summary: 's', responses: {} }, PATCH: { handler: ok('patched'), action: 'public', summary: 's', responses: {} } },
    };
    // Fetch's Request upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT; a "patch" stays "patch".
    expect(await call(spec, 'patch')).toEqual({ status: 200, body: 'patched' });
    expect(await call(spec, 'get')).toEqual({ status: 200, body: 'got' });
  });

  it('answers another method with a 405 problem naming the allowed ones', async () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: { GET: { handler: ok('got'), action: 'public', summary: 's', responses: {} }, PUT: { handler: ok('put'), action: 'public', summary: 's', responses: {} } },
    };
    const res = await call(spec, 'PATCH');
    expect(res.status).toBe(405);
    expect(res.headers).toEqual({ 'content-type': 'application/problem+json' });
    expect(JSON.parse(res.body as string)).toEqual({
      type: 'urn:maalbot:problem:method-not-allowed',
      title: 'Method not allowed',
      status: 405,
      detail: 'PATCH is not allowed here; use GET, PUT.',
      instance: '/api/things/7',
    });
  });

  it('renders a handler\'s error as problem+json', async () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: {
        POST: {
          handler: async function conflict() {
            throw new ConflictError('It exists');
          },
          action: 'public',
          summary: 's',
          responses: {},
        },
      },
    };
    const res = await call(spec, 'POST');
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body as string)).toMatchObject({ detail: 'It exists', instance: '/api/things/7' });
  });

  it('logs what the handler logs with the invocation and the operation, its method and route', async () => {
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: {
        GET: {
          handler: async function logs() {
            logEvent('info', 'looked at a thing');
            return { status: 204 };
          },
          action: 'public',
          summary: 's',
          responses: {},
        },
      },
    };
    const logs = captureLogs();
    try {
      await call(spec, 'GET');
    } finally {
      logs.stop();
    }
    expect(logs.records.filter((r) => r.message === 'looked at a thing')).toEqual([expect.objectContaining({ invocationId: 'inv-1', operation: 'GET things/{id}' })]);
  });

  it('lets only admins run an operation that declares no action, and anyone a public one', async () => {
    inAzureWithAdmin();
    const spec: Endpoint = {
      route: 'things/{id}',
      authLevel: 'anonymous',
      operations: { POST: { handler: ok('done'), summary: 's', responses: {} }, GET: { handler: ok('public'), action: 'public', summary: 's', responses: {} } },
    };
    const refused = await call(spec, 'POST', signedInAs('oid-someone'));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body as string).detail).toMatch(/admin role/);
    expect((await call(spec, 'POST')).status).toBe(401);
    expect(await call(spec, 'POST', signedInAs(ADMIN))).toEqual({ status: 200, body: 'done' });
    expect(await call(spec, 'GET')).toEqual({ status: 200, body: 'public' });
  });
});
