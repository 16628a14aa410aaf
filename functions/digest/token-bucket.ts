/**
 * A token bucket that hands out reservations: each take() claims the next token, even one that will only
 * exist in the future, and sleeps until then. Callers queue in arrival order and nobody polls or sleeps a
 * fixed interval between sends; over any window of T seconds at most `capacity + rate × T` tokens are
 * granted.
 */
import type { Clock } from './clock.js';

export class TokenBucket {
  private tokens: number;
  /** Tokens have accrued up to this instant; in the future while paused. */
  private last: number;
  private pausedUntil = 0;

  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number,
    private readonly clock: Clock,
  ) {
    if (!(ratePerSecond > 0) || !(capacity >= 1)) throw new RangeError('a token bucket needs a positive rate and a capacity of at least 1');
    this.tokens = capacity;
    this.last = clock.now();
  }

  /** Claims a token and returns how many milliseconds to wait before using it. */
  reserve(): number {
    const now = this.settle();
    this.tokens -= 1;
    return this.last - now + (this.tokens < 0 ? (-this.tokens * 1000) / this.ratePerSecond : 0);
  }

  async take(): Promise<void> {
    await this.clock.sleep(this.reserve());
    // A pause that began while this caller slept (a Retry-After) still applies to it.
    while (this.clock.now() < this.pausedUntil) await this.clock.sleep(this.reserve());
  }

  /** Grants nothing before `until` (epoch ms), and no saved-up burst right after it: what Retry-After asks for. */
  pauseUntil(until: number): void {
    this.settle();
    if (until <= this.last) return;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.tokens = Math.min(this.tokens, 0);
    this.last = until;
  }

  private settle(): number {
    const now = this.clock.now();
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
      this.last = now;
    }
    return now;
  }
}
