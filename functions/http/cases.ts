/** GET /api/cases (by organisation) and POST /api/cases. */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { CaseSchema } from '../domain/model.js';
import { runtime } from '../runtime.js';
import { callerOfRequest, canSeeCase, requirePermission } from '../security/index.js';
import { CasesQuerySchema } from './api-schemas.js';
import { actorOf } from './actor.js';
import { createAudited } from '../store/audit.js';
import { endpoint } from './endpoint.js';
import { requireOrgPrefix } from './ids.js';
import { pageSchema } from './paging.js';
import { requireCase, requireOrganisation } from './references.js';
import { readBody } from './request-body.js';
import { created, items, location, ok } from './responses.js';
import { readQuery } from './search-params.js';

export async function listCases(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, CasesQuerySchema);
  const { store } = await runtime();
  const page = await store.cases.find({
    ...(query.org ? { partitionKey: query.org } : {}),
    limit: query.limit,
    continuation: query.continuation,
  });
  // Other organisations' unpublished cases are left out (a page may then hold fewer than `limit`).
  const caller = callerOfRequest(request);
  return ok(items({ ...page, items: page.items.filter((c) => canSeeCase(caller, c)) }));
}

export async function createCase(request: HttpRequest): Promise<HttpResponseInit> {
  const input = await readBody(request, CaseSchema, 'The case');
  requireOrgPrefix(input);
  requirePermission(callerOfRequest(request), 'cases.write', input);
  const { store } = await runtime();
  await requireOrganisation(store, input.orgId);
  if (input.parentId) await requireCase(store, input.parentId, 'parentId');
  const stored = await createAudited(store, store.cases, input, input.orgId, { entityType: 'case', actor: actorOf(request), at: new Date().toISOString() }, `A case with id "${input.id}" already exists.`);
  return created(stored, location('cases', input.id));
}

app.http('cases', endpoint({
  route: 'cases',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listCases,
      action: 'read',
      summary: 'List cases',
      query: CasesQuerySchema,
      responses: { 200: { description: 'A page of cases, by id', schema: pageSchema(CaseSchema) } },
    },
    POST: {
      handler: createCase,
      action: 'cases.write',
      summary: 'Create a case',
      description: 'The id must begin with the organisation\'s slug and a dot ("aabenraa.kik-iii"); the organisation and any parent case must exist.',
      body: CaseSchema,
      responses: {
        201: { description: 'Created', schema: CaseSchema, headers: { Location: 'The new case', ETag: 'Its version' } },
      },
      problems: [409, 413],
    },
  },
}));
