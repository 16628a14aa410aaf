/**
 * The digest's words for one goal, from an evaluation made by hand (no store, no goal engine): the change
 * since the last digest in each of its forms, why a status rests on no fresh figure, the trend line with
 * its unit once or on every figure, what the source does not give, the headline's week, and which goals
 * are in focus. Both languages.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER, type GoalEvaluation, type GoalStatus, type GoalTree } from '../../functions/domain/goals/index.js';
import type { Goal, Kpi, Subscription } from '../../functions/domain/model.js';
import type { Lang } from '../../functions/domain/period.js';
import { toView } from '../../functions/digest/view-model.js';

const kpi = (unit: Kpi['unit'] = 'persons'): Kpi => ({
  id: 'aabenraa.selvforsorgende', orgId: 'aabenraa', name: { da: 'Selvforsørgende', en: 'Self-supporting' }, aliases: [], unit, scale: 1, direction: 'higher-is-better',
});
const goal: Goal = { id: 'aabenraa.g1', orgId: 'aabenraa', kpiId: 'aabenraa.selvforsorgende', title: { da: 'Flere i job', en: 'More in work' } } as unknown as Goal;

function evaluation(over: Partial<GoalEvaluation> = {}): GoalEvaluation {
  return {
    goalId: goal.id, kpiId: 'aabenraa.selvforsorgende', orgId: 'aabenraa', level: 'end', asOf: '2026-11-23', status: 'on-track', direction: 'higher-is-better',
    target: 500, deadline: '2026-12', deadlineDate: '2026-12-31', deadlinePassed: false, stale: false, meetsTarget: false, margin: null, progress: null,
    latest: { period: '2026-10', date: '2026-10-31', value: 400 }, ageDays: 23, series: [{ period: '2026-10', date: '2026-10-31', value: 400 }],
    ...over,
  };
}

const zeros = () => Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>;

function view(e: GoalEvaluation, lang: Lang, options: { since?: string; unit?: Kpi['unit']; tree?: Partial<GoalTree>; period?: string } = {}) {
  const subscription = { id: 'sub-1', conversationId: 'c', orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: lang, active: true, createdBy: { id: 'u' }, createdAt: '2020-01-01T00:00:00Z' } as Subscription;
  const tree: GoalTree = { evaluation: e, subGoals: [], status: e.status, basis: 'own', subGoalStatus: zeros(), ...options.tree };
  const digest = toView({
    subscription, trees: [tree], celebrations: [], asOf: e.asOf, period: options.period ?? '2026-W48', since: options.since,
    inputs: { organisation: { id: 'aabenraa', name: 'Aabenraa' } as never, cases: [], goals: [goal], kpis: [kpi(options.unit)], figures: [], proposals: [] },
  });
  return { digest, goal: digest.cases[0]!.goals[0]! };
}

const change = (over: Partial<NonNullable<GoalEvaluation['change']>>) => ({
  since: '2026-11-16', to: { period: '2026-10', date: '2026-10-31', value: 400 }, delta: 25, improved: true, statusThen: 'on-track' as GoalStatus, newFigures: 1, ...over,
});

describe('the change since the last digest', () => {
  it('none without a last digest', () => {
    expect(view(evaluation({ change: change({}) }), 'da').goal.changeText).toBeUndefined();
  });

  it('no new figures', () => {
    expect(view(evaluation({ change: change({ newFigures: 0 }) }), 'da', { since: '2026-11-16' }).goal.changeText).toBe('Ingen nye tal siden 16. november 2026.');
    expect(view(evaluation(), 'en', { since: '2026-11-16' }).goal.changeText).toBe('No new figures since 16 November 2026.');
  });

  it.each<[string, Partial<NonNullable<GoalEvaluation['change']>>, Lang, string]>([
    ['better', { delta: 25, improved: true }, 'da', 'Siden 16. november 2026: +25 personer (bedre).'],
    ['worse', { delta: -25, improved: false }, 'da', 'Siden 16. november 2026: −25 personer (dårligere).'],
    ['neither', { delta: 25, improved: null }, 'en', 'Since 16 November 2026: +25 persons.'],
    ['better, in English', { delta: 25, improved: true }, 'en', 'Since 16 November 2026: +25 persons (better).'],
    ['worse, in English', { delta: -3, improved: false }, 'en', 'Since 16 November 2026: −3 persons (worse).'],
    ['one new figure, no difference', { delta: 0, newFigures: 1 }, 'da', 'Siden 16. november 2026: 1 nyt tal.'],
    ['new figures, no difference', { delta: null, newFigures: 3 }, 'da', 'Siden 16. november 2026: 3 nye tal.'],
    ['one new figure, in English', { delta: null, newFigures: 1 }, 'en', 'Since 16 November 2026: 1 new figure.'],
    ['new figures, in English', { delta: 0, newFigures: 2 }, 'en', 'Since 16 November 2026: 2 new figures.'],
    ['a status that changed', { delta: 25, improved: true, statusThen: 'at-risk' }, 'da', 'Siden 16. november 2026: +25 personer (bedre); i fare → på sporet.'],
  ])('%s', (_name, c, lang, text) => {
    expect(view(evaluation({ change: change(c) }), lang, { since: '2026-11-16' }).goal.changeText).toBe(text);
  });
});

describe('why the status rests on no fresh figure', () => {
  it.each<[string, Partial<GoalEvaluation>, Partial<GoalTree>, Lang, string | undefined]>([
    ['a fresh figure: nothing to say', {}, {}, 'da', undefined],
    ['no figures', { latest: undefined, ageDays: undefined, series: [], status: 'no-recent-data' }, {}, 'da', 'Ingen tal endnu.'],
    ['no figures, in English', { latest: undefined, ageDays: undefined, series: [], status: 'no-recent-data' }, {}, 'en', 'No figures yet.'],
    ['an old figure', { stale: true, ageDays: 1234, status: 'no-recent-data' }, {}, 'da', 'Tallet er 1.234 dage gammelt.'],
    ['an old figure, in English', { stale: true, ageDays: 1234, status: 'no-recent-data' }, {}, 'en', 'The figure is 1,234 days old.'],
    ['an old figure of unknown age', { stale: true, ageDays: undefined, status: 'no-recent-data' }, {}, 'da', 'Tallet er for gammelt.'],
    ['an old figure of unknown age, in English', { stale: true, ageDays: undefined, status: 'no-recent-data' }, {}, 'en', 'The figure is too old.'],
    ['no figures, status from the sub-goals', { latest: undefined, ageDays: undefined, series: [], status: 'no-recent-data' }, { basis: 'sub-goals', status: 'on-track' }, 'da', 'Ingen tal endnu. Status ud fra delmålene.'],
    ['an old figure, status from the sub-goals', { stale: true, status: 'no-recent-data' }, { basis: 'sub-goals', status: 'on-track' }, 'en', 'The figure is 23 days old. Status from the sub-goals.'],
  ])('%s', (_name, e, tree, lang, note) => {
    expect(view(evaluation(e), lang, { tree }).goal.figureNote).toBe(note);
  });

  it('a status from the sub-goals says so in its label', () => {
    expect(view(evaluation(), 'da', { tree: { basis: 'sub-goals' } }).goal.statusLabel).toMatch(/ ifølge delmålene$/);
    expect(view(evaluation(), 'en', { tree: { basis: 'sub-goals' } }).goal.statusLabel).toMatch(/ by its sub-goals$/);
    expect(view(evaluation(), 'en').goal.statusLabel).not.toMatch(/sub-goals/);
  });
});

describe('the trend', () => {
  const series = [
    { period: '2026-08', date: '2026-08-31', value: 300 },
    { period: '2026-09', date: '2026-09-30', value: 350 },
    { period: '2026-10', date: '2026-10-31', value: 400 },
  ];

  it('counts: the unit once, at the end, and the target', () => {
    expect(view(evaluation({ series }), 'da').goal.trendText).toBe('Udvikling: 300 → 350 → 400 personer (mål 500 personer)');
    expect(view(evaluation({ series, target: undefined }), 'en').goal.trendText).toBe('Trend: 300 → 350 → 400 persons');
  });

  it.each<[Kpi['unit']]>([['dkk'], ['percent'], ['rank']])('%s: the unit on every figure', (unit) => {
    const text = view(evaluation({ series }), 'en', { unit }).goal.trendText!;
    const figures = text.replace(/^Trend: /, '').replace(/ \(target .*\)$/, '').split(' → ');
    expect(figures).toHaveLength(3);
    const last = figures[2]!;
    const unitPart = last.replace(/[\d.,\s]/g, '');
    expect(unitPart).not.toBe('');
    for (const f of figures) expect(f.replace(/[\d.,\s]/g, '')).toBe(unitPart);
  });

  it('starts at the baseline when it is older than the first figure, and shows at most six points', () => {
    const long = Array.from({ length: 8 }, (_, i) => ({ period: `2026-0${i + 1}`, date: `2026-0${i + 1}-28`, value: 100 + i }));
    expect(view(evaluation({ series: long, baseline: { period: '2025', value: 50 } }), 'da').goal.series.map((p) => p.value)).toEqual([102, 103, 104, 105, 106, 107]);
    const withBaseline = view(evaluation({ series, baseline: { period: '2025', value: 250 } }), 'da').goal;
    expect(withBaseline.series.map((p) => [p.period, p.date, p.value])).toEqual([['2025', '2025-12-31', 250], ...series.map((p) => [p.period, p.date, p.value])]);
    // A baseline from within the figures' time is not put in front of them.
    expect(view(evaluation({ series, baseline: { period: '2026-09', value: 1 } }), 'da').goal.series).toHaveLength(3);
    expect(view(evaluation({ series: [], latest: undefined, baseline: { period: '2025', value: 250 } }), 'da').goal.series).toEqual([{ period: '2025', date: '2025-12-31', value: 250 }]);
  });

  it('needs two points', () => {
    expect(view(evaluation(), 'da').goal.trendText).toBeUndefined();
  });
});

describe('what the source does not give', () => {
  it('target and deadline, in both languages', () => {
    const da = view(evaluation({ target: undefined, deadline: undefined, status: 'no-target' }), 'da').goal;
    expect([da.targetText, da.deadlineText]).toEqual(['ikke angivet i kilden', 'ikke angivet i kilden']);
    expect(da).not.toHaveProperty('target');
    const en = view(evaluation({ target: undefined, deadline: undefined, status: 'no-target' }), 'en').goal;
    expect([en.targetText, en.deadlineText]).toEqual(['not given in the source', 'not given in the source']);
  });

  it('given: the target as a quantity and the deadline as a period', () => {
    const da = view(evaluation(), 'da').goal;
    expect(da).toMatchObject({ target: 500, targetText: '500 personer', deadlineText: 'december 2026', valueText: '400 personer (oktober 2026)' });
  });
});

describe('the headline and focus', () => {
  it('names the audience and the week number without a leading zero', () => {
    expect(view(evaluation(), 'da', { period: '2026-W08' }).digest.headline).toBe('Ugens mål for Aabenraa – uge 8');
    expect(view(evaluation(), 'en', { period: '2026-W48' }).digest.headline).toBe("This week's goals for Aabenraa – week 48");
  });

  it.each<[string, Partial<GoalEvaluation>, boolean]>([
    ['on track, nothing new', { change: change({ newFigures: 0 }) }, false],
    ['at risk', { status: 'at-risk' }, true],
    ['off track', { status: 'off-track' }, true],
    ['a new figure', { change: change({ newFigures: 1 }) }, true],
    ['a changed status without new figures', { change: change({ newFigures: 0, statusThen: 'achieved' }) }, true],
    ['achieved', { status: 'achieved' }, false],
  ])('%s: in focus %s', (_name, e, focus) => {
    expect(view(evaluation(e), 'da').goal.focus).toBe(focus);
  });
});
