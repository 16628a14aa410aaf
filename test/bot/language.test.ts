import { describe, expect, it } from 'vitest';
import { replyLang, textLang } from '../../bot/language.js';

describe('reply language', () => {
  it('a command word decides outright', () => {
    expect(replyLang({ commandLang: 'da', locale: 'en-US', text: 'hjælp' })).toBe('da');
  });

  it('a clearly Danish or English text wins over the client locale', () => {
    expect(replyLang({ locale: 'en-US', text: 'Hvor mange var på kontanthjælp i august 2018?' })).toBe('da');
    expect(replyLang({ locale: 'da-DK', text: 'How many were on benefits in August 2018?' })).toBe('en');
    expect(replyLang({ locale: 'en-US', text: 'status pr. 3. september 2018' })).toBe('da');
  });

  it('an ambiguous text follows the locale, and Danish is the default', () => {
    expect(textLang('KIK II 2018')).toBeUndefined();
    expect(replyLang({ locale: 'en-GB', text: 'KIK II 2018' })).toBe('en');
    expect(replyLang({ text: 'KIK II 2018' })).toBe('da');
    expect(replyLang({ locale: 'de-DE' })).toBe('da');
  });
});
