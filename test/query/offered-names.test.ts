/**
 * Options offered side by side must be told apart: Herning's forms (002) each hold a measure named "Ændring i
 * driftsudgifter", so an option offered beside another of the same name carries its case's code.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine('herning');

describe('options of the same name', () => {
  it('carry their case codes, in the text and on the buttons, and each button asks something different', async () => {
    const a = await ask('Hvad er driftsudgiften for UE 05 i 2018?');
    const labels = a.alternatives.map((x) => x.label);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(a.alternatives.map((x) => x.q)).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^(?:BIC|UE|CEB) \d+\w?: Ændring i driftsudgifter$/);
    expect(a.text).toContain(`${labels[0]} (Herning Kommune)`);
  });
});
