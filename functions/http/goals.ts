/** GET /api/goals: goals by organisation, case and KPI. */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { GoalSchema } from '../domain/model.js';
import { runtime } from '../runtime.js';
import { GoalsQuerySchema } from './api-schemas.js';
import { endpoint } from './endpoint.js';
import { hiddenCases } from './hidden-cases.js';
import { callerOfRequest } from '../security/index.js';
import { pageSchema } from './paging.js';
import { items, ok } from './responses.js';
import { readQuery } from './search-params.js';

export async function listGoals(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, GoalsQuerySchema);
  const { store } = await runtime();
  const where = { ...(query.case ? { caseId: query.case } : {}), ...(query.kpi ? { kpiId: query.kpi } : {}) };
  const page = await store.goals.find({
    ...(query.org ? { partitionKey: query.org } : {}),
    ...(Object.keys(where).length ? { where } : {}),
    limit: query.limit,
    continuation: query.continuation,
  });
  const hidden = await hiddenCases(store, callerOfRequest(request));
  return ok(items({ ...page, items: page.items.filter((g) => !hidden(g.caseId)) }));
}

app.http('goals', endpoint({
  route: 'goals',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listGoals,
      action: 'read',
      summary: 'List goals',
      query: GoalsQuerySchema,
      responses: { 200: { description: 'A page of goals, by id', schema: pageSchema(GoalSchema) } },
    },
  },
}));
