import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_PREFIX } from '../../functions/local/host.js';
import { startApi, type Api } from './api-harness.js';
import { cases, figures, goals, kpis, orgs } from './fixtures.js';

let api: Api;
let doc: any;
beforeAll(async () => {
  api = await startApi();
  const res = await api.call('GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(() => api.close());

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Målbot API', version: expect.any(String) });
  });

  it('lists every registered HTTP function with each of its methods', () => {
    const registered = api.functions.http.flatMap((f) => f.methods.map((m) => `${m} /api/${f.route}`));
    expect(registered.length).toBeGreaterThanOrEqual(14);
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const undocumented = registered.filter((r) => !documented.includes(r));
    expect(undocumented, 'register these with app.http(name, endpoint({...})) from functions/http/endpoint.ts').toEqual([]);
    expect(documented.filter((d) => !registered.includes(d)), 'documented but not registered').toEqual([]);
  });

  it('documents every path parameter, the query parameters and request bodies', () => {
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item)) {
        expect(op.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name)).toEqual(names);
        expect(op.responses['400'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
    const listKpis = doc.paths['/api/kpis'].get;
    expect(listKpis.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name)).toEqual(['limit', 'continuation', 'org', 'case', 'q']);
    expect(listKpis.parameters.find((p: any) => p.name === 'limit').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    expect(doc.paths['/api/cases'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CaseInput' });
    expect(doc.paths['/api/kpis/{id}/figures/{figureId}'].put.parameters.find((p: any) => p.name === 'If-Match')).toMatchObject({ in: 'header', required: true });
  });

  it('marks the REST routes as keyed and health and the document as open', () => {
    expect(doc.paths['/api/health'].get.security).toEqual([]);
    expect(doc.paths['/api/openapi.json'].get.security).toEqual([]);
    expect(doc.paths['/api/cases'].get.security).toEqual([{ functionKey: [] }, { functionKeyQuery: [] }]);
    for (const f of api.functions.http) {
      const documented = doc.paths[`/api/${f.route}`] ?? {};
      for (const op of Object.values(documented) as any[]) expect(op.security.length > 0).toBe(f.authLevel === 'function');
    }
  });

  it('has a schema for every $ref, and the schemas accept real items and refuse broken ones', () => {
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[\w]+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();

    const ajv = new Ajv2020({ strict: false });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    // The document as one schema resource, so "#/components/schemas/…" refs resolve as they do in OpenAPI.
    ajv.addSchema({ $id: 'https://maalbot.test/openapi.json', components: doc.components });
    const check = (name: string, value: unknown) => ajv.validate({ $ref: `https://maalbot.test/openapi.json#/components/schemas/${name}` }, value);
    for (const o of orgs) expect(check('Organisation', o), ajv.errorsText()).toBe(true);
    for (const c of cases) expect(check('Case', c), ajv.errorsText()).toBe(true);
    for (const k of kpis) expect(check('Kpi', k), ajv.errorsText()).toBe(true);
    for (const f of figures) expect(check('Figure', f), ajv.errorsText()).toBe(true);
    for (const g of goals) expect(check('Goal', g), ajv.errorsText()).toBe(true);
    // Input schemas leave defaulted fields optional; output schemas do not.
    const { effortTypes: _e, aliases: _a, published: _p, ...minimal } = cases[0]!;
    expect(check('CaseInput', minimal)).toBe(true);
    expect(check('Case', minimal)).toBe(false);
    expect(check('Case', { ...cases[0], status: 'finished' })).toBe(false);
    expect(check('Figure', { ...figures[0], period: 'August 2018' })).toBe(false);
  });
});

it("uses host.json's route prefix", async () => {
  const hostJson = JSON.parse(await readFile(new URL('../../host.json', import.meta.url), 'utf8'));
  expect(hostJson.extensions.http.routePrefix).toBe(ROUTE_PREFIX);
  expect(hostJson.extensionBundle.version).toBe('[4.*, 5.0.0)');
});
