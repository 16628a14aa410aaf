/** Export and import: a round trip gives identical data; an invalid file or a non-empty store writes nothing. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { containerNames } from '../../functions/store/containers.js';
import { exportData, importData } from '../../functions/store/data-transfer.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { sample } from './sample-items.js';
import { fixtures, tempStore } from './store-fixture.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function fresh(): Promise<Store> {
  const { store, dispose } = await tempStore();
  cleanups.push(dispose);
  return store;
}

async function tempFile(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-export-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return path.join(dir, name);
}

async function contents(store: Store) {
  const all: Record<string, unknown[]> = {};
  for (const c of containerNames) all[c] = (await store[c].findAll()).map((i) => unstored(i as { _etag: string }));
  return all;
}

/** A store with seed data plus an item in every other container. */
async function filledStore(): Promise<Store> {
  const store = await fresh();
  await seed(store, { dir: path.join(fixtures, 'seed-small') });
  await store.conversations.create(sample.conversations('19:abc@thread.tacv2', '19:abc@thread.tacv2'));
  await store.subscriptions.create(sample.subscriptions('sub-1', '19:abc@thread.tacv2'));
  await store.deliveries.create(sample.deliveries('sub-1~2026-W02', 'sub-1'));
  await store.milestones.create(sample.milestones('m-1', 'sub-1'));
  await store.audit.create(sample.audit('a-1', 'a-by.strategy'));
  await store.reservations.create(sample.reservations('proposal-number:a-by:bic01', 'a-by'));
  return store;
}

const empty = Object.fromEntries(containerNames.map((c) => [c, []]));

describe('export and import', () => {
  it('export then import into an empty store gives identical data, without ETags in the file', async () => {
    const source = await filledStore();
    const file = await tempFile('backup.json');
    const exported = await exportData(source, file);
    expect(exported.figures).toBeGreaterThan(0);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('_etag');
    expect(JSON.parse(text)).toMatchObject({ format: 'maalbot-data', version: 1 });

    const target = await fresh();
    expect(await importData(target, file)).toEqual(exported);
    const expected = await contents(source);
    expect(Object.values(expected).every((items) => items.length > 0)).toBe(true);
    expect(await contents(target)).toEqual(expected);
  });

  it('an invalid item anywhere in the file is named, and nothing is written', async () => {
    const file = await tempFile('bad.json');
    await exportData(await filledStore(), file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.containers.figures[2].value = 'many';
    await writeFile(file, JSON.stringify(json));

    const target = await fresh();
    const error = await importData(target, file).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect((error as Error).message).toContain('containers.figures.2.value');
    expect(await contents(target)).toEqual(empty);
  });

  it('refuses a file that is not an export, and duplicate ids', async () => {
    const target = await fresh();
    const file = await tempFile('other.json');
    await writeFile(file, JSON.stringify({ containers: {} }));
    await expect(importData(target, file)).rejects.toMatchObject({ status: 400 });
    await writeFile(file, '{"format": "maalbot-data", "version": 1, "containers": {');
    await expect(importData(target, file)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/not JSON/) });
    const org = sample.organisations('x', 'x');
    await writeFile(file, JSON.stringify({ format: 'maalbot-data', version: 1, containers: { organisations: [org, org] } }));
    await expect(importData(target, file)).rejects.toThrow(/containers.organisations.1.id: duplicate/);
    expect(await contents(target)).toEqual(empty);
  });

  it('into a store with data only with replace, which leaves exactly the file’s data', async () => {
    const file = await tempFile('backup.json');
    const source = await filledStore();
    await exportData(source, file);
    const target = await fresh();
    await target.organisations.create(sample.organisations('leftover', 'leftover'));
    const before = await contents(target);
    await expect(importData(target, file)).rejects.toMatchObject({ status: 409 });
    expect(await contents(target)).toEqual(before);

    await importData(target, file, { replace: true });
    expect(await contents(target)).toEqual(await contents(source));
  });
});

describe('the CLIs, against the store DATA_DIR names', () => {
  const run = promisify(execFile);
  const cli = (script: string, args: string[], dataDir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.COSMOS_ENDPOINT;
    return run(process.execPath, ['--import', 'tsx', path.resolve('functions/cli', script), ...args], { env });
  };

  it('seed, seed --reset, data:export and data:import move the data between two folders', async () => {
    const file = await tempFile('moved.json');
    const from = path.join(path.dirname(file), 'from');
    const to = path.join(path.dirname(file), 'to');
    expect((await cli('seed.ts', [], from)).stdout).toMatch(/^Added [1-9]\d* items, updated 0, kept 0 /);
    expect((await cli('seed.ts', ['--reset'], from)).stdout).toMatch(/Reset: deleted \d+ seed-derived items/);
    await cli('data-export.ts', [file], from);
    await cli('data-import.ts', [file], to);
    const refused = await cli('data-import.ts', [file], to).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('--replace') });

    const a = await openEmbeddedStore({ dir: from });
    const b = await openEmbeddedStore({ dir: to });
    try {
      expect(await contents(b)).toEqual(await contents(a));
      expect((await a.figures.findAll()).length).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});
