/**
 * What a crash or a failed write left for the next start to finish, run once as the app starts (the
 * Functions host's appStart hook, registered in index.ts; the local host runs the same hook once its store
 * is open): audit entries still pending, written before a change that may or may not have happened
 * (store/audit.ts), and proposals whose write still owes its audit entry or case (proposals/pending.ts).
 * It runs before the first request rather than when the first chat turn happens to build the bot, so an
 * API-only instance finishes it too.
 */
import { finishPendingProposals, reviewerPolicy } from './proposals/index.js';
import type { Runtime } from './runtime.js';
import { settleAuditEntries, type SettledAudit } from './store/audit.js';

export interface LeftoverWork {
  /** Pending audit entries completed (their change had happened) and marked aborted (it had not). */
  audit: SettledAudit;
  /** Proposals whose owed work was done. */
  proposals: number;
}

export async function finishLeftoverWork({ config, store }: Runtime): Promise<LeftoverWork> {
  const audit = await settleAuditEntries(store);
  const proposals = await finishPendingProposals({ store, reviewers: reviewerPolicy(config), now: () => new Date().toISOString() });
  return { audit, proposals };
}
