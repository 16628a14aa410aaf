/**
 * Fault: SIGKILL during a burst of ETag-guarded replaces and deletes on the embedded store, three times in
 * a row, each writer starting from what the last killed one left. test/store/embedded-durability.test.ts
 * checks that every acknowledged *create* survives; this checks the *latest version*: after each kill,
 * every item holds exactly its last acknowledged value and ETag, or the one write that was in flight, and
 * an acknowledged delete stays deleted. Every item read back is a valid figure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureSchema } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'children', 'update-burst.ts');
const children: ChildProcess[] = [];
let dir: string | undefined;

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

type Last = { value: number; etag: string } | 'deleted';

/** Runs the writer until it has acknowledged `acks` writes, then SIGKILLs it; returns the last ack per item. */
function burst(killAfter: number, last: Map<string, Last>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir!], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    let buffered = '';
    let acks = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, id, value, etag] = line.split(' ');
        if (word === 'ack') last.set(id!, { value: Number(value), etag: etag! });
        else if (word === 'del') last.set(id!, 'deleted');
        else continue;
        if (++acks === killAfter) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    // 'close', not 'exit': at 'exit' the pipe may still hold acks the child wrote before it died.
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended by itself: ${stderr}`))));
  });
}

describe('fault: SIGKILL during ETag-guarded replaces and deletes', () => {
  it('keeps the latest acknowledged version of every item through three kills', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fault-embedded-'));
    const last = new Map<string, Last>();
    for (const killAfter of [700, 1300, 2100]) {
      await burst(killAfter, last);
      const store = await openEmbeddedStore({ dir });
      try {
        const wrong: string[] = [];
        for (const [id, expected] of last) {
          const kpiId = `kpi-${Number(id.split('-')[1]) % 5}`;
          const item = await store.figures.get(id, kpiId);
          if (expected === 'deleted') {
            // Deleted, or created again by the write that was in flight at the kill.
            if (item && item.value !== 1) wrong.push(`${id}: deleted, found value ${item.value}`);
          } else if (!item) {
            // A delete may have been in flight; it is the only write that may follow an ack.
            continue;
          } else if (item.value === expected.value) {
            if (item._etag !== expected.etag) wrong.push(`${id}: value ${item.value} with another ETag`);
          } else if (item.value !== expected.value + 1) {
            wrong.push(`${id}: expected ${expected.value} (or ${expected.value + 1} in flight), found ${item.value}`);
          }
        }
        expect(wrong).toEqual([]);
        const all = await store.figures.findAll();
        expect(all.filter((f) => !FigureSchema.safeParse(f).success)).toEqual([]);
        expect(all.length).toBeLessThanOrEqual(40);
      } finally {
        await store.close();
      }
    }
    expect(last.size).toBe(40);
  }, 180_000);
});
