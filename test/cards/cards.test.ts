/** welcome, help and message cards: valid Adaptive Cards 1.5 in both languages, every button with a verb. */
import { describe, expect, it } from 'vitest';
import { CARD_VERSION, helpCard, messageCard, welcomeCard, type AdaptiveCard, type Lang } from '../../cards/index.js';
import { commandList } from '../../bot/commands.js';
import { submit, VERB_SCHEMAS } from '../../bot/verbs.js';
import { cardProblems, elementTypes, unexpandedTemplateText } from './support/validate-card.js';

const KNOWN_TYPES = new Set(['TextBlock', 'Container', 'ActionSet', 'FactSet', 'ColumnSet', 'Column', 'Image', 'Action.Submit', 'Action.OpenUrl', 'Action.Execute']);

function welcome(lang: Lang, scope: 'personal' | 'groupChat' | 'team' = 'personal'): AdaptiveCard {
  return welcomeCard({
    lang,
    scope,
    buttons: {
      askExample: submit('ask', 'Ask', lang, { question: 'Hvor mange?' }),
      status: submit('status', 'Status', lang, {}),
      subscribe: submit('subscribe', 'Subscribe', lang, {}),
      proposal: submit('proposal', 'Idea', lang, {}),
      help: submit('help', 'Help', lang, {}),
    },
  });
}

function help(lang: Lang, notice?: string): AdaptiveCard {
  return helpCard({
    lang,
    commands: commandList(lang),
    examples: ['Hvor mange?', 'Hvordan går det med KIK II?'],
    buttons: [submit('help', 'Help', lang, {}), submit('status', 'Status', lang, {})],
    mentionRequired: true,
    ...(notice ? { notice } : {}),
  });
}

const cases: [string, AdaptiveCard][] = [
  ['welcome da personal', welcome('da')],
  ['welcome en team', welcome('en', 'team')],
  ['welcome da group chat', welcome('da', 'groupChat')],
  ['help da', help('da')],
  ['help en with notice', help('en', 'I don\'t know "x".')],
  ['message', messageCard({ title: 'T', paragraphs: ['a', 'b'], tone: 'warning', buttons: [submit('help', 'Help', 'da', {})] })],
  ['message without buttons', messageCard({ title: 'T', paragraphs: [] })],
];

describe.each(cases)('%s', (_name, card) => {
  it('is an Adaptive Card 1.5 that parses and validates without events', () => {
    expect(card.version).toBe(CARD_VERSION);
    const problems = cardProblems(card);
    expect(problems.parse).toEqual([]);
    expect(problems.validation).toEqual([]);
    expect(Object.values(problems.ids).filter((n) => n > 1)).toEqual([]);
  });

  it('uses only known element types and has no unexpanded template expressions', () => {
    expect(elementTypes(card).filter((t) => t !== 'AdaptiveCard' && !KNOWN_TYPES.has(t))).toEqual([]);
    expect(unexpandedTemplateText(card)).toEqual([]);
  });

  it('gives every button a verb the bot knows', () => {
    const submits = JSON.stringify(card).match(/"verb":"[^"]+"/g) ?? [];
    for (const s of submits) expect(Object.keys(VERB_SCHEMAS)).toContain(s.slice(8, -1));
  });
});

describe('content', () => {
  it('welcome explains the three things in each language, with a button for each', () => {
    const da = JSON.stringify(welcome('da'));
    const en = JSON.stringify(welcome('en'));
    for (const heading of ['Tal når du spørger', 'Ugentlig målstatus', 'Forslag og quick wins']) expect(da).toContain(heading);
    for (const heading of ['Figures on request', 'Weekly goal status', 'Proposals and quick wins']) expect(en).toContain(heading);
    expect(elementTypes(welcome('da')).filter((t) => t === 'Action.Submit')).toHaveLength(5);
  });

  it('help lists every command and drops the notice when there is none', () => {
    const en = JSON.stringify(help('en'));
    for (const c of commandList('en')) expect(en).toContain(`"title":"${c.word}"`);
    expect(help('da').body).toHaveLength(help('da', 'x').body.length - 1);
  });

  it('the validator does catch what it is meant to catch', () => {
    const bad = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'a', id: 'x' }, { type: 'TextBlock', text: 'b', id: 'x' }, { type: 'Blink' }] };
    const problems = cardProblems(bad);
    expect(problems.parse.join()).toMatch(/Unknown element type "Blink"/);
    expect(problems.validation.join()).toMatch(/Duplicate Id "x"/);
  });
});
