/**
 * `npm run jobindsats` end to end, as a process against the fake Jobindsats and a seeded embedded
 * store: the dry run's table, --apply storing it, and a second run with nothing new.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { startFakeJobindsats, type FakeJobindsats } from './fake-server.js';
import { fixtureTables } from './fixtures.js';

const exec = promisify(execFile);
let fake: FakeJobindsats;
let dir: string;

beforeAll(async () => {
  fake = await startFakeJobindsats(fixtureTables());
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-jobindsats-cli-'));
  const store = await openEmbeddedStore({ dir });
  await seed(store);
  await store.close();
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], token = fake.token): Promise<{ code: number; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, MAALBOT_MODE: 'local', DATA_DIR: dir, JOBINDSATS_URL: fake.url, JOBINDSATS_TOKEN: token };
  return exec(process.execPath, ['--import', 'tsx', 'functions/cli/jobindsats.ts', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

describe('npm run jobindsats', () => {
  it('--dry-run lists new figures per KPI as a table; --apply stores them; then nothing is new', async () => {
    const dry = await cli(['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^new\s+viborg\.unge\.uddannelseshjaelpsmodtagere\s+viborg\s+2017-10\s+—\s+640 fuldtidspersoner$/m);
    expect(dry.out).toMatch(/Dry run: nothing was written/);

    const applied = await cli(['--apply']);
    expect(applied.out).toMatch(/Stored: \d+ figure\(s\)/);
    expect(applied.out.match(/^new\s/gm)?.length).toBe(dry.out.match(/^new\s/gm)?.length);

    const again = await cli(['--dry-run']);
    expect(again.out).toMatch(/0 new, 0 changed/);
    expect(again.out).toMatch(/Nothing new/);
  });

  it('a wrong key exits 1 with the error naming JOBINDSATS_TOKEN; no flag is a usage error', async () => {
    const wrong = await cli(['--dry-run'], 'not-the-key');
    expect([wrong.code, wrong.err]).toEqual([1, expect.stringMatching(/JOBINDSATS_TOKEN/)]);
    expect((await cli([])).code).toBe(2);
  });
});
