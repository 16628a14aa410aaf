/**
 * The snapshot's durability, which a kill test cannot see (the OS keeps unsynced bytes across a SIGKILL):
 * the new snapshot's bytes are synced before it is renamed into place, the rename is made durable by
 * syncing the folder before anyone relies on it, and a compaction deletes the log files the snapshot
 * covers only after both. Every open, sync, rename and delete is recorded with the file it touched.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { writeSnapshot } from '../../functions/store/embedded/snapshot.js';
import { sample } from './sample-items.js';

const trace = vi.hoisted(() => ({ events: [] as string[], dir: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  /** The name inside the data folder ("." for the folder itself), so events read the same on every machine. */
  const name = (p: unknown) => (trace.dir && String(p).startsWith(trace.dir) ? path.relative(trace.dir, String(p)) || '.' : String(p));
  const open: typeof fs.open = async (file, ...rest) => {
    const handle = await fs.open(file, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      trace.events.push(`sync ${name(file)}`);
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    await fs.rename(from, to);
    trace.events.push(`rename ${name(from)} ${name(to)}`);
  };
  const rmTraced: typeof fs.rm = async (file, options) => {
    await fs.rm(file, options);
    trace.events.push(`rm ${name(file)}`);
  };
  return { ...fs, default: { ...fs, open, rename, rm: rmTraced }, open, rename, rm: rmTraced };
});

beforeEach(async () => {
  trace.dir = await mkdtemp(path.join(tmpdir(), 'maalbot-snapshot-sync-'));
  trace.events = [];
});

afterEach(async () => {
  const dir = trace.dir;
  trace.dir = '';
  await rm(dir, { recursive: true, force: true });
});

describe('snapshot: synced before it is relied on', () => {
  it('syncs the temporary file, renames it over the snapshot, then syncs the folder, all before resolving', async () => {
    const capture = [{ container: 'cases', partitions: [['{"id":"a"}', '{"id":"b"}'], ['{"id":"c"}']] }];
    await writeSnapshot(trace.dir, { lastSeq: 3, firstLog: 2 }, capture);
    expect(trace.events).toEqual(['sync snapshot.jsonl.tmp', 'rename snapshot.jsonl.tmp snapshot.jsonl', 'sync .']);
  });

  it('a compaction deletes the log files it covers only after the snapshot and its folder entry are on disk', async () => {
    const store = await openEmbeddedStore({ dir: trace.dir, compactAfterBytes: 4 * 1024 });
    trace.events = [];
    for (let n = 0; n < 40; n++) await store.figures.upsert({ ...sample.figures(`f-${n}`, 'kpi-1'), value: n });
    await store.close();

    const removed = trace.events.findIndex((e) => /^rm log-\d{8}\.jsonl$/.test(e));
    expect(removed).toBeGreaterThan(0);
    const before = trace.events.slice(0, removed);
    const renamed = before.lastIndexOf('rename snapshot.jsonl.tmp snapshot.jsonl');
    expect(renamed).toBeGreaterThan(before.lastIndexOf('sync snapshot.jsonl.tmp'));
    expect(before.lastIndexOf('sync snapshot.jsonl.tmp')).toBeGreaterThanOrEqual(0);
    expect(before.lastIndexOf('sync .')).toBeGreaterThan(renamed);
    expect((await readdir(trace.dir)).filter((f) => f.startsWith('log-'))).not.toContain('log-00000001.jsonl');
  });

  it('a torn log tail is cut and the cut synced before the store takes new writes', async () => {
    const { appendFile } = await import('node:fs/promises');
    const first = await openEmbeddedStore({ dir: trace.dir });
    await first.figures.upsert(sample.figures('f-1', 'kpi-1'));
    await first.close();
    await appendFile(path.join(trace.dir, 'log-00000001.jsonl'), '{"seq":2,"op":"put","contai');
    trace.events = [];

    const again = await openEmbeddedStore({ dir: trace.dir });
    expect(trace.events).toContain('sync log-00000001.jsonl');
    await again.figures.upsert(sample.figures('f-2', 'kpi-1'));
    expect((await again.figures.findAll()).map((f) => f.id).sort()).toEqual(['f-1', 'f-2']);
    await again.close();
  });
});
