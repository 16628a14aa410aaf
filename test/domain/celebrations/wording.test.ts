import { describe, expect, it } from 'vitest';
import {
  CELEBRATION_RULES, findCelebrations, isoWeekOf, milestoneId, phrasingCount, phrasingIndex, weekOrdinal,
} from '../../../functions/domain/celebrations/index.js';
import { fig, kpi } from '../goals/seed-cases.js';

describe('ISO weeks', () => {
  it('names the week of a date, across year ends', () => {
    expect(isoWeekOf('2018-09-03')).toBe('2018-W36');
    expect(isoWeekOf('2019-12-30')).toBe('2020-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2026-11-22')).toBe('2026-W47');
  });

  it('numbers consecutive weeks consecutively', () => {
    expect(weekOrdinal('2020-W53') + 1).toBe(weekOrdinal('2021-W01'));
    expect(weekOrdinal('2018-W37') - weekOrdinal('2018-W36')).toBe(1);
    expect(weekOrdinal(isoWeekOf('2018-09-10'))).toBe(weekOrdinal(isoWeekOf('2018-09-03')) + 1);
  });
});

describe('phrasing', () => {
  it('has several phrasings per rule, and consecutive weeks never repeat one', () => {
    for (const rule of CELEBRATION_RULES) {
      expect(phrasingCount(rule)).toBeGreaterThanOrEqual(3);
      for (const [a, b] of [['2018-W52', '2019-W01'], ['2020-W53', '2021-W01'], ['2018-W36', '2018-W37']] as const) {
        expect(phrasingIndex(rule, 'some~key', a)).not.toBe(phrasingIndex(rule, 'some~key', b));
      }
    }
  });

  it('words the same news differently week to week, the same way within a week, always with the figure', () => {
    const k = kpi('viborg.sager-pr-sagsbehandler', 'viborg', 'Sager pr. sagsbehandler', 'Cases per caseworker', 'cases-per-caseworker', 'lower-is-better');
    const figures = [80, 70, 60, 50].map((v, i) => fig(k.id, 'viborg', `2017-${String(i + 7).padStart(2, '0')}`, v, 'hypothetical'));
    const text = (week: string) => findCelebrations({ asOf: '2017-11-01', week, kpis: [k], figures, organisations: [{ id: 'viborg', name: 'Viborg Kommune' }] })[0]!.text;
    const weeks = ['2017-W44', '2017-W45', '2017-W46'];
    const texts = weeks.map(text);
    expect(new Set(texts.map((t) => t.da)).size).toBe(3);
    expect(new Set(texts.map((t) => t.en)).size).toBe(3);
    expect(text('2017-W44')).toEqual(texts[0]);
    for (const t of texts) {
      expect(t.da).toContain('50 sager pr. sagsbehandler');
      expect(t.en).toContain('50 cases per caseworker');
      expect(t.da).toContain('Viborg Kommune');
    }
  });
});

describe('milestone ids', () => {
  it('are safe as Cosmos DB ids, however long the conversation id', () => {
    const long = `19:${'a'.repeat(300)}@thread.tacv2/x`;
    const id = milestoneId(long, 'new-best~aabenraa.kik-ii.selvforsoergelse~2018-08-31');
    expect(id.length).toBeLessThanOrEqual(255);
    expect(id).not.toMatch(/[/\\?#]/);
    expect(milestoneId(long, 'new-best~x~2018-08')).not.toBe(milestoneId(long, 'new-best~x~2018-09'));
    expect(milestoneId('conv-1', 'goal-achieved~g')).toBe('conv-1~goal-achieved~g');
  });
});
