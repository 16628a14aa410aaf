/**
 * The command-line tools beside a running `npm start` (a real local host in a child process, holding its
 * data folder): ask and import go through its HTTP API, a digest dry run reads a copy of the folder, and
 * seeding or sending says in one line what to do — no FolderLockedError stack trace.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProduct, type RunningProduct } from '../e2e/support/product.js';

let product: RunningProduct;
beforeAll(async () => {
  product = await startProduct({ playground: false });
}, 120_000);
afterAll(async () => {
  await product?.stop();
  await product?.cleanup();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- args` as a person runs it in another terminal, on the host's data folder. */
function cli(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join('functions', 'cli', `${script}.ts`), ...args],
      { env: { ...process.env, DATA_DIR: product.dataDir, COSMOS_ENDPOINT: '', MAALBOT_MODE: 'local' }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const noStackTrace = (run: Run) => {
  expect(run.stderr).not.toMatch(/FolderLockedError|\n\s+at /);
};

describe('beside a running npm start', () => {
  it('the host says where it is, in its data folder', () => {
    expect(existsSync(path.join(product.dataDir, 'host.json'))).toBe(true);
  });

  it('npm run ask asks the running host, follow-ups included', async () => {
    const run = await cli('ask', 'KIK II besparelse 2021?', '--then', 'og i 2020?');
    noStackTrace(run);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('18.8 mio. kr. · aabenraa.kik-ii.besparelse · aabenraa · 2021 · budget');
    expect(run.stdout).toContain('13.2 mio. kr. · aabenraa.kik-ii.besparelse · aabenraa · 2020 · budget');
  }, 120_000);

  it('npm run import imports through the running host, which then answers with the new figure', async () => {
    const sample = path.join('functions', 'import', 'samples', 'kik-ii-long.csv');
    const dry = await cli('import', sample, '--dry-run');
    noStackTrace(dry);
    expect(dry.stdout).toContain('3 new, 0 changed, 0 unchanged, 0 rejected.');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    const real = await cli('import', sample);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Imported: 3 figure(s) written');
    const kpi = await (await fetch(`${product.apiUrl}/kpis/aabenraa.kik-ii.selvforsoergende`)).json();
    expect(kpi.figures).toEqual(expect.arrayContaining([expect.objectContaining({ period: '2018-09-30', value: 421 })]));
  }, 180_000);

  it('npm run digest -- --dry-run reads a copy of the data folder, including what the host just wrote', async () => {
    const run = await cli('digest', '--as-of', '2018-10-01', '--org', 'aabenraa', '--dry-run');
    noStackTrace(run);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('reads a copy of its data folder');
    expect(run.stdout).toContain('Ugens mål for Aabenraa Kommune');
    // 421 self-supporting at 30 September 2018 came by the import above, through the host.
    expect(run.stdout).toContain('421');
  }, 120_000);

  it('npm run seed and a digest --send say in one line what to do, and change nothing', async () => {
    for (const run of [await cli('seed'), await cli('digest', '--as-of', '2018-09-03', '--send')]) {
      noStackTrace(run);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Error: Målbot is running at http:\/\/127\.0\.0\.1:\d+ on this data folder; .*stop it \(Ctrl-C in its terminal\)/);
    }
    expect((await fetch(`${product.apiUrl}/health`)).ok).toBe(true);
  }, 120_000);

  it('the host removes host.json when it stops', async () => {
    await product.stop();
    expect(existsSync(path.join(product.dataDir, 'host.json'))).toBe(false);
  }, 60_000);
});
