/**
 * GET /api/cases/{id} and PATCH /api/cases/{id}. A PATCH is a JSON merge patch (RFC 7396): the fields
 * sent replace the case's, null removes an optional field, and the result must be a valid case. With
 * If-Match it applies only to the version the caller read (412 otherwise).
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { CaseSchema, SlugSchema, type Case } from '../domain/model.js';
import { parseOrThrow } from '../domain/validation.js';
import { runtime } from '../runtime.js';
import { callerOfRequest, canSeeCase, requirePermission, type Caller } from '../security/index.js';
import { unstored } from '../store/store.js';
import { CasePatchSchema } from './api-schemas.js';
import { actorOf } from './actor.js';
import { replaceAudited } from '../store/audit.js';
import { endpoint } from './endpoint.js';
import { orgOfPathId } from './ids.js';
import { requireCase } from './references.js';
import { readJson, refusePersonalData } from './request-body.js';
import { checkIfMatch, item } from './responses.js';

async function readCase(id: string | undefined, caller: Caller | undefined) {
  const org = orgOfPathId(id, 'case');
  const { store } = await runtime();
  const found = await store.cases.get(id!, org);
  // Another organisation's unpublished case is answered exactly like a missing one.
  if (!found || !canSeeCase(caller, found)) throw new NotFoundError(`There is no case "${id}".`);
  return { store, found };
}

export async function getCase(request: HttpRequest): Promise<HttpResponseInit> {
  return item((await readCase(request.params.id, callerOfRequest(request))).found);
}

export async function patchCase(request: HttpRequest): Promise<HttpResponseInit> {
  const patch = await readJson(request);
  refusePersonalData(patch);
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new ValidationError('A case patch is a JSON object of the fields to change.', [{ field: '(body)', message: 'expected an object' }]);
  }
  const caller = callerOfRequest(request);
  const { store, found } = await readCase(request.params.id, caller);
  requirePermission(caller, 'cases.write', found);
  const current = unstored(found) as Case;
  const merged = applyMergePatch(current, patch as Record<string, unknown>);
  const next = parseOrThrow(CaseSchema, merged, 'The case');
  checkIfMatch(request.headers.get('if-match'), found);
  if (next.parentId && next.parentId !== current.parentId) {
    if (next.parentId === next.id) throw new ValidationError('A case cannot be its own parent.', [{ field: 'parentId', message: 'is the case itself' }]);
    await requireCase(store, next.parentId, 'parentId');
  }
  const updated = await replaceAudited(store, store.cases, found, next, { entityType: 'case', actor: actorOf(request), at: new Date().toISOString() });
  return item(updated);
}

/** Field errors for keys a case does not have and for attempts to move it, then the merged object. */
function applyMergePatch(current: Case, patch: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(Object.keys(CaseSchema.shape));
  const errors = Object.keys(patch)
    .filter((key) => !known.has(key))
    .map((field) => ({ field, message: 'is not a field of a case' }));
  for (const key of ['id', 'orgId'] as const) {
    if (key in patch && patch[key] !== current[key]) errors.push({ field: key, message: 'cannot change; create a new case instead' });
  }
  if (errors.length) {
    throw new ValidationError(`The patch is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
  }
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

app.http('case', endpoint({
  route: 'cases/{id}',
  authLevel: 'function',
  params: { id: SlugSchema },
  operations: {
    GET: {
      handler: getCase,
      action: 'read',
      summary: 'Read a case',
      responses: { 200: { description: 'The case', schema: CaseSchema, headers: { ETag: 'Its version, for If-Match' } } },
      problems: [404],
    },
    PATCH: {
      handler: patchCase,
      action: 'cases.write',
      summary: 'Change a case (JSON merge patch)',
      description: 'Fields sent replace the case\'s; null removes an optional field; id and orgId cannot change. The result is validated as a whole case.',
      headers: { 'If-Match': { description: 'The ETag read; the change applies only to that version' } },
      body: CasePatchSchema,
      responses: { 200: { description: 'The changed case', schema: CaseSchema, headers: { ETag: 'Its new version' } } },
      problems: [404, 412, 413],
    },
  },
}));
