/** GET /api/proposals/{id}: one proposal with its decisions. */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { NotFoundError } from '../domain/errors.js';
import { ProposalSchema } from '../domain/model.js';
import { readProposal } from '../proposals/context.js';
import { endpoint } from './endpoint.js';
import { proposalContext } from './proposal-service.js';
import { item } from './responses.js';

export async function getProposal(request: HttpRequest): Promise<HttpResponseInit> {
  const id = request.params.id ?? '';
  const { ctx } = await proposalContext();
  const found = await readProposal(ctx, id);
  if (!found) throw new NotFoundError(`There is no proposal "${id}".`);
  return item(found);
}

app.http('proposal', endpoint({
  route: 'proposals/{id}',
  authLevel: 'function',
  operations: {
    GET: {
      handler: getProposal,
      action: 'read',
      summary: 'Read a proposal',
      responses: { 200: { description: 'The proposal', schema: ProposalSchema, headers: { ETag: 'Its version, for If-Match on a decision' } } },
      problems: [404],
    },
  },
}));
