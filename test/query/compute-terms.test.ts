/**
 * A sum of three or more listed terms adds every one of them, or refuses by name the term it cannot find:
 * the frame's two sides alone left the third out (a confident wrong total). Values are document 001's
 * (Aabenraa's budget table, 2019, in 1.000 kr.).
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../functions/domain/query/index.js';
import { listTerms } from '../../functions/query/compute-terms.js';
import { seededEngine } from './support/seed-store.js';

describe('listTerms', () => {
  const frame = (text: string, measure: string[]) => ({ text, measure }) as Frame;
  const members = (text: string) => ['alpha', 'beta', 'gamma'].filter((w) => text.includes(w)).map((w) => `x:${w}`);
  it('cuts at commas and the last "og" / "and", keeping the stretches that hold measure words', () => {
    const terms = listTerms(frame('hvad er budgettet til alpha, beta og gamma tilsammen i 2019?', ['alpha', 'beta', 'gamma']), members);
    expect(terms).toEqual([
      { words: ['alpha'], members: ['x:alpha'] },
      { words: ['beta'], members: ['x:beta'] },
      { words: ['gamma'], members: ['x:gamma'] },
    ]);
  });
  it('a term naming no member keeps its words, for the refusal', () => {
    const terms = listTerms(frame('budgets for alpha benefit, early pension and gamma jobs together', ['alpha', 'benefit', 'early', 'pension', 'gamma', 'jobs']), members);
    expect(terms.map((t) => t.words)).toEqual([['alpha', 'benefit'], ['early', 'pension'], ['gamma', 'jobs']]);
    expect(terms[1]!.members).toEqual([]);
  });
  it('a stretch without measure words is no term', () => {
    expect(listTerms(frame('alpha og beta i 2019, tilsammen', ['alpha', 'beta']), members)).toHaveLength(2);
  });
});

describe('sums of three or more terms', () => {
  const { ask } = seededEngine();

  it('adds every benefit listed, each from its own budget line', async () => {
    const a = await ask('Hvor meget er der budgetteret til fleksjob, kontanthjælp og førtidspension i alt i 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 144275 + 107644 + 275246, unit: '1.000 kr.' });
    expect(a.calculation?.expression).toBe('144.275 + 107.644 + 275.246 = 527.165 t.kr.');
    expect(a.calculation?.operands).toHaveLength(3);
  });
  it('refuses, naming it, a listed term it has no line for rather than leaving it out', async () => {
    const a = await ask('What are the budgets for cash benefit, early retirement pension and flex jobs together in 2019?');
    expect(a.kind).toBe('no-figure');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('early retirement pension');
  });
  it('a budget line whose name holds "og" is one term of the list', async () => {
    const a = await ask('Hvad er budgettet til kontanthjælp, førtidspension og ledighedsydelse og fleksjob i alt i 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 107644 + 275246 + 144275 });
    expect(a.calculation?.operands).toHaveLength(3);
  });
  it('two terms stay the two sides', async () => {
    const a = await ask('Hvad er budgettet til kontanthjælp og førtidspension tilsammen i 2019?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 107644 + 275246 });
  });
});
