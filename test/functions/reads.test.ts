import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './api-harness.js';
import { loadFixtures } from './fixtures.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
});
afterAll(() => api.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('health', () => {
  it('answers without a key, with the store kind and version', async () => {
    const res = await api.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), store: 'embedded' });
  });
});

describe('organisations and cases', () => {
  it('lists organisations', async () => {
    const res = await api.call('GET', '/api/orgs');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(['aabenraa', 'klynge-7', 'viborg']);
    expect(res.body.continuation).toBeUndefined();
    expect(res.body.items[0]._etag).toBeUndefined();
  });

  it('filters cases by organisation', async () => {
    const res = await api.call('GET', '/api/cases?org=aabenraa');
    expect(ids(res.body)).toEqual(['aabenraa.kik', 'aabenraa.kik-ii']);
    expect(res.body.items.map((c: { code: string }) => c.code)).toEqual(['KIK', 'KIK II']);
  });

  it('reads one case with its ETag', async () => {
    const res = await api.call('GET', '/api/cases/aabenraa.kik-ii');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'aabenraa.kik-ii', code: 'KIK II', orgId: 'aabenraa' });
    expect(res.headers.etag).toMatch(/^(W\/)?".+"$/);
  });

  it.each(['/api/cases/aabenraa.nope', '/api/cases/nodot', '/api/kpis/viborg.nope'])('404s for %s as problem+json', async (path) => {
    const res = await api.call('GET', path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not found', instance: path.split('?')[0] });
  });
});

describe('KPIs', () => {
  it('filters by organisation and embeds the newest actual figure of the KPI\'s own organisation', async () => {
    const res = await api.call('GET', '/api/kpis?org=viborg');
    expect(ids(res.body)).toEqual(['viborg.unge.fuldtidspersoner']);
    // The cluster's December figure is newer but not Viborg's own; the counterfactual is not an actual.
    expect(res.body.items[0].latest).toMatchObject({ value: 1869, period: '2017-09', kind: 'actual', orgId: 'viborg' });
  });

  it('filters by case', async () => {
    const res = await api.call('GET', '/api/kpis?case=aabenraa.kik-ii');
    expect(ids(res.body)).toEqual(['aabenraa.kik-ii.selvforsoergende']);
    expect(res.body.items[0].latest).toBeUndefined();
  });

  it.each([
    ['selvforsørgende', ['aabenraa.kik-ii.selvforsoergende']],
    ['SELVFORSORGENDE', ['aabenraa.kik-ii.selvforsoergende']],
    ['Selvforsoergende', ['aabenraa.kik-ii.selvforsoergende']],
    ['kontanthjaelp', ['aabenraa.kontanthjaelp']],
    ['folk pa', ['aabenraa.kontanthjaelp']],
    ['cash RECIPIENTS', ['aabenraa.kontanthjaelp']],
    ['public', ['viborg.unge.fuldtidspersoner']],
    ['cash support', []],
  ])('finds %s in names and aliases, in either language', async (q, expected) => {
    const res = await api.call('GET', `/api/kpis?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expected);
  });

  it('combines text with organisation', async () => {
    expect(ids((await api.call('GET', '/api/kpis?org=viborg&q=kontanthj%C3%A6lp')).body)).toEqual([]);
  });

  it('reads a KPI with its figures oldest first and its goals', async () => {
    const res = await api.call('GET', '/api/kpis/viborg.unge.fuldtidspersoner');
    expect(res.status).toBe(200);
    expect(res.body.figures.map((f: { period: string; kind: string }) => `${f.period} ${f.kind}`)).toEqual([
      '2015-01 actual',
      '2017-09 actual',
      '2017-09 counterfactual',
      '2017-12 actual',
    ]);
    expect(res.body.goals.map((g: { id: string }) => g.id)).toEqual(['viborg.unge.faerre']);
  });
});

describe('goals', () => {
  it.each([
    ['', ['aabenraa.kik-ii.selvforsoergende-2019', 'viborg.unge.faerre']],
    ['?org=viborg', ['viborg.unge.faerre']],
    ['?case=aabenraa.kik-ii', ['aabenraa.kik-ii.selvforsoergende-2019']],
    ['?kpi=viborg.unge.fuldtidspersoner', ['viborg.unge.faerre']],
    ['?org=aabenraa&kpi=viborg.unge.fuldtidspersoner', []],
  ])('filters %s', async (query, expected) => {
    expect(ids((await api.call('GET', `/api/goals${query}`)).body)).toEqual(expected);
  });
});

describe('pagination', () => {
  async function walk(path: string, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let continuation: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await api.call('GET', `${path}${sep}limit=${limit}${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`);
      expect(res.status).toBe(200);
      pages.push(ids(res.body));
      continuation = res.body.continuation;
    } while (continuation && pages.length < 10);
    return pages;
  }

  it('walks a store-paged list page by page', async () => {
    expect(await walk('/api/orgs', 2)).toEqual([['aabenraa', 'klynge-7'], ['viborg']]);
  });

  it('walks a text-searched list page by page', async () => {
    expect(await walk('/api/kpis?q=e', 2)).toEqual([
      ['aabenraa.kik-ii.selvforsoergende', 'aabenraa.kontanthjaelp'],
      ['viborg.unge.fuldtidspersoner'],
    ]);
  });

  it.each(['0', '201', 'ten', '1.5'])('refuses limit=%s naming the parameter', async (limit) => {
    const res = await api.call('GET', `/api/cases?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
  });

  it.each(['/api/orgs', '/api/kpis?q=e'])('refuses a continuation token it did not issue on %s', async (path) => {
    const sep = path.includes('?') ? '&' : '?';
    const res = await api.call('GET', `${path}${sep}continuation=bogus`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['continuation']);
  });

  it('refuses a malformed organisation filter', async () => {
    const res = await api.call('GET', '/api/kpis?org=Viborg%20Kommune');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('org');
  });
});
