import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../functions/domain/model.js';
import { dueAt, dueSubscriptions, lastOccurrence, nextOccurrence, periodOf } from '../../functions/digest/schedule.js';
import { wallTime } from '../../functions/digest/local-time.js';

function sub(partial: Partial<Subscription> = {}): Subscription {
  return {
    id: 's1',
    conversationId: 'c1',
    orgId: 'aabenraa',
    caseIds: [],
    weekday: 1,
    time: '08:00',
    timeZone: 'Europe/Copenhagen',
    language: 'da',
    active: true,
    createdBy: { id: 'u1' },
    createdAt: '2025-01-01T00:00:00Z',
    ...partial,
  };
}

const at = (iso: string) => new Date(iso);

describe('Monday 08:00 Europe/Copenhagen across the 2026 daylight-saving changes', () => {
  it('is 07:00 UTC before the spring change (29 March) and 06:00 UTC after it', () => {
    expect(lastOccurrence(sub(), at('2026-03-23T12:00:00Z')).at.toISOString()).toBe('2026-03-23T07:00:00.000Z');
    expect(lastOccurrence(sub(), at('2026-03-30T12:00:00Z')).at.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('is 06:00 UTC before the autumn change (25 October) and 07:00 UTC after it', () => {
    expect(lastOccurrence(sub(), at('2026-10-19T12:00:00Z')).at.toISOString()).toBe('2026-10-19T06:00:00.000Z');
    expect(lastOccurrence(sub(), at('2026-10-26T12:00:00Z')).at.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('becomes due at 08:00 local time on the Monday after the change, not an hour early or late', () => {
    const s = sub();
    expect(dueAt(s, at('2026-03-30T05:59:00Z'))).toBeUndefined();
    expect(dueAt(s, at('2026-03-30T06:00:00Z'))?.period).toBe('2026-W14');
    expect(dueAt(s, at('2026-10-26T06:45:00Z'))).toBeUndefined();
    expect(dueAt(s, at('2026-10-26T07:00:00Z'))?.period).toBe('2026-W44');
  });

  it('is not due in the last second before its occurrence: the occurrence then is last week\'s', () => {
    const s = sub();
    expect(lastOccurrence(s, at('2026-03-30T05:59:59.999Z')).at.toISOString()).toBe('2026-03-23T07:00:00.000Z');
    expect(dueAt(s, at('2026-03-30T05:59:59.001Z'))).toBeUndefined();
    expect(dueAt(s, at('2026-03-30T06:00:00.000Z'))?.at.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('stays due for the catch-up window, then waits for the next week', () => {
    const s = sub();
    expect(dueAt(s, at('2026-03-30T23:00:00Z'))?.localDate).toBe('2026-03-30');
    expect(dueAt(s, at('2026-03-31T06:00:00Z'))).toBeUndefined();
    expect(dueAt(s, at('2026-03-30T09:00:00Z'), { catchUpMs: 60 * 60_000 })).toBeUndefined();
  });

  it('the week after the change is seven days minus an hour (spring) or plus an hour (autumn) later', () => {
    const spring = nextOccurrence(sub(), at('2026-03-23T12:00:00Z'));
    expect(spring.at.getTime() - Date.parse('2026-03-23T07:00:00Z')).toBe(7 * 86_400_000 - 3_600_000);
    const autumn = nextOccurrence(sub(), at('2026-10-19T12:00:00Z'));
    expect(autumn.at.getTime() - Date.parse('2026-10-19T06:00:00Z')).toBe(7 * 86_400_000 + 3_600_000);
  });
});

describe('times the change skips or repeats (Sunday 02:30)', () => {
  // The clock jumps from 02:00 to 03:00: at 03:00 the 02:30 asked for has passed, so the digest goes
  // then, the same day; not skipped to next week, and not held back to 03:30 by the length of the gap.
  it('a skipped time happens at the first minute after the jump, 03:00 CEST, the same day', () => {
    const s = sub({ weekday: 7, time: '02:30' });
    const o = lastOccurrence(s, at('2026-03-29T12:00:00Z'));
    expect(o.at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(wallTime(o.at, 'Europe/Copenhagen')).toMatchObject({ date: '2026-03-29', hour: 3, minute: 0 });
    expect(nextOccurrence(s, at('2026-03-28T12:00:00Z')).at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(dueAt(s, at('2026-03-29T00:59:00Z'))).toBeUndefined();
    expect(dueAt(s, at('2026-03-29T01:00:00Z'))?.localDate).toBe('2026-03-29');
  });

  it('a repeated time happens once, the first time', () => {
    const o = lastOccurrence(sub({ weekday: 7, time: '02:30' }), at('2026-10-25T12:00:00Z'));
    expect(o.at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const s = sub({ weekday: 7, time: '02:30' });
    // Both 02:30s fall inside the window, and both name the same period: one digest.
    expect(dueAt(s, at('2026-10-25T00:30:00Z'))?.period).toBe(dueAt(s, at('2026-10-25T01:30:00Z'))?.period);
  });
});

describe('a timer every 15 minutes through 2026', () => {
  const subscriptions = [
    sub({ id: 'cph-mon-0800' }),
    sub({ id: 'cph-sun-0230', weekday: 7, time: '02:30' }),
    sub({ id: 'ny-fri-1700', weekday: 5, time: '17:00', timeZone: 'America/New_York' }),
    sub({ id: 'utc-wed-2359', weekday: 3, time: '23:59', timeZone: 'UTC' }),
  ];
  const firstDue = new Map<string, Map<string, Date>>();
  for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 15 * 60_000) {
    for (const due of dueSubscriptions(subscriptions, new Date(t))) {
      const weeks = firstDue.get(due.subscription.id) ?? new Map<string, Date>();
      if (!weeks.has(due.period)) weeks.set(due.period, new Date(t));
      firstDue.set(due.subscription.id, weeks);
    }
  }

  it('finds each subscription due in every week of the year, each week under one period', () => {
    for (const s of subscriptions) {
      const weeks = firstDue.get(s.id)!;
      expect(weeks.size, s.id).toBeGreaterThanOrEqual(52);
      expect(weeks.size, s.id).toBeLessThanOrEqual(53);
    }
  });

  it('first finds it due within a quarter of an hour of the local time it asked for', () => {
    for (const s of subscriptions) {
      const [hour, minute] = s.time.split(':').map(Number) as [number, number];
      for (const [period, first] of firstDue.get(s.id)!) {
        const occurrence = lastOccurrence(s, first);
        expect(first.getTime() - occurrence.at.getTime(), `${s.id} ${period}`).toBeLessThan(15 * 60_000);
        const local = wallTime(occurrence.at, s.timeZone);
        expect(local.weekday, `${s.id} ${period}`).toBe(s.weekday);
        // Only the skipped 02:30 of 29 March happens later, at 03:00, by design.
        const expected = s.id === 'cph-sun-0230' && period === '2026-W13' ? [3, 0] : [hour, minute];
        expect([local.hour, local.minute], `${s.id} ${period}`).toEqual(expected);
      }
    }
  });
});

describe('the year boundary', () => {
  it('names the week by the local date: Friday 1 January 2027 00:30 in Copenhagen is in 2026-W53', () => {
    const s = sub({ weekday: 5, time: '00:30' });
    const d = dueAt(s, at('2026-12-31T23:45:00Z'));
    expect(d?.at.toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(d?.localDate).toBe('2027-01-01');
    expect(d?.period).toBe('2026-W53');
    const next = nextOccurrence(s, at('2026-12-31T23:45:00Z'));
    expect([next.localDate, next.period]).toEqual(['2027-01-08', '2027-W01']);
  });

  it('periodOf, for an "as of" date (the CLI, the status command), is the ISO week an occurrence on that date names', () => {
    expect(periodOf('2027-01-01')).toBe(dueAt(sub({ weekday: 5, time: '00:30' }), at('2026-12-31T23:45:00Z'))?.period);
    expect(['2026-12-28', '2027-01-03', '2027-01-04'].map(periodOf)).toEqual(['2026-W53', '2026-W53', '2027-W01']);
  });

  it('reaches back over New Year: on Saturday 2 January the last Wednesday is 30 December', () => {
    const o = lastOccurrence(sub({ weekday: 3, time: '09:00' }), at('2027-01-02T12:00:00Z'));
    expect([o.at.toISOString(), o.localDate, o.period]).toEqual(['2026-12-30T08:00:00.000Z', '2026-12-30', '2026-W53']);
  });
});

describe('the calendar\'s ends', () => {
  it('has no run before the first Monday of year 1 or after the last of year 9999, and says which schedule', () => {
    expect(() => lastOccurrence(sub(), at('0001-01-01T00:00:00Z'))).toThrow('no earlier run of "08:00" on weekday 1 in Europe/Copenhagen');
    expect(() => nextOccurrence(sub(), at('9999-12-31T12:00:00Z'))).toThrow('no later run of "08:00" on weekday 1 in Europe/Copenhagen');
  });
});

describe('who is due', () => {
  it('skips inactive subscriptions and occurrences from before a subscription existed', () => {
    expect(dueAt(sub({ active: false }), at('2026-03-30T06:00:00Z'))).toBeUndefined();
    expect(dueAt(sub({ createdAt: '2026-03-30T06:30:00Z' }), at('2026-03-30T07:00:00Z'))).toBeUndefined();
    expect(dueAt(sub({ createdAt: '2026-03-30T05:30:00Z' }), at('2026-03-30T07:00:00Z'))?.period).toBe('2026-W14');
    // Created at the very instant of the occurrence: that occurrence is its own.
    expect(dueAt(sub({ createdAt: '2026-03-30T06:00:00Z' }), at('2026-03-30T07:00:00Z'))?.period).toBe('2026-W14');
  });

  it('names the period by the local date: Monday 00:30 in Copenhagen is still Sunday in UTC', () => {
    const d = dueAt(sub({ time: '00:30' }), at('2026-01-04T23:40:00Z'));
    expect(d?.localDate).toBe('2026-01-05');
    expect(d?.period).toBe('2026-W02');
  });
});
