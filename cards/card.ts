/**
 * What every card builder shares: the Adaptive Card type we hand to the bot, the one templating call,
 * and the submit data every button carries. Cards import neither botbuilder nor anything from bot/,
 * so they can be rendered, validated and reused without the SDK.
 */
import { createRequire } from 'node:module';
import { escapeCardText } from './markdown.js';

type Templating = typeof import('adaptivecards-templating');
// adaptivecards-templating builds its expression parser (adaptive-expressions, antlr4ts) as it loads:
// about 0.3 s of CPU, more than the rest of the app beside botbuilder. Required on the first card
// instead of on every cold start; require, not import(), keeps expandTemplate synchronous.
const requireModule = createRequire(import.meta.url);
let templating: Templating | undefined;

/** Teams renders Adaptive Cards up to 1.5 on desktop and mobile alike. */
export const CARD_VERSION = '1.5';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [property: string]: unknown;
}

/** The two languages Målbot speaks (the same two as functions/domain/lang.ts; cards import nothing from functions/). */
export type Lang = 'da' | 'en';

/**
 * A button's submit payload. `verb` is what the bot's handler table dispatches on; the bot decides the
 * verbs, so cards take their buttons ready-made from the caller.
 */
export interface SubmitData {
  verb: string;
  [field: string]: unknown;
}

export interface Button {
  title: string;
  data: SubmitData;
}

export function isAdaptiveCard(value: unknown): value is AdaptiveCard {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'AdaptiveCard' && Array.isArray((value as { body?: unknown }).body);
}

/** Fills a template (a JSON file next to the builder) with its view model; text is escaped so nothing reads as Markdown. */
export function expandTemplate(template: object, data: object): AdaptiveCard {
  templating ??= requireModule('adaptivecards-templating') as Templating;
  const card: unknown = new templating.Template(template).expand({ $root: data });
  if (!isAdaptiveCard(card)) throw new Error('The card template did not expand to an Adaptive Card.');
  escapeCardText(card);
  return card;
}
