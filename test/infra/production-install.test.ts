/**
 * The deployed app loads with production dependencies only. The code is compiled as `npm run build` does,
 * every package that package-lock.json marks neither dev nor optional (what `npm ci --omit=dev
 * --omit=optional` installs, and what azd ships after azure.yaml's prune) is linked into an otherwise empty node_modules, and the built entry
 * (package.json "main") must register the same functions as the development tree, and find the seed data
 * from another working directory. A runtime import of a devDependency (pngjs once was one) fails here
 * with "Cannot find package".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadFunctions } from '../../functions/local/load-functions.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'maalbot-prod-install-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
}

/**
 * Top-level packages `npm ci --omit=dev --omit=optional` installs (nested ones live inside them): the
 * optional ones are Core Tools and esbuild's platform binaries, which the deployed app never loads.
 */
function productionPackages(lock: { packages: Record<string, LockEntry> }): string[] {
  return Object.entries(lock.packages)
    .filter(([key]) => key.startsWith('node_modules/') && !key.slice('node_modules/'.length).includes('node_modules/'))
    .filter(([, entry]) => !entry.dev && !entry.devOptional && !entry.optional && !entry.link)
    .map(([key]) => key.slice('node_modules/'.length));
}

it('registers every function from a production-only install', async () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const packages = productionPackages(JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')));
  expect(packages).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies)));
  expect(packages).not.toContain('vitest');
  expect(packages).not.toContain('azure-functions-core-tools');

  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(dir, 'dist')], { encoding: 'utf8' });
  expect(build.stdout + build.stderr).toBe('');
  // What Azure runs: the bundle and its chunks (package.json "main"), built as azure.yaml's prepackage does.
  const bundle = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/build-bundle.ts'), '--outdir', path.join(dir, 'dist/bundle')], { cwd: ROOT, encoding: 'utf8' });
  expect(bundle.stderr).toBe('');
  expect(bundle.status).toBe(0);
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  cpSync(path.join(ROOT, 'host.json'), path.join(dir, 'host.json'));
  // What .funcignore ships beside dist/: the seed data, read at run time.
  cpSync(path.join(ROOT, 'functions/seed-data'), path.join(dir, 'functions/seed-data'), { recursive: true });
  for (const name of packages) {
    mkdirSync(path.dirname(path.join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name), 'dir');
  }
  // The local host's functions-core stand-in (builtins only) finds what the entry registers.
  writeFileSync(
    path.join(dir, 'probe.mjs'),
    `import { existsSync } from 'node:fs';
const { loadFunctions } = await import(new URL('./dist/functions/local/load-functions.js', import.meta.url).href);
const { seedDataPath } = await import(new URL('./dist/functions/seed-data-path.js', import.meta.url).href);
const loaded = await loadFunctions(() => import(new URL('./${pkg.main}', import.meta.url).href), () => {});
const seed = ['viborg-2017-unge-paa-offentlig-forsoergelse.json', 'lexicon/words.json', 'jobindsats/mapping.json'].map((f) => existsSync(seedDataPath(...f.split('/'))));
console.log(JSON.stringify({ names: [...loaded.http, ...loaded.timers].map((f) => f.name).sort(), seed }));`,
  );
  // --preserve-symlinks: a linked package resolves its own imports from this folder, not the repository's
  // node_modules (which holds the dev dependencies too).
  // Run from another working directory: the host does not promise one, so the seed data is found from the code.
  // With the telemetry loader hook preloaded as infra/app/api.bicep does (here by absolute path): it must
  // find its OpenTelemetry hook among the production packages.
  const loaderHook = path.join(dir, path.dirname(pkg.main), 'telemetry-loader.js');
  const probe = spawnSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', '--import', loaderHook, path.join(dir, 'probe.mjs')], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(probe.stderr).not.toMatch(/Cannot find (package|module)/);
  expect(probe.status).toBe(0);

  const dev = await loadFunctions(undefined, () => {});
  const expected = [...dev.http, ...dev.timers].map((f) => f.name).sort();
  const result = JSON.parse(probe.stdout.trim().split('\n').at(-1)!) as { names: string[]; seed: boolean[] };
  expect(result.names).toEqual(expected);
  expect(result.seed).toEqual([true, true, true]);
}, 240_000);
