/**
 * A data folder damaged outside the program — a snapshot cut short (a full disk, a copy interrupted), a
 * snapshot deleted while the log after it stays — must stop the open with the file named and what to do,
 * never open with part of the data or none of it as if that were all.
 */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { sample } from './sample-items.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A folder with a snapshot of 150 figures and a log of writes made after it. */
async function compactedFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-damage-'));
  dirs.push(dir);
  const store = await openEmbeddedStore({ dir, compactAfterBytes: 16 * 1024 });
  for (let n = 0; n < 400; n++) await store.figures.upsert({ ...sample.figures(`f-${n % 150}`, `kpi-${n % 5}`), value: n });
  await store.close();
  // Closing compacted: the snapshot holds everything. Reopen and write a little, which stays in the log only.
  const again = await openEmbeddedStore({ dir });
  await again.organisations.create(sample.organisations('herning', 'herning'));
  await again.close();
  return dir;
}

describe('embedded store: a damaged data folder', () => {
  it('a snapshot cut off inside an item is refused, naming the file and what to do', async () => {
    const dir = await compactedFolder();
    const snapshot = path.join(dir, 'snapshot.jsonl');
    const size = (await readFile(snapshot)).length;
    await truncate(snapshot, Math.floor(size * 0.6));
    const opening = openEmbeddedStore({ dir });
    await expect(opening).rejects.toThrow(snapshot);
    await expect(opening).rejects.toThrow(/backup|data:import/);
  });

  it('a deleted snapshot with its later log left behind is refused, naming the missing file', async () => {
    const dir = await compactedFolder();
    const logs = (await readdir(dir)).filter((f) => f.startsWith('log-'));
    expect(logs.length).toBeGreaterThan(0);
    const snapshot = path.join(dir, 'snapshot.jsonl');
    await rm(snapshot);
    const opening = openEmbeddedStore({ dir });
    await expect(opening).rejects.toThrow(snapshot);
    await expect(opening).rejects.toThrow(/missing/);
    // Nothing was taken away: the log is still there for whoever restores the snapshot.
    expect((await readdir(dir)).filter((f) => f.startsWith('log-'))).toEqual(logs);
  });

  it('a log record missing between the snapshot and later records is refused, naming the log', async () => {
    const dir = await compactedFolder();
    const again = await openEmbeddedStore({ dir });
    await again.organisations.create(sample.organisations('viborg', 'viborg'));
    await again.close();
    const newest = (await readdir(dir)).filter((f) => f.startsWith('log-')).sort().at(-1)!;
    const file = path.join(dir, newest);
    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // The first record after the snapshot gone, a later one kept: what a lost log file looks like.
    await writeFile(file, `${lines.slice(1).join('\n')}\n`);
    await expect(openEmbeddedStore({ dir })).rejects.toThrow(file);
  });

  it('an untouched folder still opens with everything', async () => {
    const dir = await compactedFolder();
    const store = await openEmbeddedStore({ dir });
    expect(await store.figures.findAll()).toHaveLength(150);
    expect(await store.organisations.findAll()).toHaveLength(1);
    await store.close();
  });
});
