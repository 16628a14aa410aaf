/**
 * POST /api/proposals/{id}/decision: approve, reject (comment = the reason, required) or request changes
 * (comment required). Two decisions at once: one is recorded, the other gets 409 naming who decided and
 * when. With If-Match the decision applies only to the version the caller read (412 otherwise).
 */
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { ProposalSchema } from '../domain/model.js';
import { DecisionInputSchema } from '../domain/proposals/index.js';
import { notifySubmitter, updateReviewCards } from '../proposals/chat/routing.js';
import { decideProposal } from '../proposals/decide.js';
import { notifyWaitMs, waitAtMost } from '../security/deadline.js';
import { endpoint } from './endpoint.js';
import { outbound, personOf, proposalContext } from './proposal-service.js';
import { readBody } from './request-body.js';
import { item } from './responses.js';

export async function decideOnProposal(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const input = await readBody(request, DecisionInputSchema, 'The decision');
  const id = request.params.id ?? '';
  const { rt, ctx } = await proposalContext();
  // If-Match is the decision's own write condition (one conditional replace), not a separate read.
  const ifMatch = request.headers.get('if-match') ?? undefined;
  const outcome = await decideProposal(ctx, id, input, { person: personOf(request), lang: 'en', ...(ifMatch ? { ifMatch } : {}) });
  switch (outcome.kind) {
    case 'invalid':
      throw new ValidationError(`The decision is invalid: ${outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, outcome.errors);
    case 'not-found':
      throw new NotFoundError(`There is no proposal "${id}".`);
    case 'not-permitted':
      throw new ForbiddenError('Only reviewers may decide on proposals.');
    case 'already-decided': {
      const d = outcome.decision;
      throw new ConflictError(
        d ? `The proposal is already decided (${d.decision}) by ${d.by.name ?? d.by.id} at ${d.at}.` : `The proposal is ${outcome.proposal.status}; it cannot be decided now.`,
      );
    }
    case 'decided': {
      // Teams is told at once but waited for a bounded time: a conversation that does not respond must not hold up the decision.
      const here = outbound(rt, context);
      const wait = notifyWaitMs(rt.config);
      await Promise.all([
        waitAtMost(updateReviewCards(ctx, outcome.proposal, here), wait, 0, here.log, 'Updating the review cards'),
        waitAtMost(notifySubmitter(ctx.store, outcome.proposal, here), wait, [], here.log, 'Notifying the submitter'),
      ]);
      return item(outcome.proposal);
    }
  }
}

app.http('proposal-decision', endpoint({
  route: 'proposals/{id}/decision',
  authLevel: 'function',
  operations: {
    POST: {
      handler: decideOnProposal,
      action: 'proposals.decide',
      summary: 'Decide on a proposal',
      description: 'An approved priority proposal becomes a case with its economy as budget figures and, when it states a number, its success criterion as a goal. The submitter is told in Teams.',
      headers: { 'If-Match': { description: 'The ETag read; the decision applies only to that version' } },
      body: DecisionInputSchema,
      responses: { 200: { description: 'The decided proposal', schema: ProposalSchema, headers: { ETag: 'Its new version' } } },
      problems: [403, 404, 409, 412, 413],
    },
  },
}));
