/** The one text fold: the spellings a Danish user may type for the same word meet. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../functions/domain/text.js';

describe('fold', () => {
  it.each([
    ['Forsørgelse', 'forsoergelse'],
    ['ÆRØ', 'aeroe'],
    ['Ærø', 'aeroe'],
    ['Håndholdt indsats', 'haandholdt indsats'],
    ['Århus og Aabenraa', 'aarhus og aabenraa'],
    ['Café Müller', 'cafe muller'],
    ['KIK II', 'kik ii'],
    // Full-width and mathematical letters and digits, as some keyboards and copied text give them.
    ['ＫＩＫ ＩＩ ２０２１', 'kik ii 2021'],
    ['𝐊𝐈𝐊 𝟐𝟎𝟐𝟏', 'kik 2021'],
    // An "å" typed as "a" + ring above is the letter, not an "a".
    ['A\u030abenra\u030a', 'aabenraa'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('every Danish letter, in every case, meets its ASCII spelling', () => {
    expect(fold('æøåÆØÅ')).toBe(fold('aeoeaaAEOEAA'));
  });
});
