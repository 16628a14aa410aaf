/**
 * The authorization matrix: role × the caller's organisation × the target's organisation × action ×
 * path (REST, import, chat). Every cell must end exactly as the policy table says — written when allowed,
 * nothing written when not — on every path that offers the action, so a path that checks less than the
 * others (the import and the chat update card once checked only the role) fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../bot/activity.js';
import type { BotFeatures, TurnInfo } from '../../bot/features.js';
import { appFor } from '../../functions/app.js';
import type { Proposal } from '../../functions/domain/model.js';
import { figureId } from '../../functions/domain/model.js';
import { UPDATE_VERB } from '../../functions/figures/chat.js';
import { callerOf, can, type Action } from '../../functions/security/index.js';
import { loadFixtures } from '../functions/fixtures.js';
import { inAzure, signedInAs, startSecureApi, type SecureApi } from '../security/support/secure-api.js';

const ORGS = ['aabenraa', 'viborg'] as const;
type Org = (typeof ORGS)[number];
const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const;
type Role = (typeof ROLES)[number];
const KPI: Record<Org, string> = { aabenraa: 'aabenraa.kontanthjaelp', viborg: 'viborg.unge.fuldtidspersoner' };

/** One user per role and organisation (an admin is everyone's); Aabenraa is the home organisation. */
const oid = (role: Role, org: Org) => (role === 'admin' ? 'oid-admin' : `oid-${role}-${org}`);
const env = {
  HOME_ORG: 'aabenraa',
  MAALBOT_ADMINS: 'oid-admin',
  MAALBOT_EDITORS: ORGS.map((o) => oid('editor', o)).join(','),
  REVIEWER_IDS: ORGS.map((o) => oid('reviewer', o)).join(','),
  MAALBOT_ORG_MEMBERS: `viborg:${ROLES.filter((r) => r !== 'admin').map((r) => oid(r, 'viborg')).join(',')}`,
};

/** The policy written out by hand, so that a change to the code's policy table has to be a change here too. */
const NEEDS: Record<'figures.write' | 'proposals.decide' | 'cases.write', Role> = { 'figures.write': 'editor', 'proposals.decide': 'reviewer', 'cases.write': 'editor' };
const expected = (role: Role, callerOrg: Org, action: keyof typeof NEEDS, target: Org) => (role === 'admin' || role === NEEDS[action]) && (role === 'admin' || callerOrg === target);

let api: SecureApi;
let chat: BotFeatures;
let serial = 0;
/** A period no other cell uses, so every allowed write creates a new figure. */
const freshPeriod = () => {
  const n = serial++;
  return `${2001 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

beforeAll(async () => {
  api = await startSecureApi({ env, adjust: inAzure });
  await loadFixtures(api.store);
  chat = appFor({ config: api.config, store: api.store }).features;
});
afterAll(() => api.close());

const turn = (user: string): TurnInfo => ({ lang: 'da', conversation: { id: `conv-${user}`, scope: 'personal' }, user: { id: `29:${user}`, aadObjectId: user } });
const figureWritten = async (org: Org, period: string) => Boolean(await api.store.figures.get(figureId({ kpiId: KPI[org], orgId: org, kind: 'actual', period }), KPI[org]));

type Path = (user: string, target: Org) => Promise<boolean>;

const FIGURE_PATHS: Record<string, Path> = {
  async rest(user, target) {
    const period = freshPeriod();
    const res = await api.call('POST', `/api/kpis/${KPI[target]}/figures`, { headers: signedInAs(user), body: { kind: 'actual', period, value: 5, source: { document: 'matrix', locator: 'cell' } } });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    return figureWritten(target, period);
  },
  async import(user, target) {
    const period = freshPeriod();
    const csv = `org;kpi;kind;period;value;source\n${target};${KPI[target]};faktisk;${period};5;matrix\n`;
    const res = await api.call('POST', '/api/import', { headers: { ...signedInAs(user), 'content-type': 'text/csv' }, rawBody: csv });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    return figureWritten(target, period);
  },
  async chat(user, target) {
    const period = freshPeriod();
    await chat.cardActions![UPDATE_VERB]!({ verb: UPDATE_VERB, org: target, kpi: KPI[target], kind: 'actual', period, value: '5' }, turn(user));
    return figureWritten(target, period);
  },
};

async function openProposal(org: Org): Promise<Proposal> {
  const p: Proposal = {
    id: `${org}.matrix-${serial++}`,
    orgId: org,
    kind: 'quick-win',
    responsibleUnit: 'Jobcentret',
    title: 'Matrixforslag',
    effortTypes: [],
    economy: [],
    status: 'submitted',
    submittedBy: { id: '29:someone', kind: 'user' },
    submittedAt: '2026-01-01T00:00:00.000Z',
    decisions: [],
  };
  await api.store.proposals.create(p);
  return p;
}
const decided = async (p: Proposal) => (await api.store.proposals.get(p.id, p.orgId))!.status !== 'submitted';

const DECISION_PATHS: Record<string, Path> = {
  async rest(user, target) {
    const p = await openProposal(target);
    const res = await api.call('POST', `/api/proposals/${p.id}/decision`, { headers: signedInAs(user), body: { decision: 'request-changes', comment: 'Mere' } });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    return decided(p);
  },
  async chat(user, target) {
    const p = await openProposal(target);
    const replies: Reply[] = await chat.cardActions!['proposal.decide']!({ verb: 'proposal.decide', proposalId: p.id, decision: 'request-changes', comment: 'Mere' }, turn(user));
    expect(replies.length).toBeGreaterThan(0);
    return decided(p);
  },
};

const CASE_PATHS: Record<string, Path> = {
  async rest(user, target) {
    const id = `${target}.matrix-${serial++}`;
    const res = await api.call('POST', '/api/cases', { headers: signedInAs(user), body: { id, orgId: target, title: 'Matrix', kind: 'initiative', status: 'planned' } });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    return Boolean(await api.store.cases.get(id, target));
  },
};

const ACTIONS: [keyof typeof NEEDS, Record<string, Path>][] = [
  ['figures.write', FIGURE_PATHS],
  ['proposals.decide', DECISION_PATHS],
  ['cases.write', CASE_PATHS],
];

describe.each(ACTIONS)('%s', (action, paths) => {
  it('every path writes exactly when the policy allows, for every role and pair of organisations', async () => {
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const role of ROLES) {
      for (const callerOrg of role === 'admin' ? (['aabenraa'] as const) : ORGS) {
        for (const target of ORGS) {
          const allow = expected(role, callerOrg, action, target);
          // The code's policy says the same as the hand-written table…
          expect(can(callerOf({ ids: [oid(role, callerOrg)], claimRoles: [] }, { ...api.config }), action as Action, { orgId: target }), `${role}@${callerOrg} → ${target}`).toBe(allow);
          // …and so does every path.
          for (const [name, run] of Object.entries(paths)) {
            outcomes.push(`${role}@${callerOrg} ${name} → ${target}: ${(await run(oid(role, callerOrg), target)) ? 'written' : 'refused'}`);
            wanted.push(`${role}@${callerOrg} ${name} → ${target}: ${allow ? 'written' : 'refused'}`);
          }
        }
      }
    }
    expect(outcomes).toEqual(wanted);
  }, 120_000);
});
