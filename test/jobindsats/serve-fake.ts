/**
 * The fake Jobindsats as a process, to try the connector by hand without a key:
 *   npx tsx test/jobindsats/serve-fake.ts            (prints the two settings to use)
 *   JOBINDSATS_URL=… JOBINDSATS_TOKEN=… npm run jobindsats -- --dry-run
 */
import { startFakeJobindsats } from './fake-server.js';
import { fixtureTables } from './fixtures.js';

const fake = await startFakeJobindsats(fixtureTables());
console.log(`Fake Jobindsats running. In another shell:\n  export JOBINDSATS_URL=${fake.url} JOBINDSATS_TOKEN=${fake.token}\n  npm run jobindsats -- --dry-run\nCtrl-C stops it.`);
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
