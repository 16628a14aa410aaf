/**
 * The folder lock's reading of /proc/<pid>/stat for a live claimant: a start time read past a command
 * name that holds ")" matches the claim, and a start time that cannot be read at all (no /proc, or one
 * mounted hidepid) leaves a live claimant live. Either way the lock is not taken from a running process.
 * /proc is faked for the one PID, the parent of this test process, which is alive throughout.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const proc = vi.hoisted(() => ({ stat: undefined as string | undefined | 'unreadable' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (file === `/proc/${process.ppid}/stat` && proc.stat !== undefined) {
      if (proc.stat === 'unreadable') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return proc.stat;
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const { FolderLockedError, lockFolder } = await import('../../functions/store/embedded/folder-lock.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-lock-proc-'));
});
afterEach(async () => {
  proc.stat = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A lock held by the parent process, whose claim says it started at `started`. */
async function heldByParent(started: string): Promise<void> {
  await mkdir(path.join(dir, 'store.lock'));
  await writeFile(path.join(dir, `claim-${process.ppid}-abcd1234.json`), JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-12-01T00:00:00.000Z', started }));
}

/** /proc/<pid>/stat with a command name holding ") " and the start time (field 22) given. */
function statLine(started: string): string {
  const fields = Array.from({ length: 50 }, () => '0');
  fields[0] = 'S';
  fields[19] = started;
  return `${process.ppid} (we) ird) ${fields.join(' ')}\n`;
}

describe('a live claimant whose start time is hard to read', () => {
  it('reads the start time after the last ")" of the command name, and keeps the lock held', async () => {
    proc.stat = statLine('777');
    await heldByParent('777');
    await expect(lockFolder(dir, () => undefined)).rejects.toBeInstanceOf(FolderLockedError);
  });

  it('takes the lock when the start time read that way is another (the PID was reused)', async () => {
    proc.stat = statLine('778');
    await heldByParent('777');
    const lock = await lockFolder(dir, () => undefined);
    await lock.release();
  });

  it('counts a claimant as live when its start time cannot be read', async () => {
    proc.stat = 'unreadable';
    await heldByParent('777');
    await expect(lockFolder(dir, () => undefined)).rejects.toBeInstanceOf(FolderLockedError);
  });
});
