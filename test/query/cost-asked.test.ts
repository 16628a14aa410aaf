/**
 * A cost asked ("driftsudgiften", "what does it cost") is an amount: the nearest measure in another unit does not
 * answer it. Herning's UE 05 form (002) leaves its operating-cost row blank and writes 0 full-year positions, so a
 * question about its operating cost must be refused, not answered "0 årsværk"; asked in årsværk, the 0 answers.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine('herning');

describe('a cost asked', () => {
  it('is not answered by staff in full-year positions, and the refusal offers that measure', async () => {
    const a = await ask('Hvad er driftsudgiften for UE 05 (effektive virksomhedspraktikker) i 2018?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('intet beløb i kroner');
    expect(a.alternatives[0]?.label).toContain('årsværk');
  });
  it('asked in full-year positions, the same figure answers', async () => {
    const a = await ask('Hvor mange årsværk ændres personaleforbruget med i UE 05 i 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ue-05.aarsvaerk', value: 0 });
  });
  it('a cost the store holds in kroner still answers', async () => {
    const a = await ask('Hvad er driftsudgiften for UE 09b i 2017?');
    expect(a.figures[0]?.kpi).toBe('herning.ue-09b.driftsudgifter');
  });
});
