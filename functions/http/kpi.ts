/** GET /api/kpis/{id}: the KPI with all its figures, oldest period first, and its goals. */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { NotFoundError } from '../domain/errors.js';
import type { Figure } from '../domain/model.js';
import { SlugSchema } from '../domain/model.js';
import { comparePeriods } from '../domain/period.js';
import { runtime } from '../runtime.js';
import { unstored } from '../store/store.js';
import { KpiDetailSchema } from './api-schemas.js';
import { endpoint } from './endpoint.js';
import { hiddenCases } from './hidden-cases.js';
import { callerOfRequest } from '../security/index.js';
import { orgOfPathId } from './ids.js';
import { ok } from './responses.js';

export async function getKpi(request: HttpRequest): Promise<HttpResponseInit> {
  const id = request.params.id;
  const org = orgOfPathId(id, 'KPI');
  const { store } = await runtime();
  const kpi = await store.kpis.get(id!, org);
  if (!kpi || (await hiddenCases(store, callerOfRequest(request)))(kpi.caseId)) throw new NotFoundError(`There is no KPI "${id}".`);
  const [figures, goals] = await Promise.all([
    store.figures.findAll({ partitionKey: kpi.id }),
    // Not restricted to the KPI's partition: a goal may belong to another organisation than its measure.
    store.goals.findAll({ where: { kpiId: kpi.id } }),
  ]);
  return ok({
    ...unstored(kpi),
    figures: figures.map((f) => unstored(f)).sort(byPeriodThenKind),
    goals: goals.map((g) => unstored(g)),
  });
}

function byPeriodThenKind(a: Figure, b: Figure): number {
  return comparePeriods(a.period, b.period) || a.kind.localeCompare(b.kind) || a.orgId.localeCompare(b.orgId);
}

app.http('kpi', endpoint({
  route: 'kpis/{id}',
  authLevel: 'function',
  params: { id: SlugSchema },
  operations: {
    GET: {
      handler: getKpi,
      action: 'read',
      summary: 'Read a KPI with its figures and goals',
      responses: { 200: { description: 'The KPI, its figures (oldest period first) and its goals', schema: KpiDetailSchema } },
      problems: [404],
    },
  },
}));
