/**
 * An answer as the cards want it: the answer card for figures and "no figure", the case card for a case.
 */
import type { AnswerCardView } from '../../cards/answer-card.js';
import type { CaseCardView } from '../../cards/case-card.js';
import { periodLabel } from '../domain/period.js';
import type { Answer } from './types.js';

export function answerCardView(answer: Answer): AnswerCardView {
  const view: AnswerCardView = { lang: answer.lang, kind: answer.kind, text: answer.text, notes: [], alternatives: answer.alternatives };
  if (answer.headline) {
    // "En stigning på 468 t.kr.": a computed result worded as a phrase starts the headline with a capital.
    view.headline = { ...answer.headline, valueText: answer.headline.valueText.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) };
    // The sentence minus its first part (the figure itself, shown large) and the source (a fact).
    view.notes = answer.text
      .split(/(?<=\.)\s+(?=[A-ZÆØÅ])/u)
      .slice(1)
      .filter((s) => !/^(Kilde|Source):/.test(s));
  }
  // A computed answer shows its working: the expression, then each operand with its own source.
  if (answer.calculation) {
    const c = answer.calculation;
    view.notes = [
      `${answer.lang === 'da' ? 'Udregning' : 'Working'}: ${c.expression}`,
      // A number the question states, or the whole group (100 %), is its own source: it is not cited twice.
      ...c.operands.map((o) => (o.source === o.label ? `${o.valueText} – ${o.label}` : `${o.valueText} – ${o.label}. ${answer.lang === 'da' ? 'Kilde' : 'Source'}: ${o.source}`)),
    ];
  }
  if (answer.goal) {
    const deadline = answer.goal.deadline ? periodLabel(answer.goal.deadline, answer.lang) : answer.lang === 'da' ? 'ingen frist angivet' : 'no deadline given';
    view.goal = { targetText: answer.goal.targetText, deadline, ...(answer.goal.status ? { status: answer.goal.status } : {}) };
  }
  return view;
}

export function caseCardView(answer: Answer): CaseCardView | undefined {
  const c = answer.case;
  if (!c) return undefined;
  const view: CaseCardView = {
    lang: answer.lang,
    title: c.title,
    kind: c.kind,
    orgName: c.orgName,
    economy: c.economy,
    goals: c.goals.map((g) => ({ ...g, deadline: g.deadline ? periodLabel(g.deadline, answer.lang) : answer.lang === 'da' ? 'ingen frist angivet' : 'no deadline given' })),
    questions: answer.alternatives,
  };
  if (c.code) view.code = c.code;
  if (c.status) view.status = c.status;
  if (c.summary) view.summary = c.summary;
  if (c.period) view.period = periodLabel(c.period, answer.lang);
  if (c.source) view.source = c.source;
  return view;
}
