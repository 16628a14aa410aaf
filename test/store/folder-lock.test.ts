/**
 * The data folder's lock, case by case, in this process: who counts as a live holder (a PID that
 * answers, started when its claim says; a claim from another host; a claim still being written) and
 * what is debris (a PID that is gone or reused), what taking over a stale lock leaves behind, and the
 * watch that notices a lock removed by hand. The kill and pause tests show the same across processes.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FolderLockedError, lockFolder, type FolderLock } from '../../functions/store/embedded/folder-lock.js';

/** When set, a claim naming this PID vanishes right after it is read: another opener clearing it too. */
const race = vi.hoisted(() => ({ vanishing: 0, retaken: false, movedAside: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (file: string, ...rest: unknown[]) => {
    const text = await (fs.readFile as (...a: unknown[]) => Promise<string>)(file, ...rest);
    if (race.vanishing && path.basename(String(file)).startsWith(`claim-${race.vanishing}-`)) await fs.rm(file);
    return text;
  }) as typeof fs.readFile;
  // When set, another opener makes the lock folder anew the moment a stale one is moved aside.
  // When movedAside is set, another opener moves the stale lock folder aside (and clears it) first.
  const rename = (async (from: string, to: string) => {
    if (race.movedAside && path.basename(String(from)) === 'store.lock') await fs.rm(from, { recursive: true });
    await fs.rename(from, to);
    if (race.retaken && path.basename(String(from)) === 'store.lock') await fs.mkdir(from);
  }) as typeof fs.rename;
  return { ...fs, default: { ...fs, readFile, rename }, readFile, rename };
});

/** Above pid_max, so no process can have it: kill(pid, 0) answers ESRCH. */
const DEAD_PID = 4_194_305;

let dir: string;
let held: FolderLock[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-lock-'));
  held = [];
});

afterEach(async () => {
  race.vanishing = 0;
  race.retaken = false;
  race.movedAside = false;
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const lock of held) await lock.release();
  await rm(dir, { recursive: true, force: true });
});

async function lock(onCompromised: (error: Error) => void = () => undefined): Promise<FolderLock> {
  const taken = await lockFolder(dir, onCompromised);
  held.push(taken);
  return taken;
}

/** A lock folder left by `claims`, as a process that died (or lives elsewhere) would leave it. */
async function leftBehind(...claims: Array<{ name?: string; pid: number; host?: string; started?: string; text?: string }>): Promise<void> {
  await mkdir(path.join(dir, 'store.lock'));
  for (const [i, c] of claims.entries()) {
    const body = c.text ?? JSON.stringify({ pid: c.pid, host: c.host ?? hostname(), since: '2026-01-01T00:00:00.000Z', ...(c.started ? { started: c.started } : {}) });
    await writeFile(path.join(dir, c.name ?? `claim-${c.pid}-0000000${i}.json`), body);
  }
}

/** This process's start time read straight from /proc (field 22), to write a claim that matches it or not. */
function ownStart(): string {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return fields[19]!;
}

async function entries(): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('folder lock', () => {
  it('makes the lock folder and one claim naming this process, and release removes both', async () => {
    const taken = await lock();
    const names = await entries();
    expect(names).toHaveLength(2);
    expect(names[1]).toBe('store.lock');
    expect(names[0]).toMatch(new RegExp(`^claim-${process.pid}-[0-9a-f]{8}\\.json$`));
    const claim = JSON.parse(readFileSync(path.join(dir, names[0]!), 'utf8')) as Record<string, unknown>;
    expect(claim).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Date.parse(String(claim.since))).not.toBeNaN();
    if (process.platform === 'linux') expect(claim.started).toBe(ownStart());

    await taken.release();
    expect(await entries()).toEqual([]);
  });

  it('refuses a second locker while the holder lives, naming the folder, PID, host and since, and leaves no claim of its own', async () => {
    await lock();
    const before = await entries();

    const refused = lockFolder(dir, () => undefined);

    await expect(refused).rejects.toBeInstanceOf(FolderLockedError);
    await expect(refused).rejects.toThrow(new RegExp(`^The data folder ${dir} is in use by process ${process.pid} on ${hostname()} \\(since \\d{4}-`));
    await expect(refused).rejects.toThrow(/Stop that process, or set DATA_DIR/);
    expect(await entries()).toEqual(before);
  });

  it('takes over a lock whose only claimant is gone, and clears its claim and the stale folder', async () => {
    await leftBehind({ pid: DEAD_PID });

    await lock();

    const names = await entries();
    expect(names).toEqual([expect.stringMatching(new RegExp(`^claim-${process.pid}-`)), 'store.lock']);
  });

  it('takes over a lock with no claim at all (a crash between mkdir and nothing else)', async () => {
    await mkdir(path.join(dir, 'store.lock'));
    await writeFile(path.join(dir, 'store.lock', 'inside'), 'x');
    await lock();
    expect(await readdir(path.join(dir, 'store.lock'))).toEqual([]);
  });

  it('counts a claim from another host as live, however old', async () => {
    await leftBehind({ pid: DEAD_PID, host: 'other-host' });
    await expect(lock()).rejects.toThrow(`process ${DEAD_PID} on other-host (since 2026-01-01T00:00:00.000Z)`);
  });

  it.runIf(process.platform === 'linux')('counts a claim whose PID lives and started when the claim says as live', async () => {
    await leftBehind({ pid: process.pid, started: ownStart() });
    await expect(lock()).rejects.toThrow(`process ${process.pid} on ${hostname()}`);
  });

  it.runIf(process.platform === 'linux')('counts a claim whose PID now belongs to a process started at another time as dead', async () => {
    await leftBehind({ pid: process.pid, started: String(Number(ownStart()) + 1) });
    await lock();
    expect((await entries()).filter((n) => n.startsWith('claim-'))).toHaveLength(1);
  });

  it('counts a claim with a live PID and no start time as live', async () => {
    await leftBehind({ pid: process.pid });
    await expect(lock()).rejects.toThrow(`process ${process.pid}`);
  });

  it('counts a half-written claim as live by the PID in its name, and as dead when that PID is gone', async () => {
    await leftBehind({ name: `claim-${process.pid}-00000001.json`, pid: process.pid, text: '{"pid":' });
    await expect(lock()).rejects.toThrow(`process ${process.pid} on ${hostname()} (since just now)`);

    await rm(dir, { recursive: true });
    await mkdir(dir);
    await leftBehind({ name: `claim-${DEAD_PID}-00000001.json`, pid: DEAD_PID, text: '{"pid":' });
    await lock();
  });

  it('refuses while any claimant lives, naming only the live ones', async () => {
    await leftBehind({ pid: DEAD_PID }, { pid: DEAD_PID + 1 }, { pid: DEAD_PID + 2, host: 'nas' });
    await expect(lock()).rejects.toThrow(/in use by process 4194307 on nas \(since [^)]*\)\. Stop/);
  });

  it('names every live claimant, in the order of their claims, separated by commas', async () => {
    await leftBehind({ pid: DEAD_PID + 2, host: 'nas' }, { pid: DEAD_PID }, { pid: DEAD_PID + 3, host: 'nas-2' });
    await expect(lock()).rejects.toThrow(
      `in use by process ${DEAD_PID + 2} on nas (since 2026-01-01T00:00:00.000Z), process ${DEAD_PID + 3} on nas-2 (since 2026-01-01T00:00:00.000Z). Stop`,
    );
  });

  it('ignores files that only look like claims, and removes dead claims left beside a lock it takes', async () => {
    await writeFile(path.join(dir, 'claim-notes.txt'), 'not a claim');
    await writeFile(path.join(dir, `claim-${DEAD_PID}-abc.json.bak`), '{}');
    await leftBehind({ pid: DEAD_PID }, { pid: DEAD_PID + 1 });
    await lock();
    expect((await entries()).filter((n) => n.startsWith('claim-') && n.endsWith('.json')).map((n) => n.split('-')[1])).toEqual([String(process.pid)]);
    expect(await entries()).toContain('claim-notes.txt');
  });

  it('does not mind a dead claim that another opener removes first, beside a stale lock or a free one', async () => {
    race.vanishing = DEAD_PID;
    await leftBehind({ pid: DEAD_PID });
    const first = await lock();
    await first.release();
    await writeFile(path.join(dir, `claim-${DEAD_PID}-0000000c.json`), JSON.stringify({ pid: DEAD_PID, host: hostname(), since: 'x' }));
    await lock();
    expect((await entries()).filter((n) => n.startsWith(`claim-${DEAD_PID}`))).toEqual([]);
  });

  it('refuses when another opener takes a stale lock first, naming no process it cannot name', async () => {
    race.retaken = true;
    await leftBehind({ pid: DEAD_PID });
    const refused = lockFolder(dir, () => undefined);
    await expect(refused).rejects.toBeInstanceOf(FolderLockedError);
    await expect(refused).rejects.toThrow(`The data folder ${dir} is in use by another process. Stop that process, or set DATA_DIR to another folder.`);
    expect(await entries()).toEqual(['store.lock']);
  });

  it("counts a claimant whose PID belongs to another user's process (EPERM) as live", async () => {
    const kill = process.kill.bind(process);
    vi.spyOn(process, 'kill').mockImplementation((pid: number, signal?: string | number) => {
      if (pid === DEAD_PID) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return kill(pid, signal);
    });
    await leftBehind({ pid: DEAD_PID });
    await expect(lock()).rejects.toThrow(`process ${DEAD_PID} on ${hostname()}`);
  });

  it('takes a stale lock that another opener moved aside first', async () => {
    race.movedAside = true;
    await leftBehind({ pid: DEAD_PID });
    await lock();
    expect((await entries()).filter((n) => !n.startsWith(`claim-${process.pid}-`))).toEqual(['store.lock']);
  });

  it('a refused opener still says who holds the folder when its own claim was removed meanwhile', async () => {
    await lock();
    race.vanishing = process.pid;
    await expect(lockFolder(dir, () => undefined)).rejects.toBeInstanceOf(FolderLockedError);
  });

  it('after taking a free lock, removes claims of dead processes but keeps claims from other hosts', async () => {
    await writeFile(path.join(dir, `claim-${DEAD_PID}-0000000a.json`), JSON.stringify({ pid: DEAD_PID, host: hostname(), since: 'x' }));
    await writeFile(path.join(dir, `claim-${DEAD_PID}-0000000b.json`), JSON.stringify({ pid: DEAD_PID, host: 'nas', since: 'x' }));
    await lock();
    const names = await entries();
    expect(names).not.toContain(`claim-${DEAD_PID}-0000000a.json`);
    expect(names).toContain(`claim-${DEAD_PID}-0000000b.json`);
  });

  it('reports a lock folder removed by hand within a check, once, and a release afterwards still succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lost = vi.fn();
    const taken = await lock(lost);
    await vi.advanceTimersByTimeAsync(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).not.toHaveBeenCalled();

    await rm(path.join(dir, 'store.lock'), { recursive: true });
    await vi.advanceTimersByTimeAsync(4_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(lost).toHaveBeenCalledTimes(1));
    expect((lost.mock.calls[0]![0] as Error).message).toMatch(new RegExp(`^the lock folder or this process's claim in ${dir} was removed \\(ENOENT`));
    await vi.advanceTimersByTimeAsync(20_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toHaveBeenCalledTimes(1);
    await taken.release();
  });

  it('reports its own claim removed by hand', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lost = vi.fn();
    await lock(lost);
    const claim = (await entries()).find((n) => n.startsWith('claim-'))!;
    await rm(path.join(dir, claim));
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(lost).toHaveBeenCalledTimes(1));
  });

  it('stops checking once released', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lost = vi.fn();
    const taken = await lockFolder(dir, lost);
    await taken.release();
    await vi.advanceTimersByTimeAsync(10_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).not.toHaveBeenCalled();
  });
});
