/**
 * A refusal or failure from the channel side (Teams' Bot Connector, the Bot Framework token check) in the
 * project's own terms: the HTTP status when there was one, and how long the channel asked us to wait.
 * bot/adapter/ maps its SDK's errors to this, so nothing else depends on how an SDK shapes them.
 */
export class ChannelError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined for a network failure. */
    readonly status?: number,
    /** From a Retry-After header, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
