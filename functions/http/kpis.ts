/**
 * GET /api/kpis (by organisation, case and text) and POST /api/kpis. Each KPI in a list carries its
 * newest actual figure. Text search runs over the filtered KPIs in memory: a municipality has hundreds,
 * not millions, and names with Danish letters need folding the store cannot do.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { KpiSchema, type Kpi } from '../domain/model.js';
import { runtime } from '../runtime.js';
import type { FindQuery, Page, Stored } from '../store/store.js';
import { unstored } from '../store/store.js';
import { KpiListItemSchema, KpisQuerySchema } from './api-schemas.js';
import { actorOf } from './actor.js';
import { createAudited } from '../store/audit.js';
import { endpoint } from './endpoint.js';
import { hiddenCases } from './hidden-cases.js';
import { requireOrgPrefix } from './ids.js';
import { latestActual } from './latest-figure.js';
import { pageOf, pageSchema } from './paging.js';
import { requireCase, requireOrganisation } from './references.js';
import { readBody } from './request-body.js';
import { created, location, ok } from './responses.js';
import { readQuery } from './search-params.js';
import { matchesAllWords } from './text-match.js';
import { callerOfRequest, requirePermission } from '../security/index.js';

export async function listKpis(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, KpisQuerySchema);
  const { store } = await runtime();
  const filter: Omit<FindQuery<Kpi>, 'limit' | 'continuation'> = {
    ...(query.org ? { partitionKey: query.org } : {}),
    ...(query.case ? { where: { caseId: query.case } } : {}),
  };
  const hidden = await hiddenCases(store, callerOfRequest(request));
  let page: Page<Stored<Kpi>>;
  if (query.q) {
    const text = query.q;
    const all = await store.kpis.findAll(filter);
    page = pageOf(all.filter((k) => !hidden(k.caseId) && matchesAllWords(text, [k.name.da, k.name.en, ...k.aliases])), query.limit, query.continuation);
  } else {
    // A KPI of a case the caller may not see is left out (a page may then hold fewer than `limit`).
    const found = await store.kpis.find({ ...filter, limit: query.limit, continuation: query.continuation });
    page = { ...found, items: found.items.filter((k) => !hidden(k.caseId)) };
  }
  const withLatest = await Promise.all(
    page.items.map(async (stored) => {
      const kpi = unstored(stored);
      const latest = await latestActual(store, kpi);
      return latest ? { ...kpi, latest } : kpi;
    }),
  );
  return ok({ items: withLatest, ...(page.continuation ? { continuation: page.continuation } : {}) });
}

export async function createKpi(request: HttpRequest): Promise<HttpResponseInit> {
  const input = await readBody(request, KpiSchema, 'The KPI');
  requireOrgPrefix(input);
  requirePermission(callerOfRequest(request), 'figures.write', { orgId: input.orgId });
  const { store } = await runtime();
  await requireOrganisation(store, input.orgId);
  if (input.caseId) await requireCase(store, input.caseId, 'caseId');
  const stored = await createAudited(store, store.kpis, input, input.orgId, { entityType: 'kpi', actor: actorOf(request), at: new Date().toISOString() }, `A KPI with id "${input.id}" already exists.`);
  return created(stored, location('kpis', input.id));
}

app.http('kpis', endpoint({
  route: 'kpis',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listKpis,
      action: 'read',
      summary: 'List KPIs, each with its newest actual figure',
      query: KpisQuerySchema,
      responses: { 200: { description: 'A page of KPIs, by id', schema: pageSchema(KpiListItemSchema) } },
    },
    POST: {
      handler: createKpi,
      action: 'figures.write',
      summary: 'Create a KPI',
      description: 'The id must begin with the organisation\'s slug and a dot; the organisation and any case must exist.',
      body: KpiSchema,
      responses: { 201: { description: 'Created', schema: KpiSchema, headers: { Location: 'The new KPI', ETag: 'Its version' } } },
      problems: [409, 413],
    },
  },
}));
