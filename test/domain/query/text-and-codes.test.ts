import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../functions/domain/query/numbers.js';
import { parseNumber } from '../../../functions/domain/numbers.js';
import { codeKey, findCaseCodes, type CaseRef } from '../../../functions/domain/query/mentions.js';
import { fold, stems } from '../../../functions/domain/query/text.js';

const cases: CaseRef[] = [
  { id: 'aabenraa.kik', orgId: 'aabenraa', code: 'KIK', title: 'KIK', aliases: ['KIK I', 'budget'] },
  { id: 'aabenraa.kik-ii', orgId: 'aabenraa', code: 'KIK II', title: 'KIK II', aliases: ['KIK-II', 'KIK 2'] },
  { id: 'herning.bic-01', orgId: 'herning', code: 'BIC 01', title: 'Udvide Transit', aliases: [] },
  { id: 'herning.ue-09a', orgId: 'herning', code: 'UE 09a', title: '20 flere EGU-pladser', aliases: [] },
  { id: 'herning.ue08', orgId: 'herning', code: 'UE08', title: 'Unge på kanten', aliases: [] },
];

describe('normalisation', () => {
  it('folds æøå to their ASCII fallbacks and lower case', () => {
    expect(fold('Forsørgelse på Åbenrå ÆBLE')).toBe('forsoergelse paa aabenraa aeble');
  });
  it('gives Danish and ASCII spellings the same stems', () => {
    expect(stems(fold('forsørgelse'))).toEqual(stems('forsoergelse'));
    expect(stems('kontanthjaelpsmodtagere')).toContain('kontanthjaelpsmodtag');
  });
});

describe('numbers in text', () => {
  it('reads Danish and English separators', () => {
    expect(parseNumber('1.869', 'da')).toBe(1869);
    expect(parseNumber('15,9', 'da')).toBe(15.9);
    expect(parseNumber('67.772', 'da')).toBe(67772);
    expect(parseNumber('1,869', 'en')).toBe(1869);
    expect(parseNumber('15.6', 'en')).toBe(15.6);
    expect(parseNumber('15.6', 'da')).toBe(15.6);
  });
  it('reads a number the shared parser\'s way in both languages: a dot before three digits quotes a Danish figure', () => {
    expect(findNumbers('1.869 persons', 'en')[0]!.value).toBe(1869);
    expect(findNumbers('1,869 persons', 'en')[0]!.value).toBe(1869);
    expect(findNumbers('1,5 mio. kr.', 'da')[0]).toMatchObject({ value: 1.5, unit: 'dkk', scale: 1_000_000 });
  });
  it('finds units and scales', () => {
    const found = findNumbers('1.869 personer, 15,9 %, 67.772 kr. og 15,6 mio. kr.', 'da');
    expect(found.map((n) => [n.value, n.unit, n.scale])).toEqual([
      [1869, undefined, 1],
      [15.9, 'percent', 1],
      [67772, 'dkk', 1],
      [15.6, 'dkk', 1_000_000],
    ]);
    expect(findNumbers('DKK 15.6 million', 'en')[0]).toMatchObject({ value: 15.6, unit: 'dkk', scale: 1_000_000 });
  });
});

describe('case codes', () => {
  it.each([
    ['vis BIC 01', 'herning.bic-01'],
    ['bic01', 'herning.bic-01'],
    ['UE 9a', 'herning.ue-09a'],
    ['ue-09A', 'herning.ue-09a'],
    ['UE 08', 'herning.ue08'],
    ['hvad er KIK II?', 'aabenraa.kik-ii'],
    ['KIK 2', 'aabenraa.kik-ii'],
    ["KIK II's investering", 'aabenraa.kik-ii'],
    // The genitive without an apostrophe: "IIs" is the numeral II and its "s", not KIK and a word "iis".
    ['KIK IIs besparelse', 'aabenraa.kik-ii'],
    ['hvad var kik iis investering i 2019', 'aabenraa.kik-ii'],
    ['UE 08s budget', 'herning.ue08'],
    ['BIC 01s mål', 'herning.bic-01'],
    // A one-word code's genitive: "KIKs" is KIK (it was not read, and the search found KIK II instead).
    ['Hvad er KIKs investering?', 'aabenraa.kik'],
    ['UE08s budget', 'herning.ue08'],
    ['KIK i 2017', 'aabenraa.kik'],
    // A code written in words whose first word alone begins no code: the zero of "ue0" goes with the 9 after it.
    ['status for ue0 9a', 'herning.ue-09a'],
  ])('%s → %s', (q, id) => expect(findCaseCodes(fold(q), cases).map((m) => m.id)).toEqual([id]));
  it('does not take ordinary-word aliases for codes', () => {
    expect(findCaseCodes(fold('hvad er budgettet'), cases)).toEqual([]);
    expect(findCaseCodes(fold('hvad er budget'), cases)).toEqual([]);
  });
  it('compares codes without spaces, case or leading zeros', () => {
    expect(codeKey('UE 09a')).toBe(codeKey('ue9A'));
    expect(codeKey('KIK II')).toBe(codeKey('kik-2'));
  });
});


describe('codes listed with their letters said once', () => {
  const listed: CaseRef[] = [
    ...['CEB 01', 'CEB 02', 'CEB 04', 'UE 09a', 'UE 09b', 'UE08'].map((code) => ({ id: codeKey(code), orgId: 'herning', code, title: code, aliases: [] })),
  ];
  const ids = (q: string) => findCaseCodes(fold(q), listed).map((m) => m.id);

  it.each([
    ['driftsudgifter for CEB 01, 02 og 04 i 2018', ['ceb1', 'ceb2', 'ceb4']],
    ['what do CEB 01 and 04 save', ['ceb1', 'ceb4']],
    ['UE 09a + 09b i alt', ['ue9a', 'ue9b']],
    ['CEB 02/04 tilsammen', ['ceb2', 'ceb4']],
  ])('%s names each', (q, want) => expect(ids(q)).toEqual(want));

  it('ends the list at a number written otherwise or no sibling has', () => {
    // A year after a code is a year; "2" is not written as the codes are; CEB 03 is no case here.
    expect(ids('CEB 01 og 2018')).toEqual(['ceb1']);
    expect(ids('CEB 01 og 2 andre')).toEqual(['ceb1']);
    expect(ids('CEB 01, 03 og 04')).toEqual(['ceb1']);
    expect(ids('CEB 01 i 04 tilfælde')).toEqual(['ceb1']);
  });
});
