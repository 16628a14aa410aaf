/**
 * One measure of two organisations (municipalities, a cluster, the national level) as a ratio, or as a share in per
 * cent of the other: worked from each side's figure for one period, the base the side the question sets the other
 * against, with the working shown (figures[0] the result, then the operands); refused naming the side and period
 * without a figure; never answered with one organisation's figure, nor with an organisation the question did not name.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const worked = (a: Answer) => ({ kind: a.figures[0]?.kind, value: a.figures[0]?.value, unit: a.figures[0]?.unit, operands: a.figures.slice(1).map((x) => [x.org, x.period, x.value]) });

describe('a ratio of two organisations', () => {
  it('divides the subject by the side set against it, in Danish and English', async () => {
    const da = await ask('Hvad er Skanderborgs aktiveringsgrad for matchgruppe 2 og 3 i forhold til Viborgs, som forholdstal?');
    expect(worked(da)).toEqual({ kind: 'ratio', value: 1.42, unit: 'times', operands: [['skanderborg', '2012', 34], ['viborg', '2012', 24]] });
    expect(da.calculation?.expression).toContain('34 / 24');
    const en = await ask("Relative to Skanderborg, how large is Hedensted's activation rate for match groups 2 and 3 (ratio)?");
    expect(worked(en)).toMatchObject({ value: 1.24, operands: [['hedensted', '2012', 42], ['skanderborg', '2012', 34]] });
  });
  it('takes the national level as a side like any other', async () => {
    const a = await ask('Hvor stor er Hedensteds andel kontanthjælpsmodtagere i virksomhedsrettet aktivering i forhold til landsplan (forholdstal)?');
    expect(worked(a)).toMatchObject({ value: 2.21, operands: [['hedensted', '2012', 31], ['landsplan', '2012', 14]] });
  });
  it("never takes a municipality's figure for its cluster", async () => {
    const a = await ask("What is Viborg's activation rate for match groups 2 and 3 relative to Hedensted's cluster, as a ratio?");
    expect(worked(a).operands).toEqual([['viborg', '2012', 24], ['klynge-hedensted', '2012', 27]]);
  });
  it('refuses naming the side and the period without a figure', async () => {
    const a = await ask('Hvad er forholdstallet mellem Viborgs og Hedensteds aktiveringsgrad i 2015?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('2015');
  });
});

describe("a share of another organisation's figure", () => {
  it('is the ratio in per cent, the organisation named in the whole the base', async () => {
    const da = await ask('Hvor mange procent udgør Viborgs aktiveringsgrad af Skanderborgs?');
    expect(worked(da)).toMatchObject({ kind: 'share', unit: 'percent', operands: [['viborg', '2012', 24], ['skanderborg', '2012', 34]] });
    expect(da.figures[0]!.value).toBeCloseTo((24 / 34) * 100, 4);
    const en = await ask("What percent of the national share of cash-benefit recipients in business-oriented activation is Hedensted's share?");
    expect(worked(en).operands).toEqual([['hedensted', '2012', 31], ['landsplan', '2012', 14]]);
  });
});

describe('a measure that is itself a fall, compared between two organisations', () => {
  it('is compared in its one period, not changed over time', async () => {
    const rel = await ask('Hvor mange procent større (relativt) var Skanderborgs fald i tilgangen til førtidspension i 2011 end klyngens?');
    expect(worked(rel).operands).toEqual([['skanderborg', '2011', 21], ['klynge-hedensted', '2011', 11]]);
    expect(rel.figures[0]!.value).toBeCloseTo(((21 - 11) / 11) * 100, 4);
    const share = await ask("What was the cluster's fall in new disability pensions in 2011 as a percentage of Skanderborg's?");
    expect(worked(share)).toMatchObject({ kind: 'share', operands: [['klynge-hedensted', '2011', 11], ['skanderborg', '2011', 21]] });
  });
});

describe('a cluster named as the level a municipality would reach', () => {
  it("is the municipality's own saving potential, not the cluster's", async () => {
    const da = await ask('Hvor meget kan Viborg spare om året ved at nå niveau med klyngens gennemsnit?');
    expect(worked(da)).toMatchObject({ value: 10, operands: [] });
    expect(da.figures[0]!.org).toBe('viborg');
    const en = await ask('How much could Viborg save per year by reaching the level of the best municipality in the cluster?');
    expect(en.figures[0]).toMatchObject({ org: 'viborg', value: 25 });
  });
});
