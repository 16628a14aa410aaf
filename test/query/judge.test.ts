/** The eval's judge: when an answer counts as right. */
import { describe, expect, it } from 'vitest';
import { judge } from '../../functions/query/evaluation.js';
import type { Answer } from '../../functions/query/types.js';

const answer = (value: number, unit: string): Answer => ({
  kind: 'figure', lang: 'da', text: '', alternatives: [], confidence: 1,
  figures: [{ kpi: 'k', org: 'o', period: '2018', kind: 'actual', value, unit, source: 's' }],
});

const shown = (title: string, code?: string): Answer => ({
  kind: 'case', lang: 'da', text: '', alternatives: [], confidence: 1, figures: [],
  case: { id: 'c', orgId: 'o', orgName: 'O', title, kind: 'indsats', economy: [], goals: [], measures: [], ...(code ? { code } : {}) },
});

/** Whether a case answer showing `title` (and `code`) is judged right for the expected case name. */
const known = (expected: string, title: string, code?: string) => judge({ id: 'x', q: 'x', expect: { case: expected } }, shown(title, code)).ok;

describe('the judge', () => {
  it('converts scales but refuses a figure of another unit family with the same digits', () => {
    expect(judge({ id: 'a', q: 'x', expect: { value: 15.6, unit: 'mio. kr.' } }, answer(15600, '1.000 kr.')).ok).toBe(true);
    expect(judge({ id: 'b', q: 'x', expect: { value: 230, unit: 'persons' } }, answer(230, 'kr.')).ok).toBe(false);
    expect(judge({ id: 'c', q: 'x', expect: { value: 28, unit: 'percent' } }, answer(28, 'percentage points')).ok).toBe(true);
    // A duration is not a head count, nor another duration: 45 weeks never passes for 45 persons or 45 hours.
    expect(judge({ id: 'w', q: 'x', expect: { value: 45, unit: 'weeks' } }, answer(45, 'persons')).ok).toBe(false);
    expect(judge({ id: 'w1', q: 'x', expect: { value: 45, unit: 'weeks' } }, answer(45, 'hours')).ok).toBe(false);
    expect(judge({ id: 'w2', q: 'x', expect: { value: 45, unit: 'weeks' } }, answer(45, 'weeks')).ok).toBe(true);
  });

  it('takes an expectation as rounded to two decimals in its unit, and no further', () => {
    expect(judge({ id: 'r1', q: 'x', expect: { value: 0.92, unit: 'ratio' } }, answer(0.915192, 'times')).ok).toBe(true);
    expect(judge({ id: 'r2', q: 'x', expect: { value: 0.92, unit: 'ratio' } }, answer(0.9149, 'times')).ok).toBe(false);
    expect(judge({ id: 'r3', q: 'x', expect: { value: 1.3, unit: 'mio. kr.' } }, answer(1304, '1.000 kr.')).ok).toBe(true);
    expect(judge({ id: 'r4', q: 'x', expect: { value: 1.3, unit: 'mio. kr.' } }, answer(1310, '1.000 kr.')).ok).toBe(false);
    expect(judge({ id: 'r5', q: 'x', expect: { value: 8, unit: 'persons' } }, answer(8.5, 'persons')).ok).toBe(false);
  });

  it('compares magnitudes only when the question or its expectation says "absolute"', () => {
    expect(judge({ id: 's', q: 'x', expect: { value: -37, unit: 'mio. kr.' } }, answer(37, 'mio. kr.')).ok).toBe(false);
    expect(judge({ id: 't', q: 'x', expect: { value: -37, unit: 'mio. kr.' }, absolute: true }, answer(37, 'mio. kr.')).ok).toBe(true);
    expect(judge({ id: 'u', q: 'x', expect: { value: -37, unit: 'mio. kr.', absolute: true } }, answer(37, 'mio. kr.')).ok).toBe(true);
    expect(judge({ id: 'v', q: 'x', expect: { value: -37, unit: 'mio. kr.', absolute: true } }, answer(36, 'mio. kr.')).ok).toBe(false);
  });

  it('"none" is right only without any figure', () => {
    expect(judge({ id: 'd', q: 'x', expect: 'none' }, answer(1, 'persons')).ok).toBe(false);
    expect(judge({ id: 'e', q: 'x', expect: 'none' }, { ...answer(1, 'persons'), figures: [] }).ok).toBe(true);
  });

  it('a case answer is never right for a value, nor a figure for a case', () => {
    expect(judge({ id: 'v', q: 'x', expect: { value: 1, unit: 'persons' } }, shown('Løntilskud')).ok).toBe(false);
    expect(judge({ id: 'k', q: 'x', expect: { case: 'k' } }, answer(1, 'persons')).ok).toBe(false);
  });

  describe('knows a case by', () => {
    it('its code, folded as codes are ("UE 09a" is "ue9a"), not a code it only begins with', () => {
      expect(known('ue9a', 'Mentorordning for ledige', 'UE 09a')).toBe(true);
      expect(known('Spor 2', 'Længerevarende indsatser', 'Spor 2.1')).toBe(false);
    });

    it('its whole title, in any case and with Danish letters folded, not a part of it', () => {
      expect(known('mentorordning for ledige over 50 år', 'Mentorordning for ledige over 50 år')).toBe(true);
      expect(known('Mentorordning for ledige', 'Mentorordning for ledige over 50 år')).toBe(false);
    });

    it('a short name the title gives in brackets or quotes, not one word of it', () => {
      expect(known('JobSpor', 'Job med uddannelsesperspektiv (JobSpor)', 'Spor 2.13')).toBe(true);
      expect(known('Close the gap', '"Close the gap" samt Wanek & Myrner')).toBe(true);
      expect(known('Wanek', '"Close the gap" samt Wanek & Myrner')).toBe(false);
      expect(known('Job', 'Job med uddannelsesperspektiv (JobSpor)')).toBe(false);
    });

    it('its title without the bracketed remarks, not a shorter part of that', () => {
      expect(known('Sprogskole for nyankomne', 'Sprogskole for nyankomne (flyttet fra spor 1)')).toBe(true);
      expect(known('Sprogskole', 'Sprogskole for nyankomne (flyttet fra spor 1)')).toBe(false);
    });

    it('the lead before a dash separator (" – ", " - ", ": "), not a word of the lead nor what follows', () => {
      expect(known('ABC', 'ABC – Aktiv beskæftigelse for unge')).toBe(true);
      expect(known('Rask', 'Rask - hurtig tilbagevenden efter sygdom')).toBe(true);
      expect(known('Business Plan', 'Business Plan: hurtigere afklaring')).toBe(true);
      expect(known('Aktiv beskæftigelse for unge', 'ABC – Aktiv beskæftigelse for unge')).toBe(false);
      expect(known('Business', 'Business Plan: hurtigere afklaring')).toBe(false);
      // A hyphen inside a word is no separator: "EGU-forløb" does not stand for "EGU".
      expect(known('EGU', 'EGU-forløb for sårbare unge')).toBe(false);
    });

    it('never a name it only begins with: "KIK" is not "KIK II"', () => {
      expect(known('KIK', 'KIK II – nyt investeringsprojekt (juni 2018)', 'KIK II')).toBe(false);
      expect(known('KIK II', 'KIK II – nyt investeringsprojekt (juni 2018)')).toBe(true);
      expect(known('spor 2', 'Længerevarende indsatser (spor 2)', 'Spor 2')).toBe(true);
    });
  });
});
