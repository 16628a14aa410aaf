/**
 * The digest as plain text (the CLI's dry run) and its one-line summary (the notification preview), from
 * views built by hand: every line's wording, indent and order, in Danish and in English. Each view is
 * made inside its test, so a mutant switched on for the test is the code that renders it.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER, type GoalStatus } from '../../functions/domain/goals/index.js';
import type { Lang } from '../../functions/domain/period.js';
import { digestSummary, digestText } from '../../functions/digest/text.js';
import type { DigestView, GoalView } from '../../functions/digest/view.js';

function counts(over: Partial<Record<GoalStatus, number>> = {}): Record<GoalStatus, number> {
  return { ...(Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>), ...over };
}

function goal(over: Partial<GoalView> & Pick<GoalView, 'goalId' | 'title'>): GoalView {
  return { kpiName: 'KPI', level: 'end', status: 'on-track', statusLabel: 'x', targetText: 't', deadlineText: 'd', series: [], focus: false, ...over };
}

function emptyView(lang: Lang, over: Partial<DigestView> = {}): DigestView {
  return {
    subscriptionId: 'sub-1', subscribed: true, lang, asOf: '2026-11-23', period: '2026-W48', audienceName: 'Aabenraa Kommune',
    headline: lang === 'da' ? 'Ugens mål, uge 48' : 'Goals this week, week 48', celebrations: [], cases: [], counts: counts(), ...over,
  };
}

/** Two cases, one with a title and an end goal with a sub-goal; celebrations and a source line. */
function fullView(lang: Lang): DigestView {
  const da = lang === 'da';
  return emptyView(lang, {
    sourceText: da ? 'Nye tal fra Jobindsats siden 16. nov.' : 'New figures from Jobindsats since 16 Nov',
    celebrations: [
      { key: 'c1', text: da ? 'KIK II nåede sit mål' : 'KIK II met its goal' },
      { key: 'c2', text: da ? 'Bedste tal nogensinde' : 'Best figure ever' },
    ],
    cases: [
      {
        caseId: 'kik', name: 'KIK II', title: da ? 'Flere i job' : 'More in work',
        goals: [
          goal({
            goalId: 'g1', title: da ? 'Selvforsørgende' : 'Self-supporting', status: 'achieved', statusLabel: da ? 'nået' : 'achieved',
            valueText: da ? '978 personer (okt. 2026)' : '978 persons (Oct 2026)', targetText: '900', deadlineText: '2026',
            figureNote: da ? 'Tallet er gammelt' : 'The figure is old', subGoalsText: da ? 'Delmål: 1 i fare' : 'Sub-goals: 1 at risk',
            changeText: da ? '+25 siden sidst' : '+25 since last time',
          }),
          goal({ goalId: 'g2', level: 'sub', title: da ? 'Samtaler' : 'Meetings', status: 'at-risk', statusLabel: da ? 'i fare' : 'at risk', targetText: '12', deadlineText: '2027' }),
        ],
      },
      { name: 'Aabenraa Kommune', goals: [goal({ goalId: 'g3', title: da ? 'Ledighed' : 'Unemployment', status: 'no-recent-data', statusLabel: da ? 'uden nye tal' : 'without recent figures', targetText: '3 %', deadlineText: '2026' })] },
    ],
    counts: counts({ achieved: 1, 'at-risk': 1, 'no-recent-data': 1 }),
  });
}

describe('digestText', () => {
  it('writes every part of a Danish digest in order, each goal indented under its case and a sub-goal further', () => {
    expect(digestText(fullView('da'))).toBe(
      [
        'Ugens mål, uge 48',
        '3 mål: 1 nået · 1 i fare · 1 uden nye tal',
        '',
        '🎉 Værd at fejre',
        '  • KIK II nåede sit mål',
        '  • Bedste tal nogensinde',
        '',
        'ℹ Nye tal fra Jobindsats siden 16. nov.',
        '',
        'KIK II – Flere i job',
        '  ✅ Selvforsørgende – nået',
        '     978 personer (okt. 2026) · mål 900 · frist 2026',
        '     Tallet er gammelt',
        '     Delmål: 1 i fare',
        '     +25 siden sidst',
        '    🟠 Samtaler – i fare',
        '       Mål 12 · frist 2027',
        '',
        'Aabenraa Kommune',
        '  ⚪ Ledighed – uden nye tal',
        '     Mål 3 % · frist 2026',
      ].join('\n'),
    );
  });

  it('writes every part of an English digest in order', () => {
    expect(digestText(fullView('en'))).toBe(
      [
        'Goals this week, week 48',
        '3 goals: 1 achieved · 1 at risk · 1 without recent figures',
        '',
        '🎉 Worth celebrating',
        '  • KIK II met its goal',
        '  • Best figure ever',
        '',
        'ℹ New figures from Jobindsats since 16 Nov',
        '',
        'KIK II – More in work',
        '  ✅ Self-supporting – achieved',
        '     978 persons (Oct 2026) · target 900 · deadline 2026',
        '     The figure is old',
        '     Sub-goals: 1 at risk',
        '     +25 since last time',
        '    🟠 Meetings – at risk',
        '       Target 12 · deadline 2027',
        '',
        'Aabenraa Kommune',
        '  ⚪ Unemployment – without recent figures',
        '     Target 3 % · deadline 2026',
      ].join('\n'),
    );
  });

  it('says there are no goals, with no celebration or source section, and ends without a blank line', () => {
    expect(digestText(emptyView('da'))).toBe('Ugens mål, uge 48\n0 mål\n\nIngen mål at vise.');
    expect(digestText(emptyView('en'))).toBe('Goals this week, week 48\n0 goals\n\nNo goals to show.');
  });
});

describe('digestSummary', () => {
  it('counts goals across cases, the achieved ones and the celebrations, in Danish', () => {
    expect(digestSummary(fullView('da'))).toBe('Ugens mål, uge 48: 3 mål, 1 nået, 2 at fejre');
  });

  it('counts them in English', () => {
    expect(digestSummary(fullView('en'))).toBe('Goals this week, week 48: 3 goals, 1 achieved, 2 to celebrate');
  });

  it('says "goal" for one and leaves out celebrations when there are none', () => {
    const one = (lang: Lang) => emptyView(lang, { cases: [{ name: 'KIK II', goals: [goal({ goalId: 'g1', title: 'A' })] }], counts: counts({ 'on-track': 1 }) });
    expect(digestSummary(one('en'))).toBe('Goals this week, week 48: 1 goal, 0 achieved');
    expect(digestSummary(one('da'))).toBe('Ugens mål, uge 48: 1 mål, 0 nået');
    expect(digestSummary(emptyView('en'))).toBe('Goals this week, week 48: 0 goals, 0 achieved');
  });
});
