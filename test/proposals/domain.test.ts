import { describe, expect, it } from 'vitest';
import {
  assignNumber,
  availableActions,
  decisionErrors,
  DANISH_NUMBER_PATTERN,
  draftFromForm,
  firstQuantity,
  formFromDraft,
  normaliseNumber,
  parseDanishNumber,
  parseTypedNumber,
  submitSchemas,
  proposalIdFor,
  redactCpr,
  submissionKey,
  transition,
  validateDraft,
} from '../../functions/domain/proposals/index.js';
import { PRIORITY, QUICK_WIN } from './support.js';

describe('Danish numbers', () => {
  it.each([
    ['0,61', 0.61],
    ['1.600', 1600],
    ['-281', -281],
    ['−281', -281],
    ['1.600,5', 1600.5],
    ['12.345.678', 12345678],
    ['0.61', 0.61],
    ['0.600', 0.6],
    [' 375 ', 375],
    ['+12', 12],
    ['1.60', 1.6],
  ])('reads %s as %s', (text, value) => {
    expect(parseDanishNumber(text)).toBe(value);
    expect(new RegExp(DANISH_NUMBER_PATTERN).test(text)).toBe(true);
  });

  it.each(['', 'abc', '1.600.5', '1,600,5', '12.34.567', '- 3', '1e5', '0x10'])('refuses %j, in the card regex too', (text) => {
    expect(parseDanishNumber(text)).toBeUndefined();
    expect(new RegExp(DANISH_NUMBER_PATTERN).test(text)).toBe(false);
  });
});

describe('numbers typed by an English user', () => {
  it.each([
    ['1,600', 'en', 1600],
    ['1,600', 'da', 1.6],
    ['-1,600.5', 'en', -1600.5],
    ['0,61', 'en', 0.61],
    ['0,615', 'en', 0.615],
    ['1.600', 'en', 1600],
  ] as const)('reads %s in %s as %s', (text, lang, value) => {
    expect(parseTypedNumber(text, lang)).toBe(value);
  });

  it('stores an English "1,600" as one thousand six hundred, not 1.6', () => {
    const parsed = submitSchemas('en').quickWin.safeParse({
      kind: 'quick-win', orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Shared rooms', description: 'One booking system.', estimatedYearlySaving: '1,600',
    });
    expect(parsed.success && parsed.data.estimatedYearlySaving).toBe(1600);
  });
});

describe('submit validation', () => {
  it('accepts a priority proposal typed the Danish way and drops blank years', () => {
    const result = validateDraft(PRIORITY, 'da');
    expect(result.ok).toBe(true);
    if (!result.ok || result.draft.kind !== 'priority') return;
    expect(result.draft.effortTypes).toEqual(['tidlig', 'afhjaelpende']);
    expect(result.draft.economy).toEqual([
      { year: 2027, operatingCostChange: 375, benefitSaving: 1161, staffChange: 0.61 },
      { year: 2028, operatingCostChange: 450, benefitSaving: 1600, staffChange: 1 },
      { year: 2029, operatingCostChange: -281 },
    ]);
  });

  it('names each bad field by the path that is also its card input id, in the user\'s language', () => {
    const bad = {
      ...PRIORITY,
      title: '  ',
      number: 'BIC',
      approach: 'gætværk',
      economy: [
        { year: '2027', operatingCostChange: '1.6x00', staffChange: '0,615' },
        { year: '2028', benefitSaving: '99999999999' },
      ],
    };
    const result = validateDraft(bad, 'da');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors.map((e) => [e.field, e.message]))).toEqual({
      title: 'Skal udfyldes.',
      number: expect.stringContaining('BIC 08'),
      approach: 'Vælg en af mulighederne.',
      'economy.0.operatingCostChange': 'Skriv et tal, fx 1.600, -281 eller 0,61.',
      'economy.0.staffChange': 'Højst 2 decimaler.',
      'economy.1.benefitSaving': expect.stringMatching(/^Skal ligge mellem/),
    });
    // Whole-table rules come once every cell reads.
    const twice = validateDraft({ ...PRIORITY, economy: [{ year: 2027, staffChange: 1 }, { year: '2027', staffChange: '2' }] }, 'en');
    expect(twice).toMatchObject({ ok: false, errors: [{ field: 'economy.1.year', message: 'That year is there already.' }] });
    expect(validateDraft({ ...QUICK_WIN, description: undefined }, 'en')).toMatchObject({ ok: false, errors: [{ field: 'description', message: 'Required.' }] });
  });

  it('refuses text with a CPR number, naming the field but never the number', () => {
    const result = validateDraft({ ...QUICK_WIN, description: 'Borger 010190-1234 fik job' }, 'da');
    expect(result).toMatchObject({ ok: false, cpr: true, errors: [{ field: 'description' }] });
    expect(JSON.stringify(result)).not.toContain('010190');
    expect(redactCpr('Borger 0101901234 og 12345678 og 320190-1234', '[fjernet]')).toBe('Borger [fjernet] og 12345678 og 320190-1234');
  });

  it('maps the flat card inputs to the draft and back', () => {
    const form = { kind: 'priority', orgId: 'herning', responsibleUnit: 'BIC', title: 'T', plannedAction: 'P', 'economy.0.year': '2027', 'economy.0.staffChange': '0,61', 'economy.3.year': '2030', ignored: 'x' };
    const draft = draftFromForm('priority', form);
    expect(draft).toEqual({ kind: 'priority', orgId: 'herning', responsibleUnit: 'BIC', title: 'T', plannedAction: 'P', economy: [{ year: '2027', staffChange: '0,61' }, { year: '2030' }] });
    const parsed = validateDraft(draft, 'da');
    const back = parsed.ok ? formFromDraft(parsed.draft) : {};
    expect(back).toMatchObject({ 'economy.0.year': '2027', 'economy.0.staffChange': '0,61' });
    // A cell left blank comes back blank, not as "0".
    expect(back).not.toHaveProperty(['economy.0.operatingCostChange']);
  });
});

describe('lifecycle', () => {
  it('lets reviewers decide open proposals, and nobody else', () => {
    expect(transition('submitted', 'approve', ['reviewer'])).toEqual({ ok: true, status: 'approved' });
    expect(transition('in-review', 'reject', ['reviewer'])).toEqual({ ok: true, status: 'rejected' });
    expect(transition('in-review', 'request-changes', ['reviewer'])).toEqual({ ok: true, status: 'changes-requested' });
    expect(transition('in-review', 'approve', ['submitter'])).toEqual({ ok: false, reason: 'not-permitted' });
    expect(transition('approved', 'approve', ['reviewer'])).toEqual({ ok: false, reason: 'not-allowed-now' });
  });

  it('walks submitted → in review → changes requested → resubmitted → approved → implemented → archived', () => {
    const steps: [Parameters<typeof transition>[1], Parameters<typeof transition>[2], string][] = [
      ['start-review', ['system'], 'in-review'],
      ['request-changes', ['reviewer'], 'changes-requested'],
      ['resubmit', ['submitter'], 'submitted'],
      ['approve', ['reviewer'], 'approved'],
      ['edit', ['reviewer'], 'approved'],
      ['implement', ['reviewer'], 'implemented'],
      ['archive', ['reviewer'], 'archived'],
    ];
    let status: Parameters<typeof transition>[0] = 'submitted';
    for (const [action, roles, expected] of steps) {
      const move = transition(status, action, roles);
      expect(move, `${action} from ${status}`).toEqual({ ok: true, status: expected });
      if (move.ok) status = move.status;
    }
    expect(availableActions('archived', ['reviewer', 'submitter', 'system'])).toEqual([]);
    expect(transition('in-review', 'archive', ['submitter'])).toEqual({ ok: true, status: 'archived' });
    expect(transition('approved', 'archive', ['submitter'])).toEqual({ ok: false, reason: 'not-permitted' });
  });

  it('requires a reason to reject and a comment to request changes', () => {
    expect(decisionErrors({ decision: 'approve' }, 'en')).toEqual([]);
    expect(decisionErrors({ decision: 'reject' }, 'da', 'reason')).toEqual([{ field: 'reason', message: 'Skriv en begrundelse for afvisningen.' }]);
    expect(decisionErrors({ decision: 'request-changes' }, 'en')).toEqual([{ field: 'comment', message: 'Say what should change.' }]);
    expect(decisionErrors({ decision: 'reject', comment: 'Ingen budget' }, 'da')).toEqual([]);
  });
});

describe('identity and numbering', () => {
  it('derives one id per card instance and user', () => {
    const a = proposalIdFor('herning', 'quick-win', submissionKey('form-1', '29:a'));
    expect(a).toMatch(/^herning\.quick-win-[0-9a-f]{12}$/);
    expect(proposalIdFor('herning', 'quick-win', submissionKey('form-1', '29:a'))).toBe(a);
    expect(proposalIdFor('herning', 'quick-win', submissionKey('form-1', '29:b'))).not.toBe(a);
    expect(proposalIdFor('herning', 'quick-win', submissionKey('form-2', '29:a'))).not.toBe(a);
  });

  it('numbers by the unit\'s prefix, or the typed number normalised', () => {
    const existing = [
      { responsibleUnit: 'BIC', number: 'BIC 07' },
      { responsibleUnit: 'Jobcentret', number: 'JC 09' },
      { responsibleUnit: 'Ungeenheden', number: 'UE 09b' },
    ];
    expect(assignNumber('BIC', undefined, existing)).toBe('BIC 08');
    expect(assignNumber('jobcentret', undefined, existing)).toBe('JC 10');
    expect(assignNumber('Ungeenheden', undefined, existing)).toBe('UE 10');
    expect(assignNumber('Center for Beskæftigelse', undefined, existing)).toBe('CFB 01');
    expect(assignNumber('BIC', 'BIC 20', existing)).toBe('BIC 20');
    expect(normaliseNumber('bic 8')).toBe('BIC 08');
    expect(normaliseNumber('ue09a')).toBe('UE 09a');
  });

  it('reads the number and unit of a success criterion, skipping years', () => {
    expect(firstQuantity('I 2018 skal 10 borgere mere i job')).toEqual({ value: 10, unit: 'persons' });
    expect(firstQuantity('Ledigheden falder med 2,5 %')).toEqual({ value: 2.5, unit: 'percent' });
    expect(firstQuantity('Reducere med 50 helårspersoner pr. år')).toEqual({ value: 50, unit: 'full-year-persons' });
    expect(firstQuantity('Bedre trivsel')).toBeUndefined();
  });
});
