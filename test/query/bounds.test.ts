/**
 * "højst" / "at most" asks the upper end of a range, "mindst" / "at least" the lower: a figure the source
 * gives only as the other end is refused, saying which bound there is. Values: 002 (UE 07: "ca. 20-24 unge",
 * stored as at least 20), 004 (Projekt Superb: at most 9 months).
 */
import { describe, expect, it } from 'vitest';
import { boundAsked } from '../../functions/query/bounds.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the bound asked', () => {
  it('reads the first bound word of the folded question, not superlatives', () => {
    expect(boundAsked('hvor mange kan hoejst komme i forloeb')).toBe('upper');
    expect(boundAsked('for how many months at most')).toBe('upper');
    expect(boundAsked('hvor mange skal mindst have')).toBe('lower');
    expect(boundAsked('hvilken kommune har den mindste andel')).toBeUndefined();
    expect(boundAsked('hvilken kommune har den hoejeste andel')).toBeUndefined();
  });
  it('an upper end asked of a lower bound is refused, saying the lower bound', async () => {
    const a = await ask('Hvor mange unge kan højst komme i ART- eller Gladiator Trainee-forløb med investeringen i UE 07?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('nedre grænse');
    expect(a.text).toContain('mindst 20');
    const b = await ask('How many young people at most can join the ART or Gladiator courses in UE 07?');
    expect(b.figures).toEqual([]);
    expect(b.text).toContain('only a lower bound');
  });
  it('the same bound asked, or none, is answered', async () => {
    const a = await ask('Hvor mange unge kommer mindst i ART- eller Gladiator Trainee-forløb med investeringen i UE 07?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ue-07.unge-i-forloeb', value: 20 });
    const b = await ask('For how many months at most can a citizen take part in Projekt Superb?');
    expect(b.figures[0]).toMatchObject({ value: 9, unit: 'months' });
  });
  it('a lower end asked of an upper bound is refused', async () => {
    const a = await ask('For how many months at least can a citizen take part in Projekt Superb?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('only an upper bound');
  });
});
