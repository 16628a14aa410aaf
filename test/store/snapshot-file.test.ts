/**
 * The snapshot file on its own: what writeSnapshot puts in it (a header, one line per item, an end line
 * with the count), read back whole across the 1 MiB write chunks, and every way readSnapshot refuses a
 * file it did not write whole — each naming the file, why, and what to do.
 */
import { mkdtemp, open, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Capture, readSnapshot, writeSnapshot } from '../../functions/store/embedded/snapshot.js';
import { filesOpenIn } from './open-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-snapshot-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, 'snapshot.jsonl');
const HEADER = '{"format":"maalbot-embedded-snapshot","version":1,"lastSeq":7,"firstLog":3}';

async function readAll(): Promise<{ items: Array<[string, string]>; header: Awaited<ReturnType<typeof readSnapshot>> }> {
  const items: Array<[string, string]> = [];
  const header = await readSnapshot(dir, (container, json) => items.push([container, json]));
  return { items, header };
}

describe('snapshot file', () => {
  it('writes a header, one line per item with its container, and an end line counting them', async () => {
    const capture: Capture = [
      { container: 'cases', partitions: [['{"id":"a"}', '{"id":"b"}'], ['{"id":"c"}']] },
      { container: 'kpis', partitions: [] },
      { container: 'figures', partitions: [[], ['{"id":"f\\tg"}']] },
    ];
    const bytes = await writeSnapshot(dir, { lastSeq: 7, firstLog: 3 }, capture);
    const text = await readFile(file(), 'utf8');
    expect(text).toBe(`${HEADER}\ncases\t{"id":"a"}\ncases\t{"id":"b"}\ncases\t{"id":"c"}\nfigures\t{"id":"f\\tg"}\n{"end":true,"count":4}\n`);
    expect(bytes).toBe(Buffer.byteLength(text));

    const { items, header } = await readAll();
    expect(header).toEqual({ lastSeq: 7, firstLog: 3, bytes });
    expect(items).toEqual([
      ['cases', '{"id":"a"}'],
      ['cases', '{"id":"b"}'],
      ['cases', '{"id":"c"}'],
      ['figures', '{"id":"f\\tg"}'],
    ]);
  });

  it('writes and reads back a snapshot of several megabytes whole, in order', async () => {
    const partitions = Array.from({ length: 30 }, (_, p) => Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `${p}-${i}`, note: 'æ'.repeat(200) })));
    const bytes = await writeSnapshot(dir, { lastSeq: 12_000, firstLog: 2 }, [{ container: 'figures', partitions }]);
    expect(bytes).toBeGreaterThan(3 * (1 << 20));
    expect(bytes).toBe((await stat(file())).size);
    const { items, header } = await readAll();
    expect(header).toMatchObject({ lastSeq: 12_000, firstLog: 2 });
    expect(items).toEqual(partitions.flat().map((json) => ['figures', json]));
  });

  it('replaces the previous snapshot and leaves no temporary file', async () => {
    await writeSnapshot(dir, { lastSeq: 1, firstLog: 1 }, [{ container: 'cases', partitions: [['{"id":"old"}']] }]);
    await writeSnapshot(dir, { lastSeq: 2, firstLog: 2 }, [{ container: 'cases', partitions: [['{"id":"new"}']] }]);
    expect((await readAll()).items).toEqual([['cases', '{"id":"new"}']]);
    await expect(stat(path.join(dir, 'snapshot.jsonl.tmp'))).rejects.toThrow(/ENOENT/);
  });

  it('is absent, not damaged, when there is no file', async () => {
    expect(await readSnapshot(dir, () => undefined)).toBeUndefined();
  });

  it.each([
    ['another format', '{"format":"something-else","version":1,"lastSeq":0,"firstLog":1}\n{"end":true,"count":0}\n', 'unknown header'],
    ['another version', '{"format":"maalbot-embedded-snapshot","version":2,"lastSeq":0,"firstLog":1}\n{"end":true,"count":0}\n', 'unknown header'],
    ['a header that is JSON but no object', 'null\n{"end":true,"count":0}\n', 'unknown header'],
    ['an empty file', '', 'it is incomplete'],
    ['only a header', `${HEADER}\n`, 'it is incomplete'],
    ['items but no end line', `${HEADER}\ncases\t{"id":"a"}\n`, 'it is incomplete'],
    ['fewer items than the end line counts', `${HEADER}\ncases\t{"id":"a"}\n{"end":true,"count":2}\n`, 'it is incomplete'],
    ['more items than the end line counts', `${HEADER}\ncases\t{"id":"a"}\ncases\t{"id":"b"}\n{"end":true,"count":1}\n`, 'it is incomplete'],
    ['a line after the end line', `${HEADER}\n{"end":true,"count":0}\ncases\t{"id":"a"}\n`, 'lines after the end marker'],
    ['an end line that is not JSON', `${HEADER}\n{"end":tr\n`, 'the end marker is not JSON'],
  ])('refuses %s, naming the file, why and what to do', async (_what, content, why) => {
    await writeFile(file(), content);
    const reading = readSnapshot(dir, () => undefined);
    await expect(reading).rejects.toThrow(`The embedded store's snapshot ${file()} is damaged (${why}), so the data folder was not opened. Put a good copy of ${file()} back from a backup`);
    await expect(reading).rejects.toThrow('npm run data:import -- FILE');
  });

  it('reads every line with a tab as an item, even one naming no container', async () => {
    await writeFile(file(), `${HEADER}\n\t{"id":"a"}\n{"end":true,"count":1}\n`);
    expect((await readAll()).items).toEqual([['', '{"id":"a"}']]);
  });

  it('names the item a reader could not take, counting from one', async () => {
    await writeFile(file(), `${HEADER}\ncases\t{"id":"a"}\ncases\t{"id":\n{"end":true,"count":2}\n`);
    const reading = readSnapshot(dir, (_c, json) => JSON.parse(json));
    await expect(reading).rejects.toThrow(/is damaged \(item 2: .*JSON.*\)/);
  });

  it.runIf(process.platform === 'linux')('closes its file, also when a write fails (a full disk)', async () => {
    await writeSnapshot(dir, { lastSeq: 1, firstLog: 1 }, [{ container: 'cases', partitions: [['{"id":"a"}']] }]);
    expect(filesOpenIn(dir)).toEqual([]);

    const probe = await open(path.join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as typeof probe;
    await probe.close();
    vi.spyOn(proto, 'write').mockRejectedValue(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    await expect(writeSnapshot(dir, { lastSeq: 2, firstLog: 2 }, [{ container: 'cases', partitions: [['{"id":"b"}']] }])).rejects.toThrow(/no space/);
    expect(filesOpenIn(dir)).toEqual([]);
    // The previous snapshot is still the one in place.
    expect((await readAll()).header).toMatchObject({ lastSeq: 1 });
  });
  it('refuses a snapshot that is there but cannot be read, rather than taking it for none', async () => {
    // A link to itself: stat fails with ELOOP, not ENOENT.
    await symlink(file(), file());
    await expect(readSnapshot(dir, () => undefined)).rejects.toMatchObject({ code: 'ELOOP' });
  });
});
