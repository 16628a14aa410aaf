/**
 * Teams' limits for proactive messages, as token buckets: at most 50 requests a second per app per tenant
 * and 7 a second per conversation. The rates default to a little under the limits because the buckets
 * measure when a request leaves, and the service counts when it arrives; network jitter can bunch a few.
 */
import type { Clock } from './clock.js';
import { TokenBucket } from './token-bucket.js';

export interface ThrottleLimits {
  perTenantPerSecond: number;
  perConversationPerSecond: number;
  /** The share of each limit actually used. */
  headroom: number;
}

export const TEAMS_LIMITS: ThrottleLimits = { perTenantPerSecond: 50, perConversationPerSecond: 7, headroom: 0.95 };

export class Throttle {
  private readonly tenants = new Map<string, TokenBucket>();
  private readonly conversations = new Map<string, TokenBucket>();
  private readonly windows = new Map<string, SlidingWindow>();

  constructor(
    private readonly clock: Clock,
    readonly limits: ThrottleLimits = TEAMS_LIMITS,
  ) {}

  /** Waits until a request to this conversation is within both limits. */
  async acquire(tenantId: string, conversationId: string): Promise<void> {
    // The conversation first: a tenant token claimed while waiting on a busy conversation would be wasted.
    await this.conversation(conversationId).take();
    await this.tenant(tenantId).take();
    // The buckets pace; this gate checks both windows and records the request in the same tick, so the
    // count holds at the moment of sending even when queues in front of it bunched requests up.
    const windows = [this.window(`conversation:${conversationId}`, this.limits.perConversationPerSecond), this.window(`tenant:${tenantId}`, this.limits.perTenantPerSecond)];
    for (;;) {
      const wait = Math.max(...windows.map((w) => w.wait()));
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    for (const w of windows) w.record();
  }

  /** A 429 for this conversation: nothing more to it until Retry-After has passed. */
  backOff(conversationId: string, retryAfterMs: number): void {
    this.conversation(conversationId).pauseUntil(this.clock.now() + retryAfterMs);
  }

  /** Whole requests per second: bucket and window agree, so nothing the bucket lets through waits at the window. */
  private allowed(perSecond: number): number {
    return Math.max(1, Math.floor(perSecond * this.limits.headroom));
  }

  private window(id: string, perSecond: number): SlidingWindow {
    let w = this.windows.get(id);
    if (!w) {
      w = new SlidingWindow(this.allowed(perSecond), 1000, this.clock);
      this.windows.set(id, w);
    }
    return w;
  }

  private tenant(id: string): TokenBucket {
    let b = this.tenants.get(id);
    if (!b) {
      // Capacity 1: no burst at the start of a run, so a sliding one-second window never sees more than the rate.
      b = new TokenBucket(this.allowed(this.limits.perTenantPerSecond), 1, this.clock);
      this.tenants.set(id, b);
    }
    return b;
  }

  private conversation(id: string): TokenBucket {
    let b = this.conversations.get(id);
    if (!b) {
      b = new TokenBucket(this.allowed(this.limits.perConversationPerSecond), 1, this.clock);
      this.conversations.set(id, b);
    }
    return b;
  }
}

/**
 * The bucket paces requests; this guard holds the count over any one-second window at the limit even when
 * a busy event loop wakes several paced requests late and at once, which a bucket alone would let through.
 */
export class SlidingWindow {
  private readonly sent: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  /** Milliseconds until one more request fits in the window (0: now). */
  wait(): number {
    const now = this.clock.now();
    // Trimming and waiting use the same expression, so rounding can never call a full window open.
    while (this.sent.length && this.sent[0]! + this.windowMs <= now) this.sent.shift();
    if (this.sent.length < this.limit) return 0;
    // Whole milliseconds, at least one: timers are no finer, and a wait never rounds to nothing.
    return Math.max(1, Math.ceil(this.sent[0]! + this.windowMs - now));
  }

  record(): void {
    this.sent.push(this.clock.now());
  }

  async admit(): Promise<void> {
    for (let wait = this.wait(); wait > 0; wait = this.wait()) await this.clock.sleep(wait);
    this.record();
  }
}
