/** A short titled message, optionally with buttons: notices, "not available yet", errors shown in chat. */
import template from './message.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button } from './card.js';

export interface MessageView {
  title: string;
  paragraphs: string[];
  tone?: 'info' | 'good' | 'warning' | 'attention';
  buttons?: Button[];
}

const STYLE = { info: 'default', good: 'good', warning: 'warning', attention: 'attention' } as const;

export function messageCard(view: MessageView): AdaptiveCard {
  const card = expandTemplate(template, {
    title: view.title,
    paragraphs: view.paragraphs,
    style: STYLE[view.tone ?? 'info'],
    buttons: view.buttons ?? [],
  });
  return card;
}
