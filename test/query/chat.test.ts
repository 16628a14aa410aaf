/**
 * Figure questions in chat: the feature the bot calls for free text, over the seed data.
 */
import { describe, expect, it } from 'vitest';
import type { TurnInfo } from '../../bot/features.js';
import { ALTERNATIVE_VERB } from '../../cards/answer-card.js';
import { ConversationMemory, queryFeatures } from '../../functions/query/chat.js';
import { cardProblems } from '../cards/support/validate-card.js';
import { seededEngine } from './support/seed-store.js';

const { store } = seededEngine();

const turn = (lang: 'da' | 'en'): TurnInfo => ({ lang, conversation: { id: 'c1', scope: 'personal' }, user: { id: 'u1' } });
const only = (replies: Awaited<ReturnType<ReturnType<typeof queryFeatures>['answerQuestion']>>) => {
  expect(replies).toHaveLength(1);
  const [reply] = replies;
  if (reply?.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(reply)}`);
  expect(cardProblems(reply.card).validation).toEqual([]);
  return { json: JSON.stringify(reply.card), summary: reply.summary, card: reply.card };
};

describe('figure questions in chat', () => {
  it('answers with the figure, its unit, period and source', async () => {
    const { json, summary } = only(await queryFeatures(store(), 'aabenraa').answerQuestion('Hvor mange var på kontanthjælp i august 2018?', turn('da')));
    expect(summary).toContain('978');
    expect(json).toContain('31. august 2018');
    expect(json).toContain('Aabenraa Kommune: Beskæftigelsespolitik og investeringsstrategier KIK og KIK II (2018)');
  });

  it('answers a case as a whole with the case card', async () => {
    const { json } = only(await queryFeatures(store(), 'aabenraa').answerQuestion('show Projekt Superb', turn('en')));
    expect(json).toContain('Projekt Superb');
    expect(json).toContain('Notat til BIU-udvalget: Business Case for afklaring af langvarige kontanthjælpsmodtagere (2015)');
  });

  it("answers in the turn's language, which the bot read from the text by the rule POST /api/query uses", async () => {
    const features = queryFeatures(store(), 'aabenraa');
    const da = only(await features.answerQuestion('kik2 investering 2020+2021 mio', turn('da')));
    expect(da.summary).toMatch(/Udregning: 16,2 \+ 9,2 = 25,4 mio\. kr\./);
    const en = only(await features.answerQuestion('kik2 investment 2020+2021 total', { ...turn('en'), conversation: { id: 'c3', scope: 'personal' } }));
    expect(en.summary).toMatch(/Working: 16\.2 \+ 9\.2 = 25\.4/);
  });

  it('a "did you mean" button asks its reading as a new question', async () => {
    const features = queryFeatures(store(), 'aabenraa');
    const replies = await features.cardActions[ALTERNATIVE_VERB]!({ verb: ALTERNATIVE_VERB, question: 'KIK II besparelse 2021', lang: 'da' }, turn('da'));
    expect(only(replies).summary).toMatch(/18,8 mio\. kr\./);
  });

  it('a button without its question gets an honest no-match, not an error', async () => {
    const replies = await queryFeatures(store(), 'aabenraa').cardActions[ALTERNATIVE_VERB]!({ verb: ALTERNATIVE_VERB }, turn('en'));
    expect(only(replies).summary).not.toMatch(/\d/);
  });

  it('remembers the last question of a conversation for a follow-up, and only of that conversation', async () => {
    const features = queryFeatures(store(), 'aabenraa');
    only(await features.answerQuestion('Hvad var Hedensteds aktiveringsgrad for borgere i match 2 og 3 i 2012?', turn('da')));
    expect(only(await features.answerQuestion('Hvad med Viborg?', turn('da'))).summary).toContain('24 %');
    const elsewhere: TurnInfo = { ...turn('da'), conversation: { id: 'c2', scope: 'personal' } };
    expect(only(await features.answerQuestion('Hvad med Viborg?', elsewhere)).summary).not.toContain('24 %');
  });

  it('works on the figures a conversation was answered with ("hvad er forskellen?"), each conversation its own', async () => {
    const features = queryFeatures(store(), 'aabenraa');
    const other: TurnInfo = { ...turn('da'), conversation: { id: 'c3', scope: 'personal' } };
    only(await features.answerQuestion('Hvad var Hedensteds aktiveringsgrad for borgere i match 2 og 3 i 2012?', turn('da')));
    only(await features.answerQuestion('Hvad var Skanderborgs aktiveringsgrad for borgere i match 2 og 3 i 2012?', other));
    only(await features.answerQuestion('og Viborgs?', turn('da')));
    only(await features.answerQuestion('og Viborgs?', other));
    expect(only(await features.answerQuestion('hvad er forskellen?', turn('da'))).summary).toContain('42 − 24 = +18 procentpoint');
    expect(only(await features.answerQuestion('hvad er forskellen?', other)).summary).toContain('34 − 24 = +10 procentpoint');
  });

  it('forgets a conversation after a while', () => {
    let now = 0;
    const memory = new ConversationMemory(() => now);
    memory.set('c', 'ctx');
    now = 9 * 60_000;
    expect(memory.get('c')).toBe('ctx');
    now = 20 * 60_000;
    expect(memory.get('c')).toBeUndefined();
  });
});
