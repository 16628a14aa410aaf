/**
 * How the app is bundled (esbuild), shared by `npm run build:bundle` and the tests that load a bundle
 * (test/telemetry/outgoing-spans.test.ts), so a test sees what Azure runs.
 */
import type { BuildOptions } from 'esbuild';

export function bundleOptions(entryPoints: NonNullable<BuildOptions['entryPoints']>, outdir: string): BuildOptions {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    // Beside the entry points, so import.meta.url and __dirname name the same folder in every file
    // (functions/seed-data-path.ts counts on it).
    chunkNames: '[name]-[hash]',
    metafile: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    // The Functions host provides it at run time.
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
  };
}
