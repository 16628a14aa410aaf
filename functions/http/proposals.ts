/**
 * GET /api/proposals (filtered by organisation, status and kind) and POST /api/proposals. A POST is
 * validated like a card submit (Danish numbers accepted, CPR numbers refused) and is idempotent by its
 * Idempotency-Key header: the same key from the same caller returns the proposal it created first.
 */
import { randomUUID } from 'node:crypto';
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { ProposalSchema, ProposalStatusSchema, SlugSchema } from '../domain/model.js';
import { ProposalDraftSchema, submissionKey } from '../domain/proposals/index.js';
import { postForReview } from '../proposals/chat/routing.js';
import { submitProposal } from '../proposals/submit.js';
import { endpoint } from './endpoint.js';
import { pageSchema } from './paging.js';
import { outbound, personOf, proposalContext } from './proposal-service.js';
import { readJson, refusePersonalData } from './request-body.js';
import { created, items, location, ok, etagHeader } from './responses.js';
import { PageQuerySchema, readQuery } from './search-params.js';
import { unstored } from '../store/store.js';

export const ProposalsQuerySchema = PageQuerySchema.extend({
  org: SlugSchema.optional().describe('Only proposals of this organisation (slug, e.g. "herning")'),
  status: ProposalStatusSchema.optional().describe('Only proposals with this status'),
  kind: z.enum(['quick-win', 'priority']).optional().describe('Only quick wins or only priority proposals'),
});

export async function listProposals(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, ProposalsQuerySchema);
  const { ctx } = await proposalContext();
  const where = { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) };
  const page = await ctx.store.proposals.find({
    ...(query.org ? { partitionKey: query.org } : {}),
    ...(Object.keys(where).length ? { where } : {}),
    limit: query.limit,
    continuation: query.continuation,
  });
  return ok(items(page));
}

export async function createProposal(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const raw = await readJson(request);
  refusePersonalData(raw);
  const key = request.headers.get('idempotency-key');
  if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationError('Idempotency-Key must be 1 to 200 visible ASCII characters.', [{ field: 'Idempotency-Key', message: 'invalid' }]);
  }
  const { rt, ctx } = await proposalContext();
  const person = personOf(request);
  const outcome = await submitProposal(ctx, raw, { person, lang: 'en', idempotencyKey: submissionKey(key ?? randomUUID(), person.id) });
  if (outcome.kind === 'invalid') {
    throw new ValidationError(`The proposal is invalid: ${outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, outcome.errors);
  }
  if (outcome.kind === 'duplicate') {
    return ok(unstored(outcome.proposal), { etag: etagHeader(outcome.proposal._etag), location: location('proposals', outcome.proposal.id) });
  }
  // The reviewers hear about it after the answer: a Teams conversation that does not answer must not hold up
  // the submit (each send has BOT_SEND_TIMEOUT_MS). The proposal moves to in-review once it is posted.
  void postForReview(ctx, rt.config, outcome.proposal, outbound(rt, context)).catch((error: unknown) => context.error('Posting a proposal for review failed', error));
  return created(outcome.proposal, location('proposals', outcome.proposal.id));
}

app.http('proposals', endpoint({
  route: 'proposals',
  authLevel: 'function',
  operations: {
    GET: {
      handler: listProposals,
      action: 'read',
      summary: 'List proposals',
      query: ProposalsQuerySchema,
      responses: { 200: { description: 'A page of proposals, by id', schema: pageSchema(ProposalSchema) } },
    },
    POST: {
      handler: createProposal,
      action: 'proposals.submit',
      summary: 'Submit a quick win or a priority proposal',
      description:
        'Numbers may be JSON numbers or Danish text ("1.600", "0,61", "-281"); economy amounts are in 1.000 kr. A priority proposal without a number gets the next of its unit ("BIC 08" after "BIC 07"). Text with a CPR number is refused. With Idempotency-Key, a repeated request returns the proposal the first one created (200) instead of creating another.',
      headers: { 'Idempotency-Key': { description: 'Any string up to 200 characters; the same key from the same caller is the same submit' } },
      body: ProposalDraftSchema,
      responses: {
        201: { description: 'Created', schema: ProposalSchema, headers: { Location: 'The new proposal', ETag: 'Its version' } },
        200: { description: 'The proposal an earlier request with the same Idempotency-Key created', schema: ProposalSchema, headers: { Location: 'The proposal', ETag: 'Its version' } },
      },
      problems: [413],
    },
  },
}));
