/**
 * functions/seed-data/ (seed files, the query lexicon, the Jobindsats mapping), found from the code rather
 * than the working directory, which the Functions host does not promise: beside this module in the source
 * tree, or, from a build (dist/functions/, where tsc copies no JSON), the source folder the deployment
 * ships next to dist/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function seedDataPath(...parts: string[]): string {
  const source = fileURLToPath(new URL('./seed-data/', import.meta.url));
  const besideBuild = fileURLToPath(new URL('../../functions/seed-data/', import.meta.url));
  return path.join(existsSync(source) ? source : besideBuild, ...parts);
}
