/**
 * A measure the organisation asked has no figure for, which names every telling word the best measure it does
 * have names and more, is the one meant: the answer names the organisations that have it, never the other
 * measure of the organisation asked. Values are the documents' (004: Hedensted, Skanderborg, Viborg).
 */
import { describe, expect, it } from 'vitest';
import { ORG_ELSEWHERE } from '../../functions/query/resolve-margins.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a measure only another organisation has', () => {
  it('is refused for the organisation asked, naming those that have it, in both languages', async () => {
    expect(ORG_ELSEWHERE).toBeGreaterThan(0);
    const da = await ask('Hvor stor en del af de aktiverede matchgruppe 2-borgere i Viborg var i virksomhedsrettet aktivering?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/virksomhedsrettet aktivering for Viborg Kommune.*Hedensted/);
    const en = await ask('In Skanderborg, what share of the activated match group 2 citizens were in company-based activation?');
    expect(en.figures).toEqual([]);
    expect(en.text).toMatch(/Skanderborg Kommune.*Hedensted/);
  });
  it('still answers the organisation that has it, and the organisation asked where its own measure is the one meant', async () => {
    expect((await ask('Hvor stor en del af de aktiverede matchgruppe 2-borgere i Hedensted var i virksomhedsrettet aktivering?')).figures[0]).toMatchObject({ value: 60 });
    expect((await ask('Hvad var aktiveringsgraden for matchgruppe 2 og 3 i Viborg?')).figures[0]).toMatchObject({ kpi: 'viborg.udsatte.aktiveringsgrad-match-2-og-3' });
  });
});
