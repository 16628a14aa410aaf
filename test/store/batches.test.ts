import { describe, expect, it } from 'vitest';
import { inBatches } from '../../functions/store/batches.js';

describe('inBatches', () => {
  it('writes every item, at most 32 at once', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inBatches(Array.from({ length: 70 }, (_, i) => i), async (i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      done.push(i);
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, i) => i));
    expect(most).toBe(32);
  });

  it('throws the first failure only after the rest of its batch has settled, and starts no later batch', async () => {
    const finished: number[] = [];
    const started: number[] = [];
    const run = inBatches(Array.from({ length: 40 }, (_, i) => i), async (i) => {
      started.push(i);
      if (i === 0) throw new Error('write 0 failed');
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished.push(i);
    });
    await expect(run).rejects.toThrow('write 0 failed');
    expect(finished).toHaveLength(31);
    expect(Math.max(...started)).toBe(31);
  });
});
