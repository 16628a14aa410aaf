/**
 * Fault: the process approving a priority proposal is killed (SIGKILL) after the proposal's write and
 * before its case's. The store then holds an approved proposal and no case — the state that used to stay
 * for good. The next start finishes the approval's work: the case, and the decision's audit entry, once.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { finishPendingProposals, reviewerPolicy, submitProposal } from '../../functions/proposals/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { PRIORITY, STAFF } from '../proposals/support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('fault: SIGKILL between an approval and its case', () => {
  it('leaves the approval owing its case, and the next start writes case and audit entry once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-approval-kill-'));
    dirs.push(dir);
    const config = loadConfig({ DATA_DIR: dir, HOME_ORG: 'herning' });
    const ctxOf = (store: Awaited<ReturnType<typeof openEmbeddedStore>>) => ({ store, reviewers: reviewerPolicy(config), now: () => new Date().toISOString() });

    const before = await openEmbeddedStore({ dir });
    await seed(before);
    const outcome = await submitProposal(ctxOf(before), PRIORITY, { person: STAFF, lang: 'da', idempotencyKey: submissionKey(randomUUID(), STAFF.id) });
    if (outcome.kind !== 'created') throw new Error(outcome.kind);
    const id = outcome.proposal.id;
    await before.close();

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'children', 'approve-and-die.ts'), dir, id], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');
    expect(stdout).not.toContain('not killed');

    const after = await openEmbeddedStore({ dir });
    try {
      const left = (await after.proposals.get(id, 'herning'))!;
      expect(left.status).toBe('approved');
      expect(left.pending?.writeCase).toBe(true);
      expect(await after.cases.get(left.caseId!, 'herning')).toBeUndefined();

      expect(await finishPendingProposals(ctxOf(after))).toBe(1);
      const done = (await after.proposals.get(id, 'herning'))!;
      expect(done.pending).toBeUndefined();
      expect((await after.cases.get(done.caseId!, 'herning'))?.proposalId).toBe(id);
      expect((await after.audit.findAll({ partitionKey: id })).filter((a) => a.action === 'decision')).toHaveLength(1);
      expect((await after.figures.findAll({ where: { orgId: 'herning' } })).filter((f) => f.kpiId.startsWith(`${done.caseId}.`)).length).toBeGreaterThan(0);
    } finally {
      await after.close();
    }
  }, 90_000);
});
