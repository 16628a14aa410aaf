/** The proposal operations as the API handlers use them: the runtime's store and reviewers, and a way to Teams. */
import type { HttpRequest } from '@azure/functions';
import { reviewerPolicy, type Person } from '../proposals/reviewers.js';
import type { ProposalContext } from '../proposals/context.js';
import type { Here } from '../proposals/chat/routing.js';
import { appFor } from '../app.js';
import { runtime, type Runtime } from '../runtime.js';
import { actorOf } from './actor.js';
import { callerOfRequest } from '../security/index.js';

export async function proposalContext(): Promise<{ rt: Runtime; ctx: ProposalContext }> {
  const rt = await runtime();
  return { rt, ctx: { store: rt.store, reviewers: reviewerPolicy(rt.config), now: () => new Date().toISOString() } };
}

/** The API caller as a person, with the caller the REST guard admitted (undefined: not through the guard, so no rights). */
export function personOf(request: HttpRequest): Person {
  const caller = callerOfRequest(request);
  return { ...actorOf(request), ...(caller ? { caller } : {}) };
}

/** Teams, reached from an API call: proactive messages only (there is no conversation of our own). */
export function outbound(rt: Runtime, context: { error(...args: unknown[]): void }): Here {
  return {
    lang: 'da',
    messenger: appFor(rt).bot,
    log: (message, error) => context.error(`[proposals] ${message}`, error instanceof Error ? error.message : ''),
  };
}

