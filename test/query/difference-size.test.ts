/**
 * A stored difference asked as one ("den reelle forskel", "the real difference"), with no word saying which way, is
 * its size as the document writes it ("en reel forskel på 230"), and the answer says the table gives it as a fall.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a stored difference asked without a direction', () => {
  it.each([
    ['Hvor stor er den reelle forskel for de unge på offentlig forsørgelse i Viborg?', /færre/],
    ['How large is Viborg’s real difference for young people on public support?', /fewer/],
  ])('%s is its size, saying it is stored as a fall', async (q, note) => {
    const a = await ask(q);
    expect(a.figures[0]).toMatchObject({ value: 230, kind: 'difference', unit: 'full-time-persons' });
    expect(a.text).toMatch(note);
  });
});
