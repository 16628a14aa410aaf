/**
 * The chat's words for errors with a reason: every reason is worded in both languages, differently, with
 * its parameters, and an error without a reason keeps its own message. The store and proposal tests show
 * a few reasons end to end; this covers the whole table.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_WORDING, errorText, type ErrorCode } from '../../functions/domain/error-wording.js';

const PARAMS = { id: 'P-7f3a', last: 'BIC 99' };

describe('error wording', () => {
  it('words every reason in Danish and in English as whole sentences, naming what its parameters say', () => {
    for (const code of Object.keys(ERROR_WORDING) as ErrorCode[]) {
      const da = ERROR_WORDING[code].da(PARAMS);
      const en = ERROR_WORDING[code].en(PARAMS);
      expect(da, code).toMatch(/^\p{Lu}.{10,}\.$/u);
      expect(en, code).toMatch(/^\p{Lu}.{10,}\.$/u);
      expect(da, code).not.toBe(en);
      for (const value of Object.values(PARAMS)) expect(da.includes(value), `${code} ${value}`).toBe(en.includes(value));
    }
    expect(ERROR_WORDING['proposal.kept-changing'].da(PARAMS)).toContain('P-7f3a');
    expect(ERROR_WORDING['proposal.no-free-number'].en(PARAMS)).toContain('BIC 99');
  });

  it('gives the reason\'s words in the chat\'s language, and the message of an error without a reason', () => {
    const error = { message: 'Proposal P-7f3a kept changing (internal)', reason: { code: 'proposal.kept-changing' as const, params: PARAMS } };
    expect(errorText(error, 'da')).toBe(ERROR_WORDING['proposal.kept-changing'].da(PARAMS));
    expect(errorText(error, 'en')).toBe(ERROR_WORDING['proposal.kept-changing'].en(PARAMS));
    expect(errorText({ message: 'Det gik galt.' }, 'en')).toBe('Det gik galt.');
    expect(errorText({ message: 'x', reason: { code: 'store.stale' } }, 'da')).toBe(ERROR_WORDING['store.stale'].da({}));
  });
});
