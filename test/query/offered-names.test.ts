/**
 * Options offered side by side must be told apart: Herning's forms (002) each hold a measure named "Ændring i
 * driftsudgifter", so an option offered beside another of the same name carries its case's code.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine('herning');

describe('options of the same name', () => {
  it('carry their case codes, in the text and on the buttons, and each button asks something different', async () => {
    const a = await ask('Hvad var Hernings ændring i driftsudgifter i 2018?');
    const labels = a.alternatives.map((x) => x.label.replace(/ – Herning Kommune$/, ''));
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(a.alternatives.map((x) => x.q)).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^(?:BIC|UE|CEB) \d+\w?: Ændring i driftsudgifter$/);
    expect(a.text).toContain(`«${labels[0]}» (Herning Kommune)`);
  });
});

describe('a row the source leaves blank', () => {
  it('is refused saying so, and never offered', async () => {
    const a = await ask('UE 05 Ændring i driftsudgifter Herning Kommune');
    expect(a.figures).toEqual([]);
    expect(a.text).toBe('Kilden giver intet tal for UE 05: Ændring i driftsudgifter (Herning Kommune): rækken står tom.');
    const b = await ask('Hvad er driftsudgiften for UE 05 i 2018?');
    expect(b.figures).toEqual([]);
    expect(b.alternatives.length).toBeGreaterThan(0);
    for (const x of b.alternatives) expect((await ask(x.q)).figures.length, x.q).toBeGreaterThan(0);
  });
});

describe('one name in several cases, no case named', () => {
  it('asks which proposal, never answers the first one found', async () => {
    for (const q of ['Hvad er Hernings ændring i driftsudgifter i 2019?', "What is Herning's change in operating cost in 2018?"]) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.kind, q).toBe('clarify');
      expect(a.alternatives.length, q).toBeGreaterThan(1);
      for (const x of a.alternatives) expect(x.q, q).toMatch(/^(?:BIC|UE|CEB) \d+\w? /);
    }
  });
  it('a case named is answered', async () => {
    const a = await ask('Hvad er ændringen i driftsudgifter for UE 09a i 2019?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ue-09a.driftsudgifter', value: 290, period: '2019' });
  });
});
