/** `npm run data:export -- FILE`: every container of the configured store to one JSON file. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportData } from '../store/data-transfer.js';
import { describeCounts, runWithStore } from './run-cli.js';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Usage: npm run data:export -- FILE');
  process.exit(2);
}
const file = path.resolve(positionals[0]!);

await runWithStore(async (store) => `Exported ${describeCounts(await exportData(store, file)) || 'nothing'} from the ${store.kind} store to ${file}.`, { readOnly: true });
