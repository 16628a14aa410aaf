/**
 * Faults: a process killed (SIGKILL) between an audit entry and its change, between a change and its
 * entry's completion, and between a proposal's approval and its case. Then `npm start`'s host starts on
 * the same data folder and is stopped again, with no request in between: its start alone settles all
 * three — the entry of the change that never happened marked aborted, the one of the change that did
 * completed, the approval's case and decision entry written — through the same appStart hook the
 * Functions host runs (functions/index.ts).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { reviewerPolicy, submitProposal } from '../../functions/proposals/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { freePort } from '../e2e/support/product.js';
import { PRIORITY, STAFF } from '../proposals/support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
let dir: string;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs a child to its death and returns what it printed; it must die by SIGKILL. */
async function killed(script: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'children', script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
  expect(stdout).not.toContain('not killed');
  expect(signal).toBe('SIGKILL');
}

/** `npm start` without the Playground, on the folder, until it says it is ready; then SIGTERM. */
async function startAndStop(): Promise<string> {
  const port = await freePort();
  const host = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts', '--no-playground'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', COSMOS_ENDPOINT: '', MAALBOT_MODE: 'local', MicrosoftAppId: '', HOME_ORG: 'herning' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  host.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (/Målbot API listening/.test(output)) {
        clearInterval(poll);
        resolve();
      }
    }, 100);
    host.once('exit', () => {
      clearInterval(poll);
      reject(new Error(`the host stopped before it was ready:\n${output}`));
    });
  });
  const exited = new Promise((resolve) => host.once('exit', resolve));
  host.kill('SIGTERM');
  await exited;
  return output;
}

it('the next start settles what each kill left: an aborted entry, a completed entry, an approval with its case', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-leftover-kill-'));
  const config = loadConfig({ DATA_DIR: dir, HOME_ORG: 'herning' });
  const seeded = await openEmbeddedStore({ dir });
  await seed(seeded);
  const outcome = await submitProposal({ store: seeded, reviewers: reviewerPolicy(config), now: () => new Date().toISOString() }, PRIORITY, { person: STAFF, lang: 'da', idempotencyKey: submissionKey(randomUUID(), STAFF.id) });
  if (outcome.kind !== 'created') throw new Error(outcome.kind);
  const proposalId = outcome.proposal.id;
  await seeded.close();

  await killed('audit-and-die.ts', [dir, 'figures.create', '2031-01']);
  await killed('audit-and-die.ts', [dir, 'audit.replace', '2031-02']);
  await killed('approve-and-die.ts', [dir, proposalId]);
  const never = 'aabenraa.kik-ii.kontaktforloeb~aabenraa~actual~2031-01';
  const made = 'aabenraa.kik-ii.kontaktforloeb~aabenraa~actual~2031-02';

  const left = await openEmbeddedStore({ dir });
  try {
    expect((await left.audit.findAll({ partitionKey: never })).map((e) => e.state)).toEqual(['pending']);
    expect(await left.figures.get(never, 'aabenraa.kik-ii.kontaktforloeb')).toBeUndefined();
    expect((await left.audit.findAll({ partitionKey: made })).map((e) => e.state)).toEqual(['pending']);
    expect((await left.figures.get(made, 'aabenraa.kik-ii.kontaktforloeb'))?.value).toBe(42);
    expect((await left.proposals.get(proposalId, 'herning'))?.pending?.writeCase).toBe(true);
  } finally {
    await left.close();
  }

  const output = await startAndStop();
  expect(output).toMatch(/Leftover work finished at start/);

  const after = await openEmbeddedStore({ dir });
  try {
    const neverEntries = await after.audit.findAll({ partitionKey: never });
    expect(neverEntries.map((e) => e.state)).toEqual(['aborted']);
    expect(await after.figures.get(never, 'aabenraa.kik-ii.kontaktforloeb')).toBeUndefined();
    const madeEntries = await after.audit.findAll({ partitionKey: made });
    expect(madeEntries.map((e) => e.state)).toEqual([undefined]);
    expect(madeEntries[0]!.after).toMatchObject({ value: 42, period: '2031-02' });
    expect(await after.audit.findAll({ where: { state: 'pending' } })).toEqual([]);
    const approved = (await after.proposals.get(proposalId, 'herning'))!;
    expect(approved.pending).toBeUndefined();
    expect((await after.cases.get(approved.caseId!, 'herning'))?.proposalId).toBe(proposalId);
    expect((await after.audit.findAll({ partitionKey: proposalId })).filter((a) => a.action === 'decision')).toHaveLength(1);
  } finally {
    await after.close();
  }
}, 240_000);
