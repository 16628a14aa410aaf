/**
 * "Hvor mange gange A er B" / "how many times A is B" is B over A (how many A's make a B), whichever of them is
 * the subject; "så høj er A som B" stays A over B. One count taken from another ("tilflyttede minus fraflyttede",
 * "nettotilflytningen") is their difference, each side read in the same unit; "dyrere" / "cheaper" compare.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();

describe('how many times A is B', () => {
  it('is read apart from "how many times as high is A as B" and "how many times is A larger than B"', async () => {
    expect(frame("How many times Viborg's activation rate is Hedensted's?").timesOf).toBe(true);
    expect(frame('Hvor mange gange Viborgs aktiveringsgrad er Hedensteds?').timesOf).toBe(true);
    expect(frame("How many times as high is Hedensted's activation rate as Viborg's?").timesOf).toBeUndefined();
    expect(frame("How many times is Hedensted's activation rate larger than Viborg's?").timesOf).toBeUndefined();
    expect(frame('Hvor mange gange større er Hedensteds aktiveringsgrad end Viborgs?').timesOf).toBeUndefined();
  });
  it('divides the second named by the first, subject first or not', async () => {
    const a = await ask("How many times Viborg's activation rate for match groups 2 and 3 is Hedensted's?");
    expect(a.figures[0]!.value).toBeCloseTo(42 / 24, 2);
    expect(a.calculation?.expression).toBe('42 / 24 = 1.75');
    const level = await ask('Hvor mange gange landsplan er Skanderborgs andel af kontanthjælpsmodtagere i virksomhedsrettet aktivering?');
    expect(level.figures[0]!.value).toBeCloseTo(30 / 14, 2);
    const asHigh = await ask("How many times as high is Viborg's activation rate for match groups 2 and 3 as Hedensted's?");
    expect(asHigh.figures[0]!.value).toBeCloseTo(24 / 42, 2);
  });
});

describe('how many times one measure at two times', () => {
  it('divides the period named first by the other, never subtracts them', async () => {
    const a = await ask('Hvor mange gange større er den sparede forsørgelse i CEB 02 i 2019 end i 2017?');
    expect(a.figures[0]).toMatchObject({ kind: 'ratio', unit: 'times' });
    expect(a.figures[0]!.value).toBeCloseTo(563 / 281, 2);
    const span = await ask('How many times as large was the saved benefit cost in CEB 02 in 2019 as in 2017?');
    expect(span.figures.slice(1).map((x) => x.period)).toEqual(['2019', '2017']);
  });
});

describe('one count taken from another', () => {
  it('"minus" makes a difference of two counts; "netto" of two benefits does not', async () => {
    expect(frame('Hvor mange er tilflyttede minus fraflyttede uddannelseshjælpsmodtagere i Viborg?').operation).toBe('difference');
    expect(frame('Hvad er nettoudgiften til kontanthjælp og førtidspension i alt i 2019?').operation).not.toBe('difference');
  });
  it('is worked out from the two counts, never a share on one side', async () => {
    const da = await ask('Hvad giver tilflyttede minus fraflyttede uddannelseshjælpsmodtagere i Viborg fra september 2016 til august 2017?');
    expect(da.figures[0]).toMatchObject({ kind: 'difference', value: 106, unit: 'persons' });
    const en = await ask('How many education benefit recipients is it, people moving in minus people moving out, for Viborg from September 2016 to August 2017?');
    expect(en.figures[0]).toMatchObject({ kind: 'difference', value: 106, unit: 'persons' });
    expect(en.figures.slice(1).map((x) => x.unit)).toEqual(['persons', 'persons']);
  });
});

describe('dearer and cheaper', () => {
  it('ask a difference with its direction', async () => {
    expect(frame('Hvor meget dyrere er UE 08 end UE 07 i 2017?')).toMatchObject({ operation: 'difference', direction: 'up' });
    expect(frame('How much cheaper is UE 07 than UE 08 in 2017?')).toMatchObject({ operation: 'difference', direction: 'down' });
  });
});
