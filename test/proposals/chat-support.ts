/** Activities for the proposal flows: Action.Execute invokes, Action.Submit messages and dialog invokes, from any user. */
import { expect } from 'vitest';
import { CONVERSATIONS, submit as submitMessage, type Where } from '../bot/support/activities.js';

export const REVIEWER = { id: '29:manager-1', name: 'Lone Leder', aadObjectId: '00000000-0000-0000-0000-00000000aaaa' };

export function execute(serviceUrl: string, verb: string, data: Record<string, unknown>, options: { where?: Where; from?: object; locale?: string } = {}) {
  return {
    ...submitMessage(serviceUrl, {}, { where: options.where ?? 'personal', ...(options.locale ? { locale: options.locale } : {}) }),
    ...(options.from ? { from: options.from } : {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' },
  };
}

export function dialogInvoke(serviceUrl: string, name: 'task/fetch' | 'task/submit', data: Record<string, unknown>) {
  return { ...submitMessage(serviceUrl, {}, { where: 'personal' }), type: 'invoke', name, value: { data, context: { theme: 'default' } } };
}

export function submitAs(serviceUrl: string, value: Record<string, unknown>, from?: object, where: Where = 'personal') {
  return { ...submitMessage(serviceUrl, value, { where }), ...(from ? { from } : {}) };
}

export const REVIEW_CHANNEL = CONVERSATIONS.channel.id;

/** The card of an invoke response (Action.Execute answered in place). */
export function invokeCard(response: { body: any }): any {
  expect(response.body?.type).toBe('application/vnd.microsoft.card.adaptive');
  return response.body.value;
}

/** Every Action.Execute / Action.Submit in a card, with its verb and data. */
export function actionsOf(node: any): { type: string; title?: string; verb?: string; data?: any }[] {
  const out: any[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push({ type: n.type, title: n.title, verb: n.verb ?? n.data?.verb, data: n.data });
    for (const key of ['body', 'items', 'columns', 'actions', 'card', 'fallback']) if (n[key]) walk(n[key]);
  };
  walk(node);
  return out;
}

/** All texts a reader sees, inputs' values included. */
export function textsOf(node: any): string[] {
  const out: string[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    for (const key of ['text', 'title', 'value', 'label']) if (typeof n[key] === 'string') out.push(n[key]);
    for (const key of ['body', 'items', 'columns', 'facts', 'actions', 'card']) if (n[key]) walk(n[key]);
  };
  walk(node);
  return out;
}

/** The inputs of a card by id. */
export function inputsOf(node: any): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) out[n.id] = n;
    for (const key of ['body', 'items', 'columns', 'actions', 'card']) if (n[key]) walk(n[key]);
  };
  walk(node);
  return out;
}

/** The text shown right under an input: where a form puts that field's error. */
export function errorUnder(card: any, inputId: string): string | undefined {
  let found: string | undefined;
  const walk = (list: any[]) => {
    list.forEach((n, i) => {
      if (n?.id === inputId && list[i + 1]?.type === 'TextBlock') found = list[i + 1].text;
      for (const key of ['body', 'items', 'columns']) if (Array.isArray(n?.[key])) walk(n[key]);
    });
  };
  walk(card.body);
  return found;
}
