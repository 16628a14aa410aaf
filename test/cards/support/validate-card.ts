/**
 * Checks a card the way a client would read it: parsed by the Adaptive Cards SDK (the browser build,
 * which runs in Node for parsing) at the version it declares, with every parse and validation event
 * reported — unknown elements or actions, duplicate ids, inputs without labels.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

export interface CardProblems {
  parse: string[];
  validation: string[];
  ids: Record<string, number>;
}

export function cardProblems(card: object): CardProblems {
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card, context);
  const parse: string[] = [];
  for (let i = 0; i < context.eventCount; i++) parse.push(context.getEventAt(i).message);
  const result = adaptive.validateProperties();
  return { parse, validation: result.validationEvents.map((e: { message: string }) => e.message), ids: result.allIds };
}

/** Every element and action type in the card, with the path to it. */
export function elementTypes(card: unknown): string[] {
  const types: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string') types.push(o.type);
    for (const key of ['body', 'items', 'columns', 'actions', 'card', 'inlineAction']) if (o[key]) walk(o[key]);
  };
  walk(card);
  return types;
}

/** Text with an unexpanded template expression, e.g. "${title}": a view-model field the builder forgot. */
export function unexpandedTemplateText(card: unknown): string[] {
  return JSON.stringify(card).match(/\$\{[^}]*\}/g) ?? [];
}
