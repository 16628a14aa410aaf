/**
 * `npm run jobindsats -- --dry-run` shows what Jobindsats has that the store lacks or holds otherwise,
 * per KPI, as a table; `--apply` stores it (all or nothing, audit actor "jobindsats"). Needs
 * JOBINDSATS_TOKEN; JOBINDSATS_URL points it elsewhere (the fake: npx tsx test/jobindsats/serve-fake.ts).
 */
import { parseArgs } from 'node:util';
import { clientFromConfig, formatRunTable, loadMapping, runJobindsats } from '../jobindsats/index.js';
import { runWithStore } from './run-cli.js';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, apply: { type: 'boolean', default: false } } });
if (values['dry-run'] === values.apply) {
  console.error('Usage: npm run jobindsats -- --dry-run   (show what is new, write nothing)\n       npm run jobindsats -- --apply     (store it)');
  process.exit(2);
}

await runWithStore(async (store, config) => {
  const run = await runJobindsats(store, clientFromConfig(config), await loadMapping(), { dryRun: values['dry-run'], at: new Date().toISOString() });
  if (run.plan.rejected.length) process.exitCode = 1;
  return formatRunTable(run);
}, { readOnly: values['dry-run'], whatToDo: 'it fetches from Jobindsats every morning itself, and "hent tal" in the chat fetches now' });
