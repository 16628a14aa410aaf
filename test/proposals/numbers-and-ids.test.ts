/**
 * The small rules behind a proposal's number and typed figures, one case per branch: a unit's prefix
 * for each shape of unit name, when a number counts as taken, decimals in each notation, and signs.
 */
import { describe, expect, it } from 'vitest';
import { assignNumber, decimalPlaces, followingNumber, numberTaken, parseDanishNumber, parseTypedNumber, proposalIdFor, typedDecimalPlaces, unitPrefix } from '../../functions/domain/proposals/index.js';

describe('a unit\'s number prefix', () => {
  it.each([
    ['the prefix its earlier numbers carry', 'Jobcentret', ['JC 09'], 'JC'],
    ['a prefix of several words, lower case', 'Unge', ['unge team 3'], 'UNGE TEAM'],
    ['the first earlier number that has one', 'BIC', ['uden tal', 'BIC 07'], 'BIC'],
    ['an earlier number written without a space', 'Jobcentret', ['JC09'], 'JC'],
    ['not letters after a number', 'Jobcentret', ['2019 JC 3'], 'JOB'],
    ['a short one-word name as it is', 'Bic', [], 'BIC'],
    ['a five-letter name as it is', 'Unger', [], 'UNGER'],
    ['a longer name by its first three letters', 'Sygedagpenge', [], 'SYG'],
    ['several words by their initials', 'Center for Beskæftigelse', [], 'CFB'],
    ['at most five initials', 'a b c d e f g', [], 'ABCDE'],
    ['words split at anything but letters', 'Job-og Ydelse/Center', [], 'JOYC'],
    ['no letters at all', ' 12 ', [], 'F'],
  ])('%s', (_name, unit, numbers, prefix) => {
    expect(unitPrefix(unit, numbers)).toBe(prefix);
  });
});

describe('ids and numbering', () => {
  it('a quick win and a priority proposal get ids of their kind', () => {
    expect(proposalIdFor('herning', 'quick-win', 'k')).toMatch(/^herning\.quick-win-[0-9a-f]{12}$/);
    expect(proposalIdFor('herning', 'priority', 'k')).toMatch(/^herning\.forslag-[0-9a-f]{12}$/);
  });

  it('a unit is the same unit whatever its case or surrounding spaces', () => {
    // Its earlier numbers ("JC 09") decide the prefix only if it is recognised as the same unit.
    expect(assignNumber(' jobcentret', undefined, [{ responsibleUnit: 'Jobcentret ', number: 'JC 09' }])).toBe('JC 10');
  });
});

describe('a number already taken', () => {
  const existing = [
    { id: 'herning.forslag-1', number: 'BIC 08' },
    { id: 'herning.forslag-2', number: undefined },
  ];
  it('ignores spaces and case, and the proposal being edited', () => {
    expect(numberTaken('bic08', existing)).toBe(true);
    expect(numberTaken(' BIC  08 ', existing)).toBe(true);
    expect(numberTaken('BIC 08', existing, 'herning.forslag-1')).toBe(false);
    expect(numberTaken('BIC 09', existing)).toBe(false);
    expect(numberTaken('', existing)).toBe(false);
  });
});

describe('decimals and signs', () => {
  it.each([
    ['0,615', 3],
    ['1.600,25', 2],
    ['1.600', 0],
    ['-0,5', 1],
    ['−0,50', 2],
    ['+0.1', 1],
    ['12', 0],
    ['abc', 0],
  ])('%s has %i decimals', (text, places) => {
    expect(decimalPlaces(text)).toBe(places);
    expect(typedDecimalPlaces(text, 'da')).toBe(places);
  });

  it('an English thousands comma is not a decimal', () => {
    expect(typedDecimalPlaces('1,600', 'en')).toBe(0);
    expect(typedDecimalPlaces('1,600.25', 'en')).toBe(2);
    expect(typedDecimalPlaces('1,600', 'da')).toBe(3);
  });

  it('reads every sign in both languages', () => {
    expect(parseTypedNumber('−1,600', 'en')).toBe(-1600);
    expect(parseTypedNumber('+1,600', 'en')).toBe(1600);
    expect(parseTypedNumber(' 2,000 ', 'en')).toBe(2000);
    expect(parseTypedNumber('-0,5', 'en')).toBe(-0.5);
    expect(Object.is(parseDanishNumber('-0'), 0)).toBe(true);
    expect(parseDanishNumber('-0,25')).toBe(-0.25);
    expect(parseDanishNumber('+-3')).toBeUndefined();
    expect(parseDanishNumber('--3')).toBeUndefined();
  });
});

describe('the number after a taken one', () => {
  it('counts on in the same series and keeps the width', () => {
    expect(followingNumber('QQ 12')).toBe('QQ 13');
    expect(followingNumber('BIC 09')).toBe('BIC 10');
    expect(followingNumber('JC 99')).toBe('JC 100');
    expect(followingNumber('UE 007')).toBe('UE 008');
  });
});
