/**
 * `npm run build:bundle`: what Azure runs (package.json "main"), as minified ES modules in dist/bundle/:
 * index.js, the Functions entry point with everything it imports up front, and beside it the chunks that
 * its dynamic import()s load when first needed: the telemetry exporters (only with a connection string),
 * the Cosmos DB SDK and Entra sign-in (only in Azure mode), exceljs (only on an XLSX import). Few files
 * instead of some thousand found and compiled one by one, and nothing parsed that a start does not run,
 * is what keeps a cold start within importing botbuilder alone (bench/cold-start.ts measures both).
 * telemetry-loader.js is the loader hook infra/app/api.bicep preloads with --import; sheet-worker.js the
 * worker thread an import reads its file in (functions/import/read-off-thread.ts starts it from beside itself).
 *   --outdir DIR   build elsewhere (test/infra/production-install.test.ts)
 */
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle-options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]!) : path.join(root, 'dist/bundle');

// Chunks are named by content hash: clear the old ones first.
await rm(outdir, { recursive: true, force: true });
const entries = [
  { in: path.join(root, 'functions/index.ts'), out: 'index' },
  { in: path.join(root, 'functions/telemetry-loader.ts'), out: 'telemetry-loader' },
  // Named, not placed by its folder: it must sit next to the chunk that starts it.
  { in: path.join(root, 'functions/import/sheet-worker.ts'), out: 'sheet-worker' },
];
const result = await build(bundleOptions(entries, outdir));
// What each file holds, for esbuild's analyser (not shipped: .funcignore).
await writeFile(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
