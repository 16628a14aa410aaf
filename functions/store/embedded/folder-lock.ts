/**
 * One process per data folder.
 *
 * The lock is a folder, `store.lock`, made with mkdir (atomic: of two makers exactly one succeeds). Who
 * holds it is told by claim files: each contender first writes one naming its PID, host and process start
 * time, then tries the mkdir. A lock is taken over only when every other claimant on this host is dead —
 * its PID gone, or reused by a process that started at another time. Time alone never makes a lock stale:
 * a live holder that is merely paused (SIGSTOP, a debugger, a frozen terminal) keeps it however long it
 * sleeps, where a refreshed-mtime lock (proper-lockfile's) was handed to the next opener after 30 s.
 * Claims are written before trying the lock, so a freshly taken lock always has a live claim beside it,
 * and of two contenders racing for a dead holder's lock, at most one sees no live claimant but itself.
 * A claimant on another host (a shared folder) cannot be checked and always counts as live.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { inside } from './files.js';

const LOCK_DIR = 'store.lock';
const CLAIM_PATTERN = /^claim-\d+-[0-9a-f]+\.json$/;
/** How often the holder checks that its lock and claim are still there (someone may delete them by hand). */
const CHECK_MS = 5_000;

interface Claim {
  pid: number;
  host: string;
  since: string;
  /** The process's start time as the OS counts it (Linux), to tell a reused PID from the claimant. */
  started?: string;
}

export class FolderLockedError extends Error {}

export interface FolderLock {
  release(): Promise<void>;
}

export async function lockFolder(dir: string, onCompromised: (error: Error) => void): Promise<FolderLock> {
  const claimFile = inside(dir, `claim-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  const started = processStart(process.pid);
  const claim: Claim = { pid: process.pid, host: hostname(), since: new Date().toISOString(), ...(started ? { started } : {}) };
  await writeFile(claimFile, JSON.stringify(claim));
  try {
    await acquire(dir, claimFile);
    // Claims left by processes that died without closing the store.
    for (const c of await readClaims(dir)) if (c.file !== claimFile && !isLive(c)) await rm(c.file, { force: true });
  } catch (error) {
    await rm(claimFile, { force: true });
    throw error;
  }
  const watch = setInterval(() => {
    void Promise.all([stat(inside(dir, LOCK_DIR)), stat(claimFile)]).catch((error: Error) => {
      clearInterval(watch);
      onCompromised(new Error(`the lock folder or this process's claim in ${dir} was removed (${error.message})`));
    });
  }, CHECK_MS);
  watch.unref();
  return {
    async release() {
      clearInterval(watch);
      await rm(inside(dir, LOCK_DIR), { recursive: true, force: true });
      await rm(claimFile, { force: true });
    },
  };
}

async function acquire(dir: string, ownClaim: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(inside(dir, LOCK_DIR));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const others = (await readClaims(dir)).filter((c) => c.file !== ownClaim);
    const live = others.filter(isLive);
    if (live.length || attempt > 0) {
      const holders = live.map((c) => `process ${c.pid} on ${c.host} (since ${c.since})`);
      throw new FolderLockedError(
        `The data folder ${dir} is in use by ${holders.length ? holders.join(', ') : 'another process'}. ` +
          'Stop that process, or set DATA_DIR to another folder.',
      );
    }
    // Every claimant is dead: the lock is debris of a crash.
    const aside = inside(dir, `${LOCK_DIR}.stale-${randomBytes(4).toString('hex')}`);
    await rename(inside(dir, LOCK_DIR), aside).catch(() => undefined);
    await rm(aside, { recursive: true, force: true });
    for (const c of others) await rm(c.file, { force: true });
  }
}

async function readClaims(dir: string): Promise<Array<Claim & { file: string }>> {
  const claims: Array<Claim & { file: string }> = [];
  for (const name of await readdir(dir)) {
    if (!CLAIM_PATTERN.test(name)) continue;
    const file = inside(dir, name);
    try {
      claims.push({ ...(JSON.parse(await readFile(file, 'utf8')) as Claim), file });
    } catch {
      // A claim being written this instant, or already removed: its owner is alive or gone, and a
      // half-written claim is always the newest, so treat it as live by naming no start time.
      claims.push({ pid: Number(name.split('-')[1]), host: hostname(), since: 'just now', file });
    }
  }
  return claims;
}

function isLive(claim: Claim): boolean {
  if (claim.host !== hostname()) return true;
  try {
    process.kill(claim.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Alive — unless the PID now belongs to a process that started after the claimant did.
  const started = processStart(claim.pid);
  return !claim.started || !started || started === claim.started;
}

/** Linux: the process's start time in clock ticks since boot (/proc/<pid>/stat, field 22); elsewhere unknown. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
