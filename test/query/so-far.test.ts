/**
 * "indtil nu", "til dato", "so far", "to date" insist on what has happened: a plan or a target is never the
 * answer (words.json strictKinds.actual), while a measure with a realised figure still answers. Values are the
 * documents' (003: the clarification workshops).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('what has happened so far', () => {
  it('is not answered with the number planned', async () => {
    for (const q of ['Hvor mange jobparate har gennemført et forløb på afklaringsværkstederne indtil nu?', 'How many job-ready citizens have completed a clarification workshop course to date?']) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.kind, q).toBe('no-figure');
    }
  });
  it('the plan asked without those words is still answered, and a realised figure with them', async () => {
    expect((await ask('Hvor mange jobparate skal gennemføre et forløb på afklaringsværkstederne?')).figures[0]).toMatchObject({ value: 200 });
    expect((await ask('Hvor mange borgere fra afklaringsværkstederne er indtil nu afsluttet til ordinært arbejde?')).figures[0]).toMatchObject({ value: 17 });
  });
});
