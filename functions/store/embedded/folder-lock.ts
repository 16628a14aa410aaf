/**
 * One process per data folder.
 *
 * proper-lockfile takes the lock (an atomic mkdir whose mtime the holder refreshes; a lock not
 * refreshed for STALE_MS is taken over). It does not record who holds it, and a killed holder would
 * block every restart for STALE_MS, so each contender first leaves a claim file naming its PID and host.
 * A contender that finds the lock held reads the claims: if every other claimant on this host is dead
 * the lock is left over from a crash and is removed at once; otherwise the error names the live PID.
 * Claims are written before trying the lock, so a freshly taken lock always has a live claim beside it.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { inside } from './files.js';

const LOCK_DIR = 'store.lock';
const CLAIM_PATTERN = /^claim-\d+-[0-9a-f]+\.json$/;
const STALE_MS = 30_000;

interface Claim {
  pid: number;
  host: string;
  since: string;
}

export class FolderLockedError extends Error {}

export interface FolderLock {
  release(): Promise<void>;
}

export async function lockFolder(dir: string, onCompromised: (error: Error) => void): Promise<FolderLock> {
  const claimFile = inside(dir, `claim-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  const claim: Claim = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(claimFile, JSON.stringify(claim));
  try {
    const release = await acquire(dir, claimFile, onCompromised);
    // Claims left by processes that died after releasing the lock (signal-exit frees the lock, not ours).
    for (const c of await readClaims(dir)) if (c.file !== claimFile && c.host === hostname() && !isAlive(c.pid)) await rm(c.file, { force: true });
    return {
      async release() {
        await release().catch(() => undefined);
        await rm(claimFile, { force: true });
      },
    };
  } catch (error) {
    await rm(claimFile, { force: true });
    throw error;
  }
}

async function acquire(dir: string, ownClaim: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const options = { lockfilePath: inside(dir, LOCK_DIR), stale: STALE_MS, realpath: false, onCompromised };
  for (let attempt = 0; ; attempt++) {
    try {
      return await lockfile.lock(dir, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const others = (await readClaims(dir)).filter((c) => c.file !== ownClaim);
    const live = others.filter((c) => c.host !== hostname() || isAlive(c.pid));
    if (live.length || attempt > 0) {
      const holders = live.map((c) => `process ${c.pid} on ${c.host} (since ${c.since})`);
      throw new FolderLockedError(
        `The data folder ${dir} is in use by ${holders.length ? holders.join(', ') : 'another process'}. ` +
          'Stop that process, or set DATA_DIR to another folder.',
      );
    }
    // Every claimant is dead: the lock is debris of a crash. Claims are written before the lock is
    // tried, so of two contenders racing here at most one sees no live claimant but itself.
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
      // half-written claim is always the newest, so treat it as live by naming no PID.
      claims.push({ pid: Number(name.split('-')[1]), host: hostname(), since: 'just now', file });
    }
  }
  return claims;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
