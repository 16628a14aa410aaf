/**
 * Answers whose sides differ only by a small number: two years joined by "og" that the measure stores apart, two
 * cases of one series set "vs" each other, the same year written on each side of a comparison of two cases.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const operands = (a: { figures: { period: string; value: number }[] }) => a.figures.slice(1).map((x) => [x.period, x.value]);

describe('sides told apart by a small number', () => {
  it('takes "forskellen … i 2020 og 2021" as the change between the two years the measure stores', async () => {
    const a = await ask('Forskellen på KIK II\'s besparelse i 2020 og 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'change' });
    expect(operands(a)).toEqual([['2021', 18.8], ['2020', 13.2]]);
  });
  it('sets two codes of one series against each other for "vs"', async () => {
    const a = await ask('driftsudgift UE 02 vs UE 08 i 2017');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: -995 });
  });
  it('compares two cases with the same year written on each side, never a change within one', async () => {
    const a = await ask('Hvor meget er den sparede forsørgelse i UE 09b (2018) egentlig større end i UE 09a (2018)?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 1400 });
  });
});
