/**
 * "Hvor mange …" may be answered by a stored share only when the share is of the group asked: a share of a
 * narrower group (those who do not return, one match group) answers another question, and "hvor mange
 * personer" asks heads, which no share is. Values are the documents' (004: KL/New Insight, 000: Viborg).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a count asked, a share stored', () => {
  it('refuses a head count of a group with the share of a narrower group', async () => {
    expect((await ask('Hvor mange unge kontanthjælpsmodtagere er der i Skanderborg?')).figures).toEqual([]);
    expect((await ask('How many unemployed citizens does Hedensted have in match group 3?')).figures).toEqual([]);
  });
  it('answers with the share when the question names the same group', async () => {
    const a = await ask('Hvor mange unge i Skanderborg vender ikke tilbage på kontanthjælp inden for et år?');
    expect(a.figures[0]).toMatchObject({ value: 52, unit: 'percent' });
  });
  it('never answers "hvor mange personer" with a share', async () => {
    expect((await ask('Hvor mange personer fra Ny indsats i Viborg kom i job?')).figures.filter((x) => x.unit === 'percent')).toEqual([]);
  });
});
