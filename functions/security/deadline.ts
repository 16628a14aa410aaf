/**
 * A bound on waiting for somebody else: every outbound call (a reply to Teams, a proactive message, the
 * token-signing keys) is given a deadline from config, so a peer that never answers costs a turn at most
 * that long instead of holding it — and whatever waits on it — forever.
 */
import { AppError } from '../domain/errors.js';

/** 503: something Målbot depends on is not available now; Retry-After tells the caller when to try again. */
export class ServiceUnavailableError extends AppError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, 'Service Unavailable', detail);
  }
}

/** The peer did not answer in time. `what` names the peer. */
export class DeadlineError extends ServiceUnavailableError {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms; try again shortly.`, 30);
  }
}

/** `work`, or a DeadlineError after `ms`. The work itself is not cancelled (botbuilder offers no signal); only the wait ends. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(what, ms)), ms);
    timer.unref();
  });
  // A late failure of the abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * `work` waited for at most `ms`, then `otherwise`: for messages a write sends to other conversations, so
 * one that does not respond cannot hold up the write's answer. The work goes on unwaited; its failure,
 * early or late, is logged and never thrown.
 */
export function waitAtMost<T>(work: Promise<T>, ms: number, otherwise: T, log: (message: string, error?: unknown) => void, what: string): Promise<T> {
  const settled = work.catch((error: unknown) => {
    log(`${what} failed`, error);
    return otherwise;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      log(`${what} took longer than ${ms} ms; answered without waiting for it`);
      resolve(otherwise);
    }, ms);
    timer.unref();
  });
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

/** How long a write waits for the messages it sends to others: half a turn, so the turn's own answer still fits. */
export function notifyWaitMs(config: { bot: { turnTimeoutMs: number } }): number {
  return Math.floor(config.bot.turnTimeoutMs / 2);
}
