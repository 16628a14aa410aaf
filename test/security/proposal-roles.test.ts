/**
 * Proposals over REST: anyone signed in may submit, only reviewers decide. An editor's decision is
 * refused with 403 before the proposal is touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../functions/store/seed.js';
import { inAzure, signedInAs, startSecureApi, type SecureApi } from './support/secure-api.js';

const EDITOR = 'oid-editor';
const REVIEWER = 'oid-reviewer';

let api: SecureApi;
let open: { id: string; orgId: string; status: string };
beforeAll(async () => {
  api = await startSecureApi({ env: { MAALBOT_EDITORS: EDITOR, REVIEWER_IDS: REVIEWER, MAALBOT_ORG_MEMBERS: `herning:${REVIEWER}` }, adjust: inAzure });
  await seedIfEmpty(api.store);
  const proposals = await api.store.proposals.findAll();
  open = proposals.find((p) => p.status === 'submitted' || p.status === 'in-review')!;
  expect(open, 'the seed has an undecided proposal').toBeDefined();
}, 60_000);
afterAll(() => api.close());

describe('deciding on a proposal', () => {
  it('an editor gets 403 and the proposal is unchanged', async () => {
    const res = await api.call('POST', `/api/proposals/${open.id}/decision`, { body: { decision: 'reject', comment: 'Nej' }, headers: signedInAs(EDITOR) });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/reviewer/);
    expect((await api.store.proposals.get(open.id, open.orgId))!.status).toBe(open.status);
  });

  it('a reader may read proposals but not decide', async () => {
    expect((await api.call('GET', '/api/proposals', { headers: signedInAs('oid-reader') })).status).toBe(200);
    expect((await api.call('POST', `/api/proposals/${open.id}/decision`, { body: { decision: 'approve' }, headers: signedInAs('oid-reader') })).status).toBe(403);
  });

  it('a reviewer may', async () => {
    const res = await api.call('POST', `/api/proposals/${open.id}/decision`, {
      body: { decision: 'request-changes', comment: 'Tilføj økonomi' },
      headers: signedInAs(REVIEWER),
    });
    expect(res.status).toBe(200);
    expect((await api.store.proposals.get(open.id, open.orgId))!.status).toBe('changes-requested');
  });
});
