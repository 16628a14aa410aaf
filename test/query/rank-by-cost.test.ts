/** "Which proposal has the largest investment?" ranks cases by an amount of money, never by a measure in another unit that names the word. */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const engine = seededEngine('herning');

describe('ranking cases by a cost', () => {
  it('reads the cost word as money', () => {
    expect(engine.frame('Which proposal has the largest investment?').contrasts).toContain('money:cost');
  });

  it.each(['Which proposal has the largest investment?', 'Hvilket forslag har den største investering?', 'Hvilket forslag har den største investering i 2017?'])('%s is not answered in years', async (q) => {
    const a = await engine.ask(q);
    expect(a.text).not.toMatch(/0[.,]5 (years|år)/);
    for (const f of a.figures ?? []) expect(['dkk']).toContain(f.unit);
  });
});
