/**
 * POST /api/kpis/{id}/figures: add a figure to a KPI. A KPI has one figure per organisation, kind and
 * period (its id says so), so adding one that exists is a 409 that points at the figure; changing it is
 * a PUT to that address with If-Match (figure.ts).
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { NotFoundError } from '../domain/errors.js';
import { FigureSchema, SlugSchema, figureId, type Figure } from '../domain/model.js';
import { runtime } from '../runtime.js';
import { FigureCreateSchema } from './api-schemas.js';
import { actorOf } from './actor.js';
import { createAudited } from '../store/audit.js';
import { endpoint } from './endpoint.js';
import { orgOfPathId } from './ids.js';
import { requireOrganisation } from './references.js';
import { readBody } from './request-body.js';
import { created, location } from './responses.js';
import { callerOfRequest, requirePermission } from '../security/index.js';

export async function createFigure(request: HttpRequest): Promise<HttpResponseInit> {
  const kpiId = request.params.id;
  const org = orgOfPathId(kpiId, 'KPI');
  requirePermission(callerOfRequest(request), 'figures.write', { orgId: org });
  const input = await readBody(request, FigureCreateSchema, 'The figure');
  const { store } = await runtime();
  const kpi = await store.kpis.get(kpiId!, org);
  if (!kpi) throw new NotFoundError(`There is no KPI "${kpiId}".`);
  const orgId = input.orgId ?? kpi.orgId;
  if (input.orgId && input.orgId !== kpi.orgId) await requireOrganisation(store, orgId);
  const actor = actorOf(request);
  const at = new Date().toISOString();
  const figure: Figure = { ...input, kpiId: kpi.id, orgId, id: figureId({ kpiId: kpi.id, orgId, kind: input.kind, period: input.period }), updatedAt: at, updatedBy: actor };
  const address = location('kpis', kpi.id, 'figures', figure.id);
  const duplicate = `The KPI already has a ${figure.kind} figure for ${orgId} and ${figure.period}; change it with PUT ${address} and If-Match.`;
  const stored = await createAudited(store, store.figures, figure, figure.kpiId, { entityType: 'figure', actor, at }, duplicate);
  return created(stored, address);
}

app.http('kpiFigures', endpoint({
  route: 'kpis/{id}/figures',
  authLevel: 'function',
  params: { id: SlugSchema },
  operations: {
    POST: {
      handler: createFigure,
      action: 'figures.write',
      summary: 'Add a figure to a KPI',
      description: "orgId defaults to the KPI's organisation. One figure per KPI, organisation, kind and period: a second is a 409; change the first with PUT on its Location.",
      body: FigureCreateSchema,
      responses: { 201: { description: 'Created', schema: FigureSchema, headers: { Location: 'The figure', ETag: 'Its version' } } },
      problems: [404, 409, 413],
    },
  },
}));
