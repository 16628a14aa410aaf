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
});
