/**
 * Two kinds of one measure as the sides of a ratio, share or relative difference — actual against budget, target,
 * plan or a counterfactual: the base is the kind named after "end" / "than" / "af" / "of" (or the budget or target of
 * "procent over budgettet"), "nu" / "now" name the actual, and periods line up as the kinds do.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const kinds = (a: { figures: { kind: string; value: number }[] }) => a.figures.slice(1).map((x) => [x.kind, x.value]);

describe('a ratio of two kinds', () => {
  it('takes the kind after "end" as the base, "nu" naming the actual (da)', async () => {
    const a = await ask('Hvor mange gange flere deltagere er planlagt i Projekt Superb end der er tilknyttet nu?');
    expect(a.figures[0]).toMatchObject({ kind: 'ratio', unit: 'times' });
    expect(a.figures[0]!.value).toBeCloseTo(150 / 51, 2);
    expect(kinds(a)).toEqual([['expected', 150], ['actual', 51]]);
  });
  it('sets a target named alone against the actual, each on its own date (en)', async () => {
    const a = await ask('How many times the target for 31 January 2019 was the number of self-supporting citizens in KIK II on 31 August 2018?');
    expect(a.figures[0]!.value).toBeCloseTo(408 / 26, 2);
    expect(kinds(a)).toEqual([['actual', 408], ['target', 26]]);
  });
  it('refuses figures of opposite signs, saying why', async () => {
    const a = await ask('Hvor mange gange det budgetterede var KIK\'s faktiske nettoresultat i 2017?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('modsat fortegn');
  });
});

describe('a share of a kind', () => {
  it('is the actual over the kind the whole names (da)', async () => {
    const a = await ask('Hvor stor en del af de forventede hold på afklaringsværkstederne blev faktisk startet?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', value: 90, unit: 'percent' });
    expect(kinds(a)).toEqual([['actual', 9], ['expected', 10]]);
  });
  it('reads "now" as the actual beside a plan (en)', async () => {
    const a = await ask('What share of the planned Projekt Superb participants are attached now?');
    expect(a.figures[0]!.value).toBeCloseTo(34, 5);
  });
});

describe('a relative difference of two kinds', () => {
  it('is the gap in per cent of the budget for "procent over budgettet"', async () => {
    const a = await ask('Hvor mange procent over budgettet lå KIK\'s faktiske nettoresultat i januar-maj 2018?');
    expect(a.figures[0]!.value).toBeCloseTo(185, 5);
    expect(a.calculation?.expression).toContain('(11,4 − 4) / 4');
  });
  it('is the size below the target for "how many percent below the target", the dates each its own', async () => {
    const a = await ask('How many percent below the target for 31 January 2019 were KIK II\'s cash and education benefit recipients on 31 August 2018?');
    expect(a.figures[0]!.value).toBeCloseTo(((1117 - 978) / 1117) * 100, 4);
  });
  it('keeps counts on both sides when the question counts, never a share of the same name', async () => {
    const a = await ask('Hvor mange procent færre fuldtidspersoner på offentlig forsørgelse var der faktisk i Viborg i september 2017 end ved uændret andel?');
    expect(kinds(a)).toEqual([['actual', 1869], ['counterfactual', 2099]]);
  });
});
