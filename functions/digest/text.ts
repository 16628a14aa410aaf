/** The digest as plain text: the CLI's dry run, and the notification preview of the card. Same fields as the card, same order. */
import { goalLines, summaryText } from '../../cards/digest-card.js';
import type { DigestView } from './view.js';

export function digestText(view: DigestView): string {
  const da = view.lang === 'da';
  const lines = [view.headline, summaryText(view.counts, view.lang), ''];
  if (view.celebrations.length) {
    lines.push(da ? '🎉 Værd at fejre' : '🎉 Worth celebrating');
    for (const c of view.celebrations) lines.push(`  • ${c.text}`);
    lines.push('');
  }
  if (view.sourceText) lines.push(`ℹ ${view.sourceText}`, '');
  for (const c of view.cases) {
    lines.push(c.title ? `${c.name} – ${c.title}` : c.name);
    for (const g of c.goals) {
      const indent = g.level === 'sub' ? '    ' : '  ';
      const [head, ...rest] = goalLines(g, view.lang);
      lines.push(`${indent}${head}`, ...rest.map((l) => `${indent}   ${l}`));
    }
    lines.push('');
  }
  if (!view.cases.length) lines.push(da ? 'Ingen mål at vise.' : 'No goals to show.', '');
  return lines.join('\n').trimEnd();
}

/** One line for the notification: how many goals, how many celebrations. */
export function digestSummary(view: DigestView): string {
  const goals = view.cases.reduce((n, c) => n + c.goals.length, 0);
  const da = view.lang === 'da';
  const parts = [da ? `${goals} mål` : `${goals} ${goals === 1 ? 'goal' : 'goals'}`, `${view.counts.achieved} ${da ? 'nået' : 'achieved'}`];
  if (view.celebrations.length) parts.push(da ? `${view.celebrations.length} at fejre` : `${view.celebrations.length} to celebrate`);
  return `${view.headline}: ${parts.join(', ')}`;
}
