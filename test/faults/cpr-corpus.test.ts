/**
 * The CPR corpus on every path that takes free text — REST bodies and query strings, the figure import,
 * chat questions, chat commands and card submits — in every format of the security review's finding 2.
 * Afterwards: no 5xx, nothing in the store holds a CPR number, and no response, reply or log line repeats
 * one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../bot/activity.js';
import type { BotFeatures, TurnInfo } from '../../bot/features.js';
import { appFor } from '../../functions/app.js';
import { containsCpr, fieldsWithCpr } from '../../functions/domain/personal-data.js';
import { UPDATE_VERB } from '../../functions/figures/chat.js';
import { containerNames } from '../../functions/store/containers.js';
import type { Repo } from '../../functions/store/store.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { loadFixtures } from '../functions/fixtures.js';

/** Finding 2's formats, each a real date (1 January 1990) and so a CPR number. */
export const CPR_CORPUS = [
  '010190-1234',
  '0101901234',
  '010190 1234',
  '01.01.90-1234',
  '01-01-90-1234',
  '01.01.1990-1234',
  '010190–1234',
  '010190\u20111234',
  '010190/1234',
  '０１０１９０－１２３４',
  '0101\u200B90-1234',
  'nr.-010190-1234',
];

let api: Api;
let chat: BotFeatures;
const seen: string[] = [];
beforeAll(async () => {
  api = await startApi({ onLog: (line) => seen.push(line) });
  await loadFixtures(api.store);
  chat = appFor({ config: api.config, store: api.store }).features;
});
afterAll(() => api.close());

const turn: TurnInfo = { lang: 'da', conversation: { id: 'conv-cpr', scope: 'personal' }, user: { id: '29:cpr', aadObjectId: 'oid-cpr' } };
const source = { document: 'cpr', locator: 'test' };
let n = 0;

async function rest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await api.call(method, path, body === undefined ? { headers } : { body, headers });
  expect(res.status, `${method} ${path}`).toBeLessThan(500);
  seen.push(JSON.stringify(res.body ?? ''));
  return res;
}

function said(replies: Reply[]) {
  seen.push(JSON.stringify(replies));
}

describe.each(CPR_CORPUS)('a CPR number written %j', (cpr) => {
  it('is refused by every REST write and query, repeating nothing', async () => {
    const id = `aabenraa.cpr-${n++}`;
    expect((await rest('POST', '/api/cases', { id, orgId: 'aabenraa', title: `Borger ${cpr}`, kind: 'initiative', status: 'planned' })).status).toBe(400);
    expect((await rest('POST', '/api/cases', { id, orgId: 'aabenraa', title: 'Sag', description: `Se ${cpr}`, kind: 'initiative', status: 'planned' })).status).toBe(400);
    expect((await rest('PATCH', '/api/cases/aabenraa.kik', { description: `Borger ${cpr}` }, { 'if-match': '*' })).status).toBe(400);
    expect((await rest('POST', '/api/kpis/aabenraa.kontanthjaelp/figures', { kind: 'actual', period: `2001-0${(n % 9) + 1}`, value: 1, source, note: `Borger ${cpr}` })).status).toBe(400);
    expect((await rest('POST', '/api/proposals', { kind: 'quick-win', orgId: 'aabenraa', responsibleUnit: 'Jobcentret', title: 'Idé', description: `Borger ${cpr} fik job` })).status).toBe(400);
    expect((await rest('POST', '/api/query', { q: `hvor mange er ${cpr}` })).status).toBe(400);
    expect((await rest('GET', `/api/kpis?q=${encodeURIComponent(cpr)}`)).status).toBe(400);
  });

  it('is refused by the import, in a note or any other cell', async () => {
    const csv = (note: string, kpi = 'aabenraa.kontanthjaelp') => `org;kpi;kind;period;value;source;note\naabenraa;${kpi};faktisk;2002-01;5;cpr;${note}\n`;
    for (const file of [csv(`Borger ${cpr}`), csv('ok', cpr)]) {
      const real = await api.call('POST', '/api/import', { rawBody: file, headers: { 'content-type': 'text/csv' } });
      seen.push(JSON.stringify(real.body));
      expect(real.status).toBe(400);
      expect(real.body.detail).toMatch(/CPR/);
    }
  });

  it('is refused in chat — a question, a history subject, the update card — and never repeated', async () => {
    for (const replies of [
      await chat.answerQuestion!(`Hvor mange er ${cpr}?`, turn),
      await chat.showHistory!(`${cpr}`, turn),
      await chat.showStatus!(turn, `pr. ${cpr}`),
      await chat.cardActions![UPDATE_VERB]!({ verb: UPDATE_VERB, org: 'aabenraa', kpi: 'aabenraa.kontanthjaelp', period: '2003-01', value: '1', note: `Borger ${cpr}` }, turn),
      await chat.cardActions![UPDATE_VERB]!({ verb: UPDATE_VERB, org: 'aabenraa', kpi: 'aabenraa.kontanthjaelp', period: cpr, value: '1' }, turn),
      await chat.cardActions!['proposal.decide']!({ verb: 'proposal.decide', proposalId: 'aabenraa.x', decision: 'reject', reason: `Borger ${cpr}` }, turn),
    ]) {
      said(replies);
      expect(JSON.stringify(replies)).toMatch(/CPR/);
    }
  });
});

describe('afterwards', () => {
  it('nothing in the store holds a CPR number', async () => {
    for (const name of containerNames) {
      const items = await (api.store[name] as Repo<{ id: string }>).findAll();
      expect(fieldsWithCpr(items), name).toEqual([]);
    }
  });

  it('no response, reply or log line repeats one', () => {
    expect(seen.length).toBeGreaterThan(CPR_CORPUS.length * 10);
    expect(seen.filter(containsCpr)).toEqual([]);
  });
});
