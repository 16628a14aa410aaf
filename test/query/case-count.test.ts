/**
 * A count of the cases themselves ("hvor mange forslag har Herning?") is the stored count figure of the number of
 * cases in the running (organisation, owning unit, the named parent's own parts), never a part's count picked by a
 * hair; words narrowing the cases further than their names leave the question to the usual reading.
 */
import { describe, expect, it } from 'vitest';
import { countedCaseNoun } from '../../functions/domain/query/case-question.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('countedCaseNoun', () => {
  it('is the case noun after "hvor mange" / "how many"', () => {
    expect(countedCaseNoun('Hvor mange forslag kom fra CEB?')).toBe('proposal');
    expect(countedCaseNoun('How many sub-projects did the business case have?')).toBe('sub-project');
    expect(countedCaseNoun('hvor mange længerevarende indsatser var der?')).toBe('project');
  });
  it('is nothing when the count is of something else', () => {
    expect(countedCaseNoun('Hvor mange borgere var i Projekt Superb?')).toBeUndefined();
    expect(countedCaseNoun('Hvilket forslag har flest årsværk?')).toBeUndefined();
  });
});

describe('counting cases (seed data)', () => {
  it('answers the stored count that equals the cases counted, in both languages', async () => {
    const all = await ask('Hvor mange forslag har Herning?');
    expect(all.figures[0]).toMatchObject({ value: 30, unit: 'count', kpi: 'herning.prioriteringsforslag.antal' });
    const unit = await ask('How many proposals does Ungeenheden have?');
    expect(unit.figures[0]?.value).toBe(8);
    expect(unit.text).toMatch(/Ungeenheden/);
  });

  it('counts a named parent’s own parts, not their sub-items', async () => {
    const a = await ask('Hvor mange indsatser er der i Viborgs spor 2?');
    expect(a.figures[0]?.value).toBe(13);
  });

  it('leaves a count narrowed by a topic to the usual reading: no stored count of cases is given for it', async () => {
    const a = await ask('Hvor mange forslag handler om efterværn?');
    expect(a.figures[0]?.kpi ?? '').not.toMatch(/prioriteringsforslag/);
  });
});
