import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../functions/domain/query/lexicon.js';

describe('PhraseTable', () => {
  it('finds a prefix phrase added after a token was looked up (the per-token lookups are forgotten on add)', () => {
    const table = new PhraseTable<string>();
    table.add('budget*', 'budget');
    expect(table.match(['budgetterne'], 0)?.values).toEqual(['budget']);
    table.add('budgetter*', 'plural');
    table.add('bud*', 'short');
    // Equally long matches keep the order the phrases were added in.
    expect(table.match(['budgetterne'], 0)?.values).toEqual(['budget', 'plural', 'short']);
    expect(table.match(['bude'], 0)?.values).toEqual(['short']);
  });

  it('scans a text left to right, the longest phrase first, and sees a phrase added after the text was scanned', () => {
    const table = new PhraseTable<string>();
    table.add('sparet ydelse', 'saving');
    table.add('ydelse', 'benefit');
    expect(table.scan('Sparet ydelse og ydelse')).toEqual([
      { values: ['saving'], words: ['sparet', 'ydelse'] },
      { values: ['benefit'], words: ['ydelse'] },
    ]);
    table.add('og', 'and');
    expect(table.scan('Sparet ydelse og ydelse').map((p) => p.values)).toEqual([['saving'], ['and'], ['benefit']]);
    // Each caller gets its own copy of a remembered scan.
    table.scan('ydelse')[0]!.values.push('changed');
    expect(table.scan('ydelse')[0]!.values).toEqual(['benefit']);
  });
});
