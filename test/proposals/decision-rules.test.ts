/**
 * A decision's rules as a table: which decisions need a comment, in which field and language the error
 * comes, what the proposal records, and which decision is the latest.
 */
import { describe, expect, it } from 'vitest';
import { decisionErrors, latestDecision, MESSAGES, recordedDecision, validateDraft } from '../../functions/domain/proposals/index.js';

const BY = { id: '29:manager-1', name: 'Lone Leder', kind: 'user' as const };
const AT = '2026-11-23T09:00:00.000Z';

describe('decision rules', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`needs a comment for reject and request-changes only (${lang})`, () => {
      expect(decisionErrors({ decision: 'approve' }, lang)).toEqual([]);
      expect(decisionErrors({ decision: 'reject' }, lang)).toEqual([{ field: 'comment', message: MESSAGES[lang].reasonRequired }]);
      expect(decisionErrors({ decision: 'request-changes' }, lang, 'note')).toEqual([{ field: 'note', message: MESSAGES[lang].commentRequired }]);
      expect(decisionErrors({ decision: 'reject', comment: 'Nej' }, lang)).toEqual([]);
      expect(decisionErrors({ decision: 'request-changes', comment: 'Mere' }, lang)).toEqual([]);
      expect(decisionErrors({ decision: 'reject', comment: '' }, lang)).toHaveLength(1);
    });
  }

  it('records the comment only when there is one', () => {
    expect(recordedDecision({ decision: 'approve' }, BY, AT)).toEqual({ decision: 'approve', by: BY, at: AT });
    expect(recordedDecision({ decision: 'approve', comment: '' }, BY, AT)).toEqual({ decision: 'approve', by: BY, at: AT });
    expect(recordedDecision({ decision: 'reject', comment: 'Ingen budget' }, BY, AT)).toEqual({ decision: 'reject', by: BY, at: AT, comment: 'Ingen budget' });
  });

  it('the latest decision is the last recorded', () => {
    const first = recordedDecision({ decision: 'request-changes', comment: 'Mere' }, BY, AT);
    const second = recordedDecision({ decision: 'approve' }, BY, '2026-11-24T09:00:00.000Z');
    expect(latestDecision([first, second])).toBe(second);
    const third = recordedDecision({ decision: 'reject', comment: 'Alligevel ikke' }, BY, '2026-11-25T09:00:00.000Z');
    expect(latestDecision([first, second, third])).toBe(third);
    expect(latestDecision([])).toBeUndefined();
  });

  it('a CPR number refuses a draft before validation, naming each field in the user\'s language', () => {
    const result = validateDraft({ kind: 'quick-win', title: 'Borger 010190-1234', description: '0101901234' }, 'en');
    expect(result).toEqual({ ok: false, cpr: true, errors: [{ field: 'title', message: MESSAGES.en.cpr }, { field: 'description', message: MESSAGES.en.cpr }] });
    const invalid = validateDraft({ kind: 'quick-win' }, 'da');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.cpr).toBe(false);
      expect(new Set(invalid.errors.map((e) => e.field)).size).toBe(invalid.errors.length);
      expect(invalid.errors.length).toBeGreaterThan(0);
    }
  });
});
