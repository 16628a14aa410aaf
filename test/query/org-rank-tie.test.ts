/**
 * "Hvilken kommune har den højeste …" when two municipalities share the top value: naming one would be a coin
 * toss, so the answer names both and picks neither (as a ranking of cases does); the other end still answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../functions/query/index.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seed-store.js';

let store: Store;
beforeAll(async () => {
  store = await seededStore();
  // Skanderborg's 2012 activation rate raised to Hedensted's 42 %: a tie at the top.
  const [figure] = (await store.figures.findAll({ where: { kpiId: 'skanderborg.udsatte.aktiveringsgrad-match-2-og-3' } })).filter((x) => x.period === '2012' && x.orgId === 'skanderborg');
  if (!figure) throw new Error('seed changed: no Skanderborg activation rate for 2012');
  const { _etag, ...plain } = figure as typeof figure & { _etag?: string };
  await store.figures.upsert({ ...plain, value: 42 });
}, 60_000);
const ask = (q: string) => answerQuestion(store, { q }, { homeOrg: 'aabenraa' });

describe('a tie at the top of an organisation ranking', () => {
  it('names both and gives no figure as the winner', async () => {
    const a = await ask('Hvilken kommune har den højeste aktiveringsgrad for matchgruppe 2 og 3 i 2012?');
    expect(a.kind).toBe('clarify');
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/Hedensted Kommune og Skanderborg Kommune har samme tal .* 42 %/);
    expect(a.alternatives.map((x) => x.label)).toEqual([expect.stringContaining('Hedensted'), expect.stringContaining('Skanderborg')]);
  });
  it('says so in English', async () => {
    const a = await ask('Which municipality has the highest activation rate for match groups 2 and 3 in 2012?');
    expect(a.kind).toBe('clarify');
    expect(a.text).toMatch(/Hedensted Kommune and Skanderborg Kommune have the same figure/);
  });
  it('still answers the other end, where one stands alone', async () => {
    const a = await ask('Hvilken kommune har den laveste aktiveringsgrad for matchgruppe 2 og 3 i 2012?');
    expect(a.figures[0]).toMatchObject({ org: 'viborg', value: 24 });
  });
});
