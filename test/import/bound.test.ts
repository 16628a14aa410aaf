/** A figure the source gives as a bound ("+7.500": at least 7.500) keeps its bound through a file import. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../functions/store/store.js';
import { KIK, run, seededStore } from './support.js';

let s: { store: Store; dispose: () => Promise<void> };
beforeAll(async () => (s = await seededStore()));
afterAll(() => s.dispose());

describe('the bound column', () => {
  it('reads "mindst" and "at most" in either language, and an empty cell as an exact value', async () => {
    const { plan, written } = await run(s.store, [
      'kpi;kind;period;value;grænse',
      `${KIK}.borgere;actual;2019-02;1200;mindst`,
      `${KIK}.borgere;actual;2019-03;1300;at most`,
      `${KIK}.borgere;actual;2019-04;1250;`,
    ].join('\n'));
    expect(plan.rejected).toEqual([]);
    expect(written).toBe(true);
    const figures = await s.store.figures.findAll({ partitionKey: `${KIK}.borgere` });
    const bound = (period: string) => figures.find((f) => f.period === period)?.bound;
    expect([bound('2019-02'), bound('2019-03'), bound('2019-04')]).toEqual(['atLeast', 'atMost', undefined]);
  });

  it('refuses a word it does not know, naming it', async () => {
    const { plan } = await run(s.store, ['kpi;kind;period;value;bound', `${KIK}.borgere;actual;2019-05;1200;cirka`].join('\n'), { dryRun: true });
    expect(plan.rejected).toEqual([expect.objectContaining({ reason: expect.stringContaining('unknown bound "cirka"') })]);
  });
});
