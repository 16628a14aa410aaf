import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { resetRuntime, runtime } from '../../functions/runtime.js';

// The Azure path: no injected runtime, so the first request loads config, opens and seeds the store.
const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-runtime-'));
delete process.env.COSMOS_ENDPOINT;
process.env.MAALBOT_MODE = 'local';

afterAll(async () => {
  await (await runtime()).store.close();
  resetRuntime();
  await rm(dir, { recursive: true, force: true });
});

it('does not keep a failed start: the next request tries again', async () => {
  const notAFolder = path.join(dir, 'file');
  await writeFile(notAFolder, 'x');
  process.env.DATA_DIR = path.join(notAFolder, 'data');
  await expect(runtime()).rejects.toThrow();
  process.env.DATA_DIR = path.join(dir, 'data');
  const { config, store } = await runtime();
  expect(config.dataDir).toBe(path.join(dir, 'data'));
  expect(store.kind).toBe('embedded');
});

it('opens and seeds the store once per process', async () => {
  const [a, b] = await Promise.all([runtime(), runtime()]);
  expect(a).toBe(b);
  expect(await a.store.organisations.get('viborg', 'viborg')).toMatchObject({ id: 'viborg' });
  expect(await runtime()).toBe(a);
});
