/**
 * Fault: the digest sender is SIGKILLed at the worst moment — the connector has just accepted a message
 * and the sender has not heard back, so its delivery record still says 'sending' — twice, in two runs,
 * and a third run finishes. Every subscription must end with exactly one digest.
 *
 * test/digest/exactly-once.test.ts kills after N deliveries were recorded as settled; this kills inside the
 * send itself (synchronously, from the connector's request handler, before it answers), at a larger scale,
 * and kills the resuming run too. Same child and connector as that test (test/digest/support).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { startFakeConnector, type FakeConnector, type Received } from '../digest/support/fake-connector.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'digest', 'support', 'delivery-child.ts');
const SUBSCRIPTIONS = 400;
const LEASE_MS = 1000;

let connector: FakeConnector | undefined;
let dir: string | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await connector?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function seedSubscriptions(url: string): Promise<void> {
  const store = await openEmbeddedStore({ dir: dir! });
  const now = new Date().toISOString();
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const conversationId = `fault-conv-${i}`;
    writes.push(
      store.conversations.create({
        id: conversationId,
        reference: { serviceUrl: url, conversation: { id: conversationId, tenantId: 't1' }, channelId: 'msteams' },
        scope: 'groupChat', tenantId: 't1', addedAt: now, active: true,
      }),
      store.subscriptions.create({
        id: `fault-sub-${i}`, conversationId, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
        language: 'da', active: true, createdBy: { id: 'owner' }, createdAt: now,
      }),
    );
  }
  await Promise.all(writes);
  await store.close();
}

/**
 * One delivery run. With `killAtAccepted`, the child is killed from inside the connector the moment it
 * accepts that many messages in all — before the connector writes its answer.
 */
function run(killAtAccepted?: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir!, String(LEASE_MS), 'yes'], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const received = connector!.received;
    received.push = (...items: Received[]) => {
      const n = Array.prototype.push.apply(received, items);
      if (killAtAccepted !== undefined && n === killAtAccepted) child.kill('SIGKILL');
      return n;
    };
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true });
      else if (code === 0) resolve({ killed: false });
      else reject(new Error(`delivery run exited ${code}: ${stderr}`));
    });
  });
}

async function stored() {
  const store = await openEmbeddedStore({ dir: dir! });
  try {
    return { deliveries: await store.deliveries.findAll(), milestones: await store.milestones.findAll() };
  } finally {
    await store.close();
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fault: the digest sender killed inside a send, twice', () => {
  it('ends with exactly one digest per subscription and every delivery recorded as sent', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fault-digest-'));
    connector = await startFakeConnector({ random429Share: 0.1, retryAfterSeconds: 1, seed: 11 });
    await seedSubscriptions(connector.url);

    expect((await run(90)).killed).toBe(true);
    const afterFirst = await stored();
    // The message the connector was accepting at the kill is there, its record still says 'sending'.
    expect(afterFirst.deliveries.some((d) => d.status === 'sending')).toBe(true);
    expect(afterFirst.deliveries.filter((d) => d.status === 'sent').length).toBeLessThan(90);

    await pause(LEASE_MS + 200);
    expect((await run(260)).killed).toBe(true);

    await pause(LEASE_MS + 200);
    expect((await run()).killed).toBe(false);

    const counts = new Map<string, number>();
    for (const r of connector.received) counts.set(r.conversationId, (counts.get(r.conversationId) ?? 0) + 1);
    expect(counts.size).toBe(SUBSCRIPTIONS);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
    const after = await stored();
    expect(after.deliveries).toHaveLength(SUBSCRIPTIONS);
    expect(after.deliveries.filter((d) => d.status !== 'sent' || !d.activityId)).toEqual([]);
    expect(after.milestones).toHaveLength(SUBSCRIPTIONS);
  }, 180_000);
});
