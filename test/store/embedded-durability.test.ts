/**
 * What only the embedded store must show: data survives a restart, and one process per folder. A SIGKILL
 * during a burst of writes is in embedded-kill-burst.test.ts.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { sample } from './sample-items.js';

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

describe('embedded store: restart', () => {
  it('keeps items, ETags and deletions across close and reopen', async () => {
    const dir = await tempDir();
    const first = await openEmbeddedStore({ dir });
    const kept = await first.cases.create(sample.cases('aabenraa.kik', 'aabenraa'));
    const gone = await first.cases.create(sample.cases('aabenraa.kik-ii', 'aabenraa'));
    const edited = await first.kpis.create(sample.kpis('viborg.fuldtidspersoner', 'viborg'));
    const v2 = await first.kpis.replace({ ...sample.kpis('viborg.fuldtidspersoner', 'viborg'), unit: 'percent' }, edited._etag);
    await first.cases.delete(gone.id, 'aabenraa');
    await first.close();

    const second = await openEmbeddedStore({ dir });
    expect(await second.cases.findAll({ partitionKey: 'aabenraa' })).toEqual([kept]);
    expect(await second.kpis.get('viborg.fuldtidspersoner', 'viborg')).toEqual(v2);
    // The ETag read back still guards the item.
    await expect(second.kpis.replace(sample.kpis('viborg.fuldtidspersoner', 'viborg'), edited._etag)).rejects.toMatchObject({ status: 412 });
    await second.close();
  });

  it('compacts a long log into a snapshot and reads the same data back', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir, compactAfterBytes: 16 * 1024 });
    for (let n = 0; n < 400; n++) await store.figures.upsert({ ...sample.figures(`f-${n % 150}`, `kpi-${n % 5}`), value: n });
    const before = await store.figures.findAll();
    await store.close();
    const files = await readdir(dir);
    expect(files).toContain('snapshot.jsonl');
    expect(files.filter((f) => f.startsWith('log-')).length).toBeLessThanOrEqual(2);

    const reopened = await openEmbeddedStore({ dir });
    expect(await reopened.figures.findAll()).toEqual(before);
    expect(before).toHaveLength(150);
    await reopened.close();
  });

  it('drops a torn last log line, then keeps appending after it', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir });
    const org = await store.organisations.create(sample.organisations('herning', 'herning'));
    await store.close();
    const [log] = (await readdir(dir)).filter((f) => f.startsWith('log-'));
    await appendFile(path.join(dir, log!), 'deadbeef\t{"s":99,"o":"put","c":"organisations"}\t{"id":"half');

    const reopened = await openEmbeddedStore({ dir });
    expect(await reopened.organisations.findAll()).toEqual([org]);
    const more = await reopened.organisations.create(sample.organisations('viborg', 'viborg'));
    await reopened.close();

    const third = await openEmbeddedStore({ dir });
    expect(await third.organisations.findAll()).toEqual([org, more]);
    await third.close();
  });

  it('refuses a log damaged in the middle instead of silently losing what follows', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir });
    await store.organisations.create(sample.organisations('herning', 'herning'));
    await store.close();
    const [log] = (await readdir(dir)).filter((f) => f.startsWith('log-'));
    const file = path.join(dir, log!);
    const text = await readFile(file, 'utf8');
    // A flipped character in the first record, with an intact record after it.
    await writeFile(file, text.replace('herning', 'hernimg') + text);
    await expect(openEmbeddedStore({ dir })).rejects.toThrow(/damaged/);
  });

  it.each([
    ['a header that is not JSON', '{"format":"maalbot-embedded-snap'],
    ['an end line that is not JSON', '{"format":"maalbot-embedded-snapshot","version":1,"lastSeq":0,"firstLog":1}\n{"end":tr'],
  ])('refuses a snapshot with %s, naming it damaged, and leaves the folder unlocked', async (_what, content) => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'snapshot.jsonl'), `${content}\n`);
    await expect(openEmbeddedStore({ dir })).rejects.toThrow(/snapshot .* is damaged/);
    expect((await readdir(dir)).filter((f) => f.startsWith('claim-') || f === 'store.lock')).toEqual([]);
  });
});

describe('embedded store: one process per folder', () => {
  it('a second process gets an error naming the folder and the holding PID', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir });
    try {
      const blocked = await runToEnd(child('open-store.ts', dir));
      expect(blocked.code).toBe(1);
      const report = JSON.parse(blocked.stdout.trim()) as { opened: boolean; message: string };
      expect(report.opened).toBe(false);
      expect(report.message).toContain(dir);
      expect(report.message).toContain(`process ${process.pid}`);
    } finally {
      await store.close();
    }
    const after = await runToEnd(child('open-store.ts', dir));
    expect(JSON.parse(after.stdout.trim())).toMatchObject({ opened: true });
  });

  it('a second opening in the same process is refused too', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ dir });
    await expect(openEmbeddedStore({ dir })).rejects.toThrow(dir);
    await store.close();
    const again = await openEmbeddedStore({ dir });
    await again.close();
  });
});

function runToEnd(process: ReturnType<typeof child>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  process.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  process.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    process.on('error', reject);
    process.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
