/**
 * A reference level asked for itself ("klyngegennemsnittet", "the national share Hedensted is compared with")
 * is answered with the level's own figure, stored beside the municipality's under the same measure; when the
 * measure has none for that level the answer is a refusal naming it, never the municipality's own figure.
 * A level that is only the comparison, what a rank is counted among, or part of the measure's name leaves
 * the municipality the subject. Values are the documents' (000: Viborg, 004: KL/New Insight).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a reference level asked for itself', () => {
  it('answers the cluster average, not the municipality beside it', async () => {
    const a = await ask('Hvad er klyngegennemsnittet for aktiveringsgraden i matchgruppe 2 og 3, som Hedensted sammenlignes med?');
    expect(a.figures[0]).toMatchObject({ value: 27, org: 'klynge-hedensted' });
    // The same level's figure stored under Skanderborg's measure is the same reading, not an alternative.
    expect(a.alternatives.map((x) => x.label)).not.toContain(`${a.headline?.measure} – ${a.headline?.org}`);
  });
  it('answers the national figure when the level is named before the municipality', async () => {
    const a = await ask('Which national share of cash-benefit recipients in company-based activation is Skanderborg measured against?');
    expect(a.figures[0]).toMatchObject({ value: 14, org: 'landsplan' });
  });
  it('refuses a level the measure has no figure for, rather than answering the municipality named in it', async () => {
    const a = await ask('Hvad var gennemsnittet i Viborgs klynge for andelen af 18-29-årige på offentlig forsørgelse i januar 2015?');
    expect(a.figures).toEqual([]);
  });
});

describe('a level that is not the subject', () => {
  it('keeps the municipality when the level is what it is compared with', async () => {
    const a = await ask('Hvad er Hedensteds aktiveringsgrad for matchgruppe 2 og 3 sammenlignet med klyngen?');
    expect(a.figures[0]).toMatchObject({ value: 42, org: 'hedensted' });
  });
  it('keeps the municipality when the measure itself names the level', async () => {
    const a = await ask('Hvor mange mio. kr. kunne Viborg spare om året ved at komme ned på klyngens gennemsnit?');
    expect(a.figures[0]).toMatchObject({ value: 10, org: 'viborg' });
  });
  it('keeps the municipality for a rank counted among the level', async () => {
    const a = await ask('Hvilken placering i klyngen havde Viborg i 1. kvartal 2015?');
    expect(a.figures[0]).toMatchObject({ value: 10, org: 'viborg' });
  });
});
