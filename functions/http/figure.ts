/**
 * GET and PUT /api/kpis/{id}/figures/{figureId}. A PUT replaces the value, source and note of one
 * figure and needs If-Match (428 without it): figures are what managers are told, so a correction must
 * never silently overwrite somebody else's.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { AppError, NotFoundError } from '../domain/errors.js';
import { FigureSchema, SlugSchema, type Figure } from '../domain/model.js';
import { runtime } from '../runtime.js';
import { unstored } from '../store/store.js';
import { FigureUpdateSchema } from './api-schemas.js';
import { actorOf } from './actor.js';
import { replaceAudited } from '../store/audit.js';
import { endpoint } from './endpoint.js';
import { readBody } from './request-body.js';
import { checkIfMatch, item } from './responses.js';
import { callerOfRequest, requirePermission } from '../security/index.js';
import { orgOfPathId } from './ids.js';
import { hiddenCases } from './hidden-cases.js';

async function readFigure(request: HttpRequest) {
  const { id: kpiId, figureId } = request.params;
  const { store } = await runtime();
  // A figure id begins with its KPI's id, so one from another KPI's address is simply not here.
  const found = kpiId && figureId?.startsWith(`${kpiId}~`) ? await store.figures.get(figureId, kpiId) : undefined;
  const kpi = found ? await store.kpis.get(found.kpiId, orgOfPathId(kpiId, 'KPI')) : undefined;
  if (!found || (await hiddenCases(store, callerOfRequest(request)))(kpi?.caseId)) throw new NotFoundError(`KPI "${kpiId}" has no figure "${figureId}".`);
  return { store, found };
}

export async function getFigure(request: HttpRequest): Promise<HttpResponseInit> {
  return item((await readFigure(request)).found);
}

export async function replaceFigure(request: HttpRequest): Promise<HttpResponseInit> {
  const ifMatch = request.headers.get('if-match');
  if (ifMatch === null) {
    throw new AppError(428, 'Precondition required', 'Send the figure\'s ETag in If-Match; read it with GET first.', [
      { field: 'If-Match', message: 'required' },
    ]);
  }
  const change = await readBody(request, FigureUpdateSchema, 'The figure');
  const { store, found } = await readFigure(request);
  requirePermission(callerOfRequest(request), 'figures.write', { orgId: orgOfPathId(request.params.id, 'KPI') });
  checkIfMatch(ifMatch, found);
  const actor = actorOf(request);
  const at = new Date().toISOString();
  const { note: _oldNote, ...kept } = unstored(found) as Figure;
  const next: Figure = { ...kept, ...change, updatedAt: at, updatedBy: actor };
  const updated = await replaceAudited(store, store.figures, found, next, { entityType: 'figure', actor, at });
  return item(updated);
}

app.http('figure', endpoint({
  route: 'kpis/{id}/figures/{figureId}',
  authLevel: 'function',
  params: { id: SlugSchema, figureId: FigureSchema.shape.id },
  operations: {
    GET: {
      handler: getFigure,
      action: 'read',
      summary: 'Read one figure',
      responses: { 200: { description: 'The figure', schema: FigureSchema, headers: { ETag: 'Its version, for If-Match' } } },
      problems: [404],
    },
    PUT: {
      handler: replaceFigure,
      action: 'figures.write',
      summary: "Correct a figure's value, source or note",
      description: 'KPI, organisation, kind and period make up the id and cannot change. A note left out is removed.',
      headers: { 'If-Match': { description: 'The ETag read; required', required: true } },
      body: FigureUpdateSchema,
      responses: { 200: { description: 'The corrected figure', schema: FigureSchema, headers: { ETag: 'Its new version' } } },
      problems: [404, 412, 413, 428],
    },
  },
}));
