/**
 * An answer card says plainly what its number is. Found in the Playground: "What did Herning expect UE 08 to cost in
 * 2018?" came back titled "Change in operating cost" (a name 13 proposals share) as "DKK 1.400 million" (three
 * decimals: a Danish reader sees 1,400 million); "Hvor mange var på kontanthjælp i august 2018?" showed KIK II's goal on
 * the card and then offered the same goal again under "Mente du i stedet".
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../functions/query/units.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('an amount kept in thousands', () => {
  it('shows millions without trailing zeros, and the exact thousands beside them, in both languages', () => {
    expect(formatValue(1400, 'dkk', 1000, 'en')).toBe('DKK 1.4 million (DKK 1,400 thousand)');
    expect(formatValue(1400, 'dkk', 1000, 'da')).toBe('1,4 mio. kr. (1.400 t.kr.)');
    expect(formatValue(16957, 'dkk', 1000, 'da')).toBe('16,957 mio. kr. (16.957 t.kr.)');
    expect(formatValue(-2000, 'dkk', 1000, 'en')).toBe('DKK -2.0 million (DKK -2,000 thousand)');
  });
});

describe('the measure an answer names', () => {
  it('carries the case code when other cases have a measure of the same name', async () => {
    const en = await ask('What did Herning expect UE 08 to cost in 2018?', { lang: 'en' });
    expect(en.figures[0]?.kpi).toMatch(/ue-08/);
    expect(en.headline?.measure).toBe('UE 08: Change in operating cost');
    const da = await ask('Hvad er driftsudgifterne for UE 08 i 2018?');
    expect(da.headline?.measure).toBe('UE 08: Ændring i driftsudgifter');
  });

  it('stays the bare name when it is the only measure of that name', async () => {
    const a = await ask('KIK II besparelse 2021?');
    expect(a.headline?.measure).toBe('KIK II: Besparelse');
  });
});

describe('"did you mean" under a figure with a goal', () => {
  it('does not offer the goal already on the answer', async () => {
    const a = await ask('Hvor mange var på kontanthjælp i august 2018?');
    expect(a.goal?.target).toBeDefined();
    expect(a.text).toContain('Målet er');
    expect(a.alternatives.map((x) => x.label)).not.toContainEqual(expect.stringMatching(/: mål$/i));
  });
});
