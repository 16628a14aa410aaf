/**
 * A measure stored negated ("… der ikke vender tilbage på kontanthjælp") answers the opposite of a question
 * asking without the negation ("… vender tilbage"): a share is given as its complement, 100 − x, with the
 * working shown; the negated question gets the stored figure; a negation on who is counted is not a clause.
 * Values are the documents' (004: KL/New Insight, Hedensted 51 %, Skanderborg 52 %).
 */
import { describe, expect, it } from 'vitest';
import { negatedPredicate } from '../../functions/query/complement.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the verb a measure negates', () => {
  it('is read from a relative clause, in both languages', () => {
    expect(negatedPredicate('Andel unge, der ikke vender tilbage på kontanthjælp inden for 1 år')).toBe('vender');
    expect(negatedPredicate('Share of young people not returning to cash benefit')).toBe('returning');
    expect(negatedPredicate('Borgere der ikke længere er aktivitetsparate')).toBe('aktivitetsparate');
  });
  it('is none when the negation says who is counted, not what they do', () => {
    expect(negatedPredicate('Andel af de ikke-arbejdsmarkedsparate unge med psykiske barrierer')).toBeUndefined();
  });
});

describe('the complement of a stored negated share', () => {
  it('answers 100 − x with the working when the question asks the positive', async () => {
    const a = await ask('Hvor stor en andel af de unge kontanthjælpsmodtagere i Hedensted vendte tilbage til kontanthjælpen inden for et år?');
    expect(a.figures[0]).toMatchObject({ value: 49, kind: 'rest' });
    expect(a.calculation?.expression).toContain('100 − 51');
    // Everyone (100 %) is no source: the headline cites the stored share only.
    expect(a.headline?.source).not.toMatch(/alle \(100/);
  });
  it('answers in English too', async () => {
    const a = await ask('What percentage of young cash-benefit recipients in Skanderborg returned to cash benefit within one year?');
    expect(a.figures[0]).toMatchObject({ value: 48 });
  });
  it('gives the stored figure when the question itself negates', async () => {
    const a = await ask('Hvor stor en andel af de unge på kontanthjælp i Skanderborg vender ikke tilbage inden for et år?');
    expect(a.figures[0]).toMatchObject({ value: 52, kind: 'actual' });
  });
});
