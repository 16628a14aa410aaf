/**
 * Local time in a zone, both ways: instantOf on ordinary days, at both daylight-saving changes, at the
 * year's ends and on a leap day; addDays across months, years and backwards; wallTime's weekday.
 */
import { describe, expect, it } from 'vitest';
import { addDays, instantOf, isValidTimeZone, wallTime } from '../../functions/digest/local-time.js';

const CPH = 'Europe/Copenhagen';

describe('instantOf', () => {
  it.each([
    ['2026-06-15', 9, 30, CPH, '2026-06-15T07:30:00.000Z'],
    ['2026-01-15', 9, 30, CPH, '2026-01-15T08:30:00.000Z'],
    ['2026-06-15', 9, 30, 'UTC', '2026-06-15T09:30:00.000Z'],
    ['2026-06-15', 9, 30, 'America/New_York', '2026-06-15T13:30:00.000Z'],
    // Spring: 02:30 does not happen; the first minute after the jump, 03:00 (01:00 UTC).
    ['2026-03-29', 2, 30, CPH, '2026-03-29T01:00:00.000Z'],
    // Autumn: 02:30 happens twice; the first time, still summer time.
    ['2026-10-25', 2, 30, CPH, '2026-10-25T00:30:00.000Z'],
    // The year's ends: two days before 1 January is in the year before.
    ['2027-01-01', 0, 5, CPH, '2026-12-31T23:05:00.000Z'],
    ['2026-12-31', 23, 59, CPH, '2026-12-31T22:59:00.000Z'],
    ['2028-02-29', 12, 0, CPH, '2028-02-29T11:00:00.000Z'],
    ['2026-03-01', 0, 0, 'UTC', '2026-03-01T00:00:00.000Z'],
  ])('%s %i:%i in %s is %s', (date, hour, minute, zone, iso) => {
    expect(instantOf(date, hour, minute, zone).toISOString()).toBe(iso);
  });

  it('refuses a date past what the calendar reckons (croner looks no further than the year 3000)', () => {
    expect(() => instantOf('3000-06-01', 9, 30, CPH)).toThrow(new RangeError('no 3000-06-01 9:30 in Europe/Copenhagen'));
  });

  it('is the wall time it was asked for, read back', () => {
    for (const date of ['2026-02-28', '2026-07-31', '2026-11-30']) {
      expect(wallTime(instantOf(date, 18, 45, CPH), CPH)).toMatchObject({ date, hour: 18, minute: 45 });
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-06-15', -7, '2026-06-08'],
  ])('%s %i days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });
});

describe('wallTime and isValidTimeZone', () => {
  it('gives the local date, ISO weekday, hour and minute', () => {
    // 2026-03-29 is a Sunday (7); 23:30 UTC on Saturday the 28th is already Sunday in Copenhagen.
    expect(wallTime(Date.UTC(2026, 2, 28, 23, 30), CPH)).toEqual({ date: '2026-03-29', weekday: 7, hour: 0, minute: 30 });
    expect(wallTime(new Date(Date.UTC(2026, 2, 30, 6, 5)), 'UTC')).toEqual({ date: '2026-03-30', weekday: 1, hour: 6, minute: 5 });
  });

  it('knows the zones of the time-zone database and no others', () => {
    expect(isValidTimeZone(CPH)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
