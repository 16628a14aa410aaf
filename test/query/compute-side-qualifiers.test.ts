/**
 * The two sides of a comparison or ratio each keep what the question says of both: "kvinder pr. mand i sager
 * over et år" is women over a year against men over a year, never the totals of all cases; a side's own word
 * ("besparelse") is searched for that side alone and never lifts the other side's reading; "pr. mand" is a ratio.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const operands = (a: Answer) => a.figures.slice(1).map((x) => [x.kpi, x.value]);

describe('one thing counted per another of its family is a ratio', () => {
  it('reads "kvinder pr. mand" and "women per man" as women over men', async () => {
    for (const q of ['Hvor mange kvinder er der pr. mand blandt sygedagpengesagerne?', 'How many women per man are there in the sickness benefit cases?']) {
      const f = frame(q);
      expect(f.operation).toBe('ratio');
      expect(f.sides?.members).toEqual(['gender:women', 'gender:men']);
      expect(f.units).toEqual([]);
    }
  });
  it('leaves a rate per something else alone ("udgift pr. deltager" is no ratio of two members)', async () => {
    expect(frame('Hvad er udgiften pr. deltager i UE 07 i 2017?').operation).not.toBe('ratio');
  });
});

describe('a qualifier of both sides chooses the measure on each side', () => {
  it('"over et år" keeps both shares to the long cases (61 / 39, not the totals 57 / 43)', async () => {
    const da = await ask('Hvor mange kvinder er der pr. mand i sygedagpengesager over et år?');
    expect(da.figures[0]).toMatchObject({ unit: 'times' });
    expect(da.figures[0]!.value).toBeCloseTo(61 / 39, 2);
    const times = await ask('Hvor mange gange så mange kvinder som mænd er der i sygedagpengesager over 1 år?');
    expect(operands(times)).toEqual([
      ['herning.ceb-07.kvinder-i-sygedagpengesager-over-1-aar', 61],
      ['herning.ceb-07.maend-i-sygedagpengesager-over-1-aar', 39],
    ]);
    const en = await ask('How many women per man are there in sickness benefit cases lasting more than one year?');
    expect(en.figures[0]!.value).toBeCloseTo(61 / 39, 2);
    expect(en.text).toContain('61 / 39 = 1.56');
  });
  it('without a qualifier the totals answer', async () => {
    const a = await ask('Hvor mange gange så mange kvinder som mænd er der i de aktive sygedagpengesager?');
    expect(a.figures[0]!.value).toBeCloseTo(57 / 43, 2);
  });
  it('reads "et år" / "one year" as the number one', async () => {
    expect(frame('sager over et år').contrasts).toContain('n:1');
    expect(frame('cases lasting more than one year').contrasts).toContain('n:1');
  });
});

describe("a side's own word is that side's alone", () => {
  it('sets the saving against the investment, not the stored line naming both', async () => {
    const a = await ask('How much bigger is the KIK II saving than the investment in 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', direction: 'up' });
    expect(a.figures[0]!.value).toBeCloseTo(9.6, 6);
    expect(operands(a)).toEqual([
      ['aabenraa.kik-ii.besparelse', 18.8],
      ['aabenraa.kik-ii.investering', 9.2],
    ]);
  });
  it('turned round, says the way asked', async () => {
    const a = await ask('Hvor meget mindre er KIK II\'s investering end besparelsen i 2021?');
    expect(a.figures[0]).toMatchObject({ direction: 'down' });
    expect(a.text).toContain('9,6 mio. kr. lavere');
  });
});

describe('a flow per month or year', () => {
  it('is never answered from a share', async () => {
    const f = frame('How many people on education benefit moved to Viborg each month on average from September 2016 to August 2017?');
    expect(f.operation).toBe('average');
    expect(f.softUnits).not.toContain('percent');
    const a = await ask('How many people on education benefit moved to Viborg each month on average from September 2016 to August 2017?');
    expect(a.figures[0]).toMatchObject({ kind: 'average', unit: 'persons', kpi: 'viborg.unge.tilflyttede-uddannelseshjaelpsmodtagere' });
    expect(a.figures[0]!.value).toBeCloseTo(184 / 12, 2);
  });
});
