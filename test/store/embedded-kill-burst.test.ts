/**
 * A SIGKILL during a burst of writes loses no acknowledged write and leaves a folder that opens cleanly.
 * Apart from the other restart tests because mutation runs leave it out (stryker/folders.mjs): the writer
 * is a child process, which runs the code unmutated, so the test costs a minute per mutant and kills none.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
const children: Array<ReturnType<typeof spawn>> = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-embedded-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  // A failed assertion must not leave a writer running.
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Runs a child script with tsx's loader inside node itself, so the PID we signal is the writer's own. */
function child(script: string, dir: string) {
  const spawned = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'children', script), dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(spawned);
  return spawned;
}

describe('embedded store: kill -9 during a burst of writes', () => {
  it('holds every acknowledged write afterwards, and opens cleanly without waiting for the lock to go stale', async () => {
    const dir = await tempDir();
    const acknowledged: Array<{ kpiId: string; id: string }> = [];
    for (let round = 0; round < 2; round++) {
      const writer = child('write-burst.ts', dir);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => writer.on('exit', (_code, signal) => resolve(signal)));
      let roundAcks = 0;
      let buffered = '';
      await new Promise<void>((resolve, reject) => {
        writer.on('error', reject);
        writer.stdout.setEncoding('utf8');
        writer.stdout.on('data', (chunk: string) => {
          buffered += chunk;
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines) {
            const [word, kpiId, id] = line.split(' ');
            if (word !== 'ack') continue;
            acknowledged.push({ kpiId: kpiId!, id: id! });
            // Kill well inside the burst, at a different point each round.
            if (++roundAcks === 1500 + round * 700) {
              writer.kill('SIGKILL');
              resolve();
            }
          }
        });
        void exited.then((signal) => (signal === 'SIGKILL' ? undefined : reject(new Error(`writer ended early: ${signal}`))));
      });
      expect(await exited).toBe('SIGKILL');

      const reopened = await openEmbeddedStore({ dir });
      const missing: string[] = [];
      for (const { kpiId, id } of acknowledged) if (!(await reopened.figures.get(id, kpiId))) missing.push(id);
      expect(missing).toEqual([]);
      expect((await reopened.figures.findAll()).length).toBeGreaterThanOrEqual(acknowledged.length);
      await reopened.close();
    }
  }, 120_000);
});
