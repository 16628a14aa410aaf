import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../functions/digest/build.js';
import { digestSummary } from '../../functions/digest/text.js';
import type { Figure, Goal, Kpi, Subscription } from '../../functions/domain/model.js';

const kpi: Kpi = { id: 'demo.ledige', orgId: 'demo', name: { da: 'Ledige', en: 'Unemployed' }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' };
const goal: Goal = { id: 'demo.ledige-mål', orgId: 'demo', kpiId: kpi.id, level: 'end', title: { da: 'Færre ledige', en: 'Fewer unemployed' }, target: 100, deadline: '2019-12' };
const figure = (period: string, value: number): Figure => ({
  id: `${kpi.id}~demo~actual~${period}`, kpiId: kpi.id, orgId: 'demo', kind: 'actual', period, value,
  source: { document: 'test', locator: 'p. 1' }, updatedAt: '2018-09-01T00:00:00Z', updatedBy: { id: 't', kind: 'system' },
});
const sub = (language: 'da' | 'en'): Subscription => ({
  id: 'sub-demo', conversationId: 'conv-demo', orgId: 'demo', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
  language, active: true, createdBy: { id: 'owner' }, createdAt: '2018-01-01T00:00:00Z',
});

/** One goal whose only figure arrived after the previous digest: one new figure, one goal. */
function digest(language: 'da' | 'en') {
  const inputs = { cases: [], goals: [goal], kpis: [kpi], figures: [figure('2018-08', 150)], proposals: [] };
  return buildDigest(sub(language), inputs, [], { asOf: '2018-09-03', period: '2018-W36', since: '2018-08-27' }).view;
}

describe('counted words in the digest agree with their number', () => {
  it('one new figure is "1 nyt tal" / "1 new figure"', () => {
    expect(digest('da').cases[0]!.goals[0]!.changeText).toMatch(/: 1 nyt tal\b/);
    expect(digest('en').cases[0]!.goals[0]!.changeText).toMatch(/: 1 new figure\b(?!s)/);
  });

  it('one goal is "1 goal" in the notification summary', () => {
    expect(digestSummary(digest('en'))).toMatch(/: 1 goal,/);
    expect(digestSummary(digest('da'))).toMatch(/: 1 mål,/);
  });
});
