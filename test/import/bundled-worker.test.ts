/**
 * The bundle Azure runs (bench/build-bundle.ts) reads an import in its own worker thread too: the worker
 * is an entry point of the bundle, sheet-worker.js, next to the chunk that starts it. Built into a
 * temporary folder, loaded as the local host loads it, and sent a workbook and a zip bomb through
 * POST /api/import; a missing or misplaced worker file would make both a 500.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../functions/import/index.js';
import { MAX_XLSX_UNPACKED_BYTES } from '../../functions/import/limits.js';
import { sheetXml, zip } from '../faults/support/zip.js';
import { samples } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'maalbot-bundled-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('imports a workbook and refuses a zip bomb through the bundle, the worker being its own file', () => {
  const outdir = path.join(dir, 'dist/bundle');
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/build-bundle.ts'), '--outdir', outdir], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(existsSync(path.join(outdir, 'sheet-worker.js'))).toBe(true);
  // As deployed: package.json's "type" makes the bundle's .js files ES modules; the seed data, for the first start.
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  mkdirSync(path.join(dir, 'functions'));
  symlinkSync(path.join(ROOT, 'functions/seed-data'), path.join(dir, 'functions/seed-data'), 'dir');

  writeFileSync(path.join(dir, 'bomb.xlsx'), zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(2, MAX_XLSX_UNPACKED_BYTES * 4), claimedSize: 1000 }]));
  // The host's dispatcher from source, the functions from the bundle: what `func start` would call.
  const probe = path.join(dir, 'probe.mts');
  writeFileSync(
    probe,
    `import { readFile } from 'node:fs/promises';
import { loadFunctions } from ${JSON.stringify(path.join(ROOT, 'functions/local/load-functions.ts'))};
import { createDispatcher } from ${JSON.stringify(path.join(ROOT, 'functions/local/host.ts'))};
const loaded = await loadFunctions(() => import(${JSON.stringify(path.join(outdir, 'index.js'))}), () => {});
const dispatch = createDispatcher(loaded.http, () => {});
const post = async (file) => {
  const res = await dispatch({ method: 'POST', url: new URL('http://127.0.0.1:7071/api/import?dryRun=true'), headers: { 'content-type': ${JSON.stringify(XLSX_CONTENT_TYPE)}, host: '127.0.0.1:7071' }, body: await readFile(file) });
  return { status: res.status, body: JSON.parse(res.body.toString()) };
};
console.log(JSON.stringify([await post(${JSON.stringify(path.join(samples, 'kik-ii-long.xlsx'))}), await post(${JSON.stringify(path.join(dir, 'bomb.xlsx'))})]));
process.exit(0);`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: path.join(dir, 'data'), COSMOS_ENDPOINT: '', MAALBOT_MODE: 'local', MicrosoftAppId: '' },
  });
  expect(run.status, run.stderr).toBe(0);
  const [workbook, bomb] = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { status: number; body: { counts?: { new: number }; detail?: string } }[];
  expect(workbook!.status).toBe(200);
  expect(workbook!.body.counts!.new).toBe(3);
  expect(bomb!.status).toBe(413);
  expect(bomb!.body.detail).toContain(`${MAX_XLSX_UNPACKED_BYTES} bytes`);
}, 240_000);
