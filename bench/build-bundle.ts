/**
 * `npm run build:bundle`: the Functions entry point and everything it imports as one minified ES module
 * (dist/bundle/index.js). One file instead of some thousand files found and compiled one by one is what
 * keeps a cold start close to importing botbuilder alone (bench/cold-start.ts measures both).
 * @azure/functions-core stays external: the Functions host provides it at run time.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'functions/index.ts')],
  outfile: path.join(root, 'dist/bundle/index.js'),
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  external: ['@azure/functions-core'],
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module still call require and read __dirname.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join(' '),
  },
});
