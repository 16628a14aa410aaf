/**
 * Which side of a share points back at the figure just answered (sideBack), and which words name no measure of a
 * follow-up's own (namesNoMeasure), read from the frame alone.
 */
import { describe, expect, it } from 'vitest';
import { fold, isFollowUp, namesNoMeasure, readFrame, shiftYear, sideBack, yearShift } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const lex = lexiconFor([], []).lexicon;
const read = (q: string) => readFrame(q, lex);

describe('the side of a share pointing back', () => {
  it('an empty part with "det" / "that" is the part; the whole keeps its words', () => {
    for (const q of ['hvor stor en andel af driftsbudgettet er det?', "what share of the department's operating costs is that?"]) {
      const f = read(q);
      expect(sideBack(f)).toBe(f.share!.parts[0]);
      expect(f.share!.whole.measure.length).toBeGreaterThan(0);
    }
  });
  it('"af dem", "of them", "af den" before a verb is the whole; the part keeps its words', () => {
    for (const q of ['hvor mange procent af dem fik et fleksjob?', 'what share of them found a flex job?', 'hvor stor en del af den dækkes af staten?']) {
      const f = read(q);
      expect(sideBack(f)).toBe(f.share!.whole);
      expect(f.share!.parts[0]!.measure.length).toBeGreaterThan(0);
    }
  });
  it('a share naming both sides, or none pointing back, has no such side', () => {
    expect(sideBack(read('hvor stor en andel af de ledige fik et fleksjob?'))).toBeUndefined();
    expect(sideBack(read('hvor stor en andel af budgettet?'))).toBeUndefined();
    expect(sideBack(read('hvad er driftsudgiften?'))).toBeUndefined();
  });
  it('a share pointing back is a follow-up even with words of its own', () => {
    expect(isFollowUp(read('hvor stor en del af den dækkes af øvrig statslig finansiering?'))).toBe(true);
  });
});

describe('words naming no measure of the follow-up', () => {
  it('"hvad giver det samlet", "than the year before" name none; "driftsudgiften" does', () => {
    expect(namesNoMeasure(read('og hvad giver det samlet for 2016-2018?'))).toBe(true);
    expect(namesNoMeasure(read('how much more is that than the year before?'))).toBe(true);
    expect(namesNoMeasure(read('og hvad er driftsudgiften samlet for 2016-2018?'))).toBe(false);
  });
  it('"året før" / "the year before" shift the year answered back one, "året efter" on one', () => {
    expect(shiftYear('2020', yearShift(fold('hvor meget mere er det end året før?')))).toBe('2019');
    expect(shiftYear('2020', yearShift('how much less is that than the year before?'))).toBe('2019');
    expect(shiftYear('2020', yearShift(fold('og året efter?')))).toBe('2021');
  });
});

describe('a unit word after "pr." / "per"', () => {
  it('is what is divided by, not the unit asked: "pr. plads" asks no rank, "hvilken plads" does', () => {
    expect(read('hvad er udgiften pr. plads?').units).not.toContain('rank');
    expect(read('what is the saving per place?').units).not.toContain('rank');
    expect(read('hvilken plads fik kommunen?').units).toContain('rank');
  });
});

describe('a net after a money line', () => {
  it('"net … after the operating cost" sets the saving against the cost; "nettoudgiften" alone is a measure', () => {
    const f = read('what is the net effect after the operating cost?');
    expect(f.operation).toBe('difference');
    expect(f.sides?.members).toEqual(['money:saving', 'money:cost']);
    expect(read('hvad er nettoudgiften pr. ung?').sides).toBeUndefined();
  });
});
