/**
 * GET /api/audit: who changed what. `?entity=` lists one entity's entries (a figure, case, goal,
 * proposal … by id) oldest first, paged by the store. `?kpi=` lists a KPI's own entries and those of
 * all its figures, newest first — the chat's "who changed …".
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { AuditEntrySchema, SlugSchema, type AuditEntry } from '../domain/model.js';
import { entityHistory, kpiHistory } from '../figures/history.js';
import { callerOfRequest } from '../security/index.js';
import { caseOfAuditEntry, hiddenCases } from './hidden-cases.js';
import { runtime } from '../runtime.js';
import { endpoint } from './endpoint.js';
import { pageOf, pageSchema } from './paging.js';
import { items, ok } from './responses.js';
import { PageQuerySchema, readQuery } from './search-params.js';

const AuditQuerySchema = PageQuerySchema.extend({
  entity: z.string().min(1).max(300).optional().describe('The id of a figure, case, KPI, goal or proposal: its entries, oldest first'),
  kpi: SlugSchema.optional().describe('A KPI id: changes to the KPI and to every figure of it, newest first'),
});

export async function listAudit(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, AuditQuerySchema);
  if (!query.entity === !query.kpi) {
    throw new ValidationError('Give exactly one of entity or kpi.', [{ field: query.entity ? 'kpi' : 'entity', message: query.entity ? 'give entity or kpi, not both' : 'required' }]);
  }
  const { store } = await runtime();
  const hidden = await hiddenCases(store, callerOfRequest(request));
  // The history of something in a case the caller may not see is empty, as for something that never existed.
  const visible = async (entries: readonly AuditEntry[]) => {
    // One entity's entries all belong to one case; the first and the last say which, even if it was set later.
    for (const entry of new Set([entries[0], entries.at(-1)])) if (entry && hidden(await caseOfAuditEntry(store, entry))) return false;
    return true;
  };
  if (query.entity) {
    const page = await entityHistory(store, query.entity, { limit: query.limit, ...(query.continuation ? { continuation: query.continuation } : {}) });
    return ok(items((await visible(page.items)) ? page : { items: [] }));
  }
  const history = await kpiHistory(store, query.kpi!);
  const kpi = await store.kpis.get(query.kpi!, query.kpi!.slice(0, query.kpi!.indexOf('.')));
  return ok(pageOf(hidden(kpi?.caseId) ? [] : history, query.limit, query.continuation));
}

app.http('audit', endpoint({
  route: 'audit',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listAudit,
      action: 'read',
      summary: 'Who changed what, when: audit entries with the item before and after',
      query: AuditQuerySchema,
      responses: { 200: { description: 'A page of audit entries', schema: pageSchema(AuditEntrySchema) } },
    },
  },
}));
