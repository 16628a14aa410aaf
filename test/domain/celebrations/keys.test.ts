/** Milestone subjects as Cosmos DB will store them: no forbidden character, and no two subjects merged into one. */
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../functions/domain/celebrations/index.js';
import { subjectId } from '../../../functions/domain/celebrations/keys.js';

describe('subjectId', () => {
  it('replaces the characters Cosmos DB forbids with "_", so "a/b" and "ab" stay two subjects', () => {
    expect(subjectId('herning.a/b?c#d\\e', '2019-01')).toBe('herning.a_b_c_d_e~2019-01');
    expect(subjectId('a/b')).not.toBe(subjectId('ab'));
    expect(keyOf({ rule: 'new-best', subjectId: subjectId('k/1', '2019-01') })).toBe('new-best~k_1~2019-01');
  });
});
