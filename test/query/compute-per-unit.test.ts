/**
 * Money per unit and a count times money each, asked in words of the seed documents (002 Herning's
 * proposals, 000 Viborg): the cost over the places, participants or positions it pays for, in kroner; a
 * cost already stored per unit is answered as it is, never divided again.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('per unit', () => {
  it('a yearly cost in 1.000 kr. over the new places stored in the same proposal is kroner per place', async () => {
    const a = await ask('Hvad er den årlige driftsudgift pr. ny EGU-plads i UE 09b?');
    expect(a.figures[0]).toMatchObject({ kind: 'per-unit', unit: 'kr.' });
    expect(a.figures[0]!.value).toBeCloseTo(1_600_000 / 45, 2);
    expect(a.figures.slice(1).map((x) => [x.value, x.unit])).toEqual([
      [1600, '1.000 kr.'],
      [45, 'count'],
    ]);
    expect(a.calculation?.expression).toBe('1.600 t.kr. / 45 = 35.556 kr.');
    // The unit is quoted as the manager wrote it, not in the folded form the question is read in.
    expect(a.headline?.valueText ?? a.text).toContain('35.556 kr. pr. ny EGU-plads');
  });
  it('a cost per position is the year\'s cost over the same year\'s staff', async () => {
    const a = await ask('Hvad koster én UU-fuldtidsstilling i UE 02 om året, når driftsudgiften for 2018 fordeles på stillingerne?');
    expect(a.figures[0]).toMatchObject({ kind: 'per-unit', value: 450000, period: '2018' });
    expect(a.figures[2]).toMatchObject({ value: 2, period: '2018' });
  });
  it('a count stated in a condition ("if 20 take part") is the divisor, with the question as its source', async () => {
    const a = await ask('What is the cost per young person of the ART/Gladiator courses in UE 07 if 20 young people take part?');
    expect(a.figures[0]).toMatchObject({ kind: 'per-unit', value: 12000 });
    expect(a.calculation?.operands[1]).toMatchObject({ label: 'your figure in the question' });
  });
  it('a cost stored per unit is answered as stored, not divided by the word after "en"', async () => {
    const a = await ask('Hvad koster en ung på uddannelseshjælp Viborg Kommune i gennemsnit?');
    expect(a.figures[0]).toMatchObject({ value: 67772, kind: 'actual' });
  });
});

describe('count times a cost each', () => {
  it('a stated count times a cost stored per unit', async () => {
    const a = await ask('What would IGU courses cost in total for the 10 refugees Sundhed og Ældre wants to start with in Ny Start?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 3374170, unit: 'kr.' });
  });
  it('"N persons times" the average cost each', async () => {
    const a = await ask("What is the exact amount you get from Viborg's saving formula, 230 persons times the average net cost per education-benefit recipient?");
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 230 * 67772 });
  });
  it('"hvis N hver kostede …", "if each of N cost …": the count stated times the cost stored per unit, shown', async () => {
    const da = await ask('Hvad ville det koste Viborg, hvis 500 unge hver kostede den gennemsnitlige nettoudgift pr. ung på uddannelseshjælp?');
    expect(da.figures[0]).toMatchObject({ kind: 'product', value: 500 * 67772 });
    expect(da.calculation?.expression).toMatch(/^500 × 67\.772 = /);
    const en = await ask('In Viborg, if each of 420 young people cost the average net cost per young person on education benefit, what is the total?');
    expect(en.figures[0]).toMatchObject({ kind: 'product', value: 420 * 67772 });
  });
  it('"N … at the average cost", "til den gennemsnitlige nettoudgift": the count stated times the cost each', async () => {
    const en = await ask('What would 75 young people in Viborg cost at the average net cost per young person on education benefit?');
    expect(en.figures[0]).toMatchObject({ kind: 'product', value: 75 * 67772 });
    const da = await ask('Hvad sparer Viborg, hvis 120 færre unge er på uddannelseshjælp til den gennemsnitlige nettoudgift pr. ung?');
    expect(da.figures[0]).toMatchObject({ kind: 'product', value: 120 * 67772 });
  });
  it('a year named beside the count is no second count, and "1,250" is a thousand and more', async () => {
    const a = await ask('If all 1,250 young people in Viborg in 2017 each cost the average net cost per young person on education benefit, what would that be?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 1250 * 67772 });
  });
});

describe('per place, the places of the cost\'s own kind', () => {
  it('"pr. plads" is what the amount is divided by, never a rank asked', async () => {
    const a = await ask('Hvad er driftsudgiften pr. plads i UE 09a i 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'per-unit', value: 290_000 / 20 });
    // The forecast is over the 20 places the proposal adds (expected), not the 40 places there are today (actual).
    expect(a.figures.slice(1).map((x) => x.value)).toEqual([290, 20]);
  });
  it('a saving "pr. elev" asked in weeks is no amount divided', async () => {
    const a = await ask('Hvor mange uger spares der integrationsydelse pr. IGU-elev i BIC 07?');
    expect(a.figures[0]?.kind).not.toBe('per-unit');
  });
  it('a saving named without "koster" or an amount word is money too, also in a follow-up (en)', async () => {
    const a = await ask('How much does UE 09b save on benefits per year?');
    const b = await ask('and the saving per place?', { context: a.context! });
    expect(b.figures[0]).toMatchObject({ kind: 'per-unit' });
    expect(b.figures[0]!.value).toBeCloseTo(2_500_000 / 45, 2);
  });
});
