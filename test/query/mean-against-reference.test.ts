/**
 * A mean of municipalities set against a reference level ("snittet af Hedensted og Viborg over klyngens
 * gennemsnit", "the average of A and B as a multiple of the national share"): the mean is one side, the level the
 * other — never a third term of the mean — with both steps in the working and every operand after the result.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const operands = (a: { figures: { org: string; value: number }[] }) => a.figures.slice(1).map((x) => [x.org, x.value]);

describe('reading a mean set against a reference level', () => {
  it('takes the municipalities as the terms and the level as the other side (da)', () => {
    const f = frame('Hvor langt over landsplan ligger snittet af Hedensted og Skanderborg for virksomhedsrettet aktivering?');
    expect(f.operation).toBe('difference');
    expect(f.averaged).toEqual([['hedensted'], ['skanderborg']]);
    expect(f.measure).not.toContain('snittet');
  });
  it('reads "how many times" as a ratio and "in relative terms" as a relative difference (en)', () => {
    expect(frame('How many times the national share is the average of Hedensted and Skanderborg for company-oriented activation?').operation).toBe('ratio');
    const f = frame('In relative terms, how much higher than the country as a whole is the mean of Viborg and Hedensted?');
    expect(f).toMatchObject({ operation: 'difference', relative: true });
  });
  it('is a plain mean without a comparison, and no mean for one municipality against a level', () => {
    expect(frame('Gennemsnittet af Hedensted, Skanderborg og landsplan for virksomhedsrettet aktivering').averaged).toBeUndefined();
    expect(frame('Hvor mange procentpoint ligger Viborg under landsgennemsnittet for aktiveringsgraden?').averaged).toBeUndefined();
  });
});

describe('answering a mean set against a reference level', () => {
  it('is the mean less the level, in percentage points, with both steps worked', async () => {
    const a = await ask('Hvor mange procentpoint ligger snittet af Hedensted og Viborg over klyngens gennemsnit for aktiveringsgraden i matchgruppe 2 og 3?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 6, unit: 'percentage points' });
    expect(operands(a)).toEqual([['hedensted', 42], ['viborg', 24], ['klynge-hedensted', 27]]);
    expect(a.calculation?.expression).toMatch(/^\(42 \+ 24\) \/ 2 = 33 %; 33 − 27 = \+6 procentpoint/);
  });
  it('is the mean over the level for "how many times", and relative to the level in per cent (en)', async () => {
    const times = await ask('Skanderborg and Viborg on average: how many times the cluster average is their activation rate for match groups 2 and 3?');
    expect(times.figures[0]).toMatchObject({ kind: 'ratio', unit: 'times' });
    expect(times.figures[0]!.value).toBeCloseTo(29 / 27, 2);
    const relative = await ask('In relative terms, how much higher than the country as a whole is the average of Hedensted and Skanderborg for cash-benefit recipients in company-oriented activation?');
    expect(relative.figures[0]!.value).toBeCloseTo(((30.5 - 14) / 14) * 100, 4);
    expect(operands(relative).map((o) => o[0])).toEqual(['hedensted', 'skanderborg', 'landsplan']);
  });
  it('refuses, naming the municipality, when a term has no figure', async () => {
    const a = await ask('Hvor meget ligger gennemsnittet af Aabenraa og Hedensted over landsplan på aktiveringsgraden for matchgruppe 2 og 3?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('Aabenraa');
  });
  it('reads "as a multiple of" a level as a ratio, never the level\'s own figure nor a rank', async () => {
    const f = frame('What is the mean activation rate of Skanderborg and Viborg as a multiple of the cluster average?');
    expect(f.operation).toBe('ratio');
    expect(f.measure).not.toContain('multiple');
    const a = await ask('What is the mean activation rate of Skanderborg and Viborg as a multiple of the cluster average?');
    expect(a.figures[0]!.value).toBeCloseTo(29 / 27, 2);
  });
});
