/**
 * The answer to a free-text question: the figure large, with its measure, organisation, period, kind,
 * target and status, and source; or the honest "no figure" with the periods that do have one. Other
 * readings of the question are buttons that ask them again (verb 'query.alternative').
 */
import template from './answer-card.template.json' with { type: 'json' };
import { buttonLabels } from './button-labels.js';
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { button, type Verb } from './verbs.js';

/** What the query module hands over (functions/query/card-view.ts), restated so cards import nothing from functions/. */
export interface AnswerCardView {
  lang: Lang;
  kind: 'figure' | 'case' | 'no-figure' | 'no-match' | 'clarify';
  /** The whole answer as a sentence, for screen readers and for the non-figure cards. */
  text: string;
  headline?: { valueText: string; measure: string; org: string; period: string; kind: string; source: string };
  goal?: { targetText: string; deadline?: string; status?: string };
  /** Lines under the figure: comparisons, the reading chosen. */
  notes: string[];
  alternatives: { label: string; q: string }[];
}

export const ALTERNATIVE_VERB = 'query.alternative' satisfies Verb;

const LABELS = {
  da: { org: 'Organisation', period: 'Periode', kind: 'Type', target: 'Mål', status: 'Status', source: 'Kilde', alternatives: 'Mente du i stedet:', noFigure: 'Intet tal', unsure: 'Hvad mener du?' },
  en: { org: 'Organisation', period: 'Period', kind: 'Kind', target: 'Target', status: 'Status', source: 'Source', alternatives: 'Did you mean instead:', noFigure: 'No figure', unsure: 'What do you mean?' },
} as const;

/** A button that asks an alternative reading as a new question. */
export function alternativeButton(title: string, q: string, lang: Lang): Button {
  return button(ALTERNATIVE_VERB, title, lang, { question: q });
}

/**
 * The alternatives as buttons with short titles, and the text the card shows so nothing is lost by the cut.
 * `answered` is the measure the card shows, so a button names only how its reading differs from it.
 */
export function alternativesOf(alternatives: { label: string; q: string }[], lang: Lang, answered?: string): { buttons: Button[]; lead: string; full: string[] } {
  const labels = buttonLabels(alternatives.map((a) => a.label), answered);
  return {
    buttons: alternatives.map((a, i) => alternativeButton(labels.titles[i]!, a.q, lang)),
    lead: labels.lead ?? '',
    full: labels.full,
  };
}

/**
 * The headline amount and its restatement in the source's scale ("382,890 mio. kr." and "(382.890 t.kr.)"): the
 * restatement goes on a line of its own, so the amount itself is never cut off at the card's edge.
 */
export function headlineParts(valueText: string): { value: string; detail: string } {
  const m = /^(.+?) (\([^()]+\))$/.exec(valueText);
  return m ? { value: m[1]!, detail: m[2]! } : { value: valueText, detail: '' };
}

export function answerCard(view: AnswerCardView): AdaptiveCard {
  const h = view.headline;
  const alternatives = alternativesOf(view.alternatives.slice(0, 5), view.lang, h?.measure);
  const l = LABELS[view.lang];
  const facts = h
    ? [
        { title: l.org, value: h.org },
        { title: l.period, value: h.period },
        { title: l.kind, value: h.kind },
        ...(view.goal ? [{ title: l.target, value: view.goal.deadline ? `${view.goal.targetText} (${view.goal.deadline})` : view.goal.targetText }] : []),
        ...(view.goal?.status ? [{ title: l.status, value: view.goal.status }] : []),
        { title: l.source, value: h.source },
      ]
    : [];
  return expandTemplate(template, {
    text: view.text,
    valueText: h ? headlineParts(h.valueText).value : '',
    valueDetail: h ? headlineParts(h.valueText).detail : '',
    measure: h?.measure ?? '',
    facts,
    title: view.kind === 'clarify' ? l.unsure : l.noFigure,
    style: view.kind === 'clarify' ? 'accent' : 'warning',
    paragraphs: h ? view.notes : [view.text],
    alternativesLabel: alternatives.lead ? `${l.alternatives} ${alternatives.lead}` : l.alternatives,
    alternatives: alternatives.full,
    buttons: alternatives.buttons,
  });
}
