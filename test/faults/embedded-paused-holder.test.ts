/**
 * Fault: the process holding the embedded store's data folder is stopped (SIGSTOP: alive, but running
 * nothing, like a process paused in a debugger or a laptop's frozen terminal) for longer than the 30 s
 * after which proper-lockfile used to call an unrefreshed lock stale and hand it to the next opener —
 * two writers on one log. A live holder's lock is never taken: the second opener is refused with the
 * holder's PID, and gets the folder once the holder is gone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Longer than the old stale limit (30 s) plus its refresh interval's slack. */
const PAUSE_MS = 32_000;
let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('fault: the data folder\'s holder is paused past the stale limit', () => {
  it('is not taken from the live holder, and is free once the holder dies', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-paused-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'children', 'hold-store.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    cleanup.push(() => {
      if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
    });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder.once('exit', (code) => reject(new Error(`the holder exited (${code}) before it was ready`)));
    });

    holder.kill('SIGSTOP');
    await sleep(PAUSE_MS);
    await expect(openEmbeddedStore({ dir })).rejects.toThrow(`process ${holder.pid}`);

    holder.kill('SIGCONT');
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const store = await openEmbeddedStore({ dir });
    await store.close();
  }, 90_000);
});
