/** A clock that only moves when told: sleeps resolve when advance() passes their wake-up time. */
import type { Clock } from '../../../functions/digest/clock.js';

export class FakeClock implements Clock {
  private t = 0;
  private sleepers: { at: number; wake: () => void }[] = [];

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((wake) => this.sleepers.push({ at: this.t + ms, wake }));
  }

  /** How many sleeps are waiting: zero while the code under test is busy with something other than time. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Moves time forward step by step, waking sleepers in order and letting their continuations run. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await flush();
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0];
      if (!next || next.at > end) break;
      this.sleepers.shift();
      this.t = Math.max(this.t, next.at);
      next.wake();
    }
    this.t = end;
    await flush();
  }
}

/** Lets every pending continuation run (a macrotask turn drains the microtask queue) before time moves on. */
function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
