import { describe, expect, it } from 'vitest';
import { digestCard, type DigestCardGoal, type DigestCardView } from '../../cards/digest-card.js';

/** Goals with trends of many distinct points: their pictures soon spend the picture budget, leaving text. */
function view(lang: 'da' | 'en'): DigestCardView {
  const goal = (i: number): DigestCardGoal => ({
    goalId: `g${i}`, title: `Mål ${i}`, kpiName: `Nøgletal ${i}`, level: 'end', status: 'on-track', statusLabel: 'på sporet',
    targetText: '1.117', deadlineText: '2019', target: 1117.5,
    series: Array.from({ length: 12 }, (_, k) => ({ period: `2018-${String(k + 1).padStart(2, '0')}`, date: `2018-${String(k + 1).padStart(2, '0')}-28`, value: 1250.25 + ((k * 37 + i * 11) % 90) })),
  });
  return {
    lang, headline: 'Ugens mål', celebrations: [], staleGoals: 0, buttons: [],
    counts: { achieved: 0, 'on-track': 12, 'at-risk': 0, 'off-track': 0, 'no-deadline': 0, 'no-target': 0, 'no-recent-data': 0 },
    cases: [{ name: 'KIK II', goals: Array.from({ length: 12 }, (_, i) => goal(i)) }],
  };
}

function trendTexts(card: object): string[] {
  const out: string[] = [];
  JSON.stringify(card, (_k, v) => (v && v.type === 'TextBlock' && /^(Udvikling|Trend):/.test(v.text) && out.push(v.text), v));
  return out;
}

describe('the digest card’s text trend', () => {
  it('writes the figures the reader’s way: "1.250,25" in Danish, "1,250.25" in English', () => {
    const da = trendTexts(digestCard(view('da')));
    expect(da.length).toBeGreaterThan(0);
    for (const text of da) expect(text).toMatch(/^Udvikling: 1\.\d{3},25( → 1\.\d{3},25){11} \(mål 1\.117,5\)$/);
    const en = trendTexts(digestCard(view('en')));
    expect(en.length).toBeGreaterThan(0);
    for (const text of en) expect(text).toMatch(/^Trend: 1,\d{3}\.25( → 1,\d{3}\.25){11} \(target 1,117\.5\)$/);
  });
});
