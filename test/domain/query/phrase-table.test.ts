import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../functions/domain/query/lexicon.js';

describe('PhraseTable', () => {
  it('finds a prefix phrase added after a token was looked up (the per-token lookups are forgotten on add)', () => {
    const table = new PhraseTable<string>();
    table.add('budget*', 'budget');
    expect(table.match(['budgetterne'], 0)?.values).toEqual(['budget']);
    table.add('budgetter*', 'plural');
    table.add('bud*', 'short');
    // The longest stem a token begins with reads it: "budgetter*", not also "budget*" and "bud*".
    expect(table.match(['budgetterne'], 0)?.values).toEqual(['plural']);
    expect(table.match(['budgets'], 0)?.values).toEqual(['budget']);
    expect(table.match(['bude'], 0)?.values).toEqual(['short']);
    // Phrases of one stem keep the order they were added in.
    table.add('budget*', 'other');
    expect(table.match(['budgets'], 0)?.values).toEqual(['budget', 'other']);
  });

  it('reads a report named after a kind as no kind, and a saving named after a cost as a saving (the longer stem)', () => {
    const kinds = new PhraseTable<string>();
    kinds.add('budget*', 'budget');
    const not = new PhraseTable<string>();
    not.add('budgetopfoelgning*', 'none');
    expect(kinds.match(['budgetopfoelgningen'], 0)?.values).toEqual(['budget']);
    const money = new PhraseTable<string>();
    money.add('udgift*', 'cost');
    money.add('udgiftsreduktion*', 'saving');
    expect(money.match(['udgiftsreduktionen'], 0)?.values).toEqual(['saving']);
    expect(money.match(['udgifterne'], 0)?.values).toEqual(['cost']);
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
