/**
 * `npm run data:import -- FILE [--replace]`: loads an export into the configured store. The whole file
 * is validated before anything is written. Into an empty store, or with --replace after deleting all.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importData } from '../store/data-transfer.js';
import { describeCounts, runWithStore } from './run-cli.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('Usage: npm run data:import -- FILE [--replace]');
  process.exit(2);
}
const file = path.resolve(positionals[0]!);

await runWithStore(async (store) => {
  const counts = await importData(store, file, { replace: values.replace });
  return `Imported ${describeCounts(counts) || 'nothing'} into the ${store.kind} store${values.replace ? ' (its previous data deleted)' : ''}.`;
});
