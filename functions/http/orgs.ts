/** GET /api/orgs: the organisations — municipalities and the comparison groups (cluster, national). */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { OrganisationSchema } from '../domain/model.js';
import { runtime } from '../runtime.js';
import { endpoint } from './endpoint.js';
import { pageSchema } from './paging.js';
import { items, ok } from './responses.js';
import { PageQuerySchema, readQuery } from './search-params.js';

export async function listOrganisations(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, PageQuerySchema);
  const { store } = await runtime();
  return ok(items(await store.organisations.find({ limit: query.limit, continuation: query.continuation })));
}

app.http('orgs', endpoint({
  route: 'orgs',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listOrganisations,
      action: 'read',
      summary: 'List organisations',
      query: PageQuerySchema,
      responses: { 200: { description: 'A page of organisations, by id', schema: pageSchema(OrganisationSchema) } },
    },
  },
}));
