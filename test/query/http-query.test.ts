/**
 * POST /api/query through the registered Functions handler, over an embedded store holding the seed data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';

let api: Api;

beforeAll(async () => {
  api = await startApi();
  await seedIfEmpty(api.store);
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('POST /api/query', () => {
  it('answers the Aabenraa budget question with its figure and source', async () => {
    const res = await api.call('POST', '/api/query', { body: { q: 'Hvad er Aabenraas budget til integration og enkeltydelser i 2019?' } });
    expect(res.status).toBe(200);
    expect(res.body.figures[0]).toMatchObject({ org: 'aabenraa', period: '2019', kind: 'budget', value: 16957, unit: '1.000 kr.' });
    expect(res.body.figures[0].source).toContain('Aabenraa Kommune: Beskæftigelsespolitik og investeringsstrategier KIK og KIK II (2018)');
    expect(res.body.answer).toContain('16,957 mio. kr. (16.957 t.kr.)');
  });

  it('says there is no figure for 2019 and names the periods that have one', async () => {
    const res = await api.call('POST', '/api/query', { body: { q: "What was Viborg's rank in the cluster in 2019?", lang: 'en' } });
    expect(res.status).toBe(200);
    expect(res.body.figures).toEqual([]);
    expect(res.body.answer).toMatch(/no figure/i);
    expect(res.body.answer).toContain('Q1 2015');
    expect(res.body.answer).toContain('Q1 2016');
    expect(res.body.alternatives.length).toBeGreaterThan(0);
  });

  it('answers in English when asked to', async () => {
    const res = await api.call('POST', '/api/query', { body: { q: 'Hvor mange unge var på offentlig forsørgelse i Viborg i september 2017?', lang: 'en' } });
    expect(res.body.answer).toContain('1,869 full-time persons');
  });

  it('rejects a body without q as 400 problem+json naming the field', async () => {
    const res = await api.call('POST', '/api/query', { body: { question: 'hvad?' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain('q');
  });

  it('rejects a wrong language and an empty question', async () => {
    expect((await api.call('POST', '/api/query', { body: { q: 'budget', lang: 'de' } })).status).toBe(400);
    expect((await api.call('POST', '/api/query', { body: { q: '   ' } })).status).toBe(400);
    expect((await api.call('POST', '/api/query', { rawBody: '{not json', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });

  it('a computed answer has the result first, its kind the operation and its unit the result\'s, then the operands', async () => {
    const res = await api.call('POST', '/api/query', { body: { q: 'Hvor mange procentpoint højere er Hedensteds aktiveringsgrad for match 2 og 3 end klyngegennemsnittet?' } });
    expect(res.status).toBe(200);
    expect(res.body.figures[0]).toMatchObject({ kind: 'difference', value: 15, unit: 'percentage points' });
    expect(res.body.figures.slice(1).map((f: { value: number }) => f.value)).toEqual([42, 27]);
    expect(res.body.calculation.expression).toBe('42 − 27 = +15 procentpoint (15 procentpoint højere)');
    expect(res.body.figures[0].direction).toBe('up');
  });

  it('refuses a municipality without figures by name, never with another one\'s figure', async () => {
    const res = await api.call('POST', '/api/query', { body: { q: 'Hvor mange unge var på offentlig forsørgelse i Odense i september 2017?' } });
    expect(res.body.figures).toEqual([]);
    expect(res.body.answer).toContain('Jeg har ingen tal for Odense Kommune');
  });

  it('builds a follow-up on the context of the previous answer, and rejects a context that is not one', async () => {
    const first = await api.call('POST', '/api/query', { body: { q: 'Hvad var budgettet til kontanthjælp i 2018?' } });
    expect(first.body.figures[0].value).toBe(123149);
    const next = await api.call('POST', '/api/query', { body: { q: 'og i 2020?', context: first.body.context } });
    expect(next.body.figures[0]).toMatchObject({ period: '2020', value: 108789 });
    const bad = await api.call('POST', '/api/query', { body: { q: 'og i 2020?', context: '{"v":2}' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('context');
  });

  it("answers a follow-up that shows no language of its own in the previous answer's language; `lang` still decides", async () => {
    const first = await api.call('POST', '/api/query', { body: { q: 'What was the budget for cash benefits in 2018?' } });
    expect(first.body.figures[0].value).toBe(123149);
    const english = await api.call('POST', '/api/query', { body: { q: '2020?', context: first.body.context } });
    expect(english.body.figures[0]).toMatchObject({ period: '2020', value: 108789 });
    const danish = await api.call('POST', '/api/query', { body: { q: '2020?', context: first.body.context, lang: 'da' } });
    expect(danish.body.figures[0]).toMatchObject({ period: '2020', value: 108789 });
    expect(english.body.answer).toContain('Source:');
    expect(danish.body.answer).toContain('Kilde:');
  });

  it('names the field of a context that is not as an answer wrote it', async () => {
    const first = await api.call('POST', '/api/query', { body: { q: 'Hvad var budgettet til kontanthjælp i 2018?' } });
    const context = JSON.parse(first.body.context);
    context.answers[0].kind = 'forged';
    const bad = await api.call('POST', '/api/query', { body: { q: 'og i 2020?', context: JSON.stringify(context) } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('context.answers.0.kind');
  });
});
