/**
 * `npm run seed` loads the seed dataset into the configured store (nothing duplicates; unchanged items
 * are left alone). `npm run seed -- --reset` deletes everything seed-derived first and loads afresh.
 */
import { parseArgs } from 'node:util';
import { reseed, seed } from '../store/seed.js';
import { describeCounts, runWithStore } from './run-cli.js';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });

await runWithStore(async (store) => {
  const summary = values.reset ? await reseed(store) : await seed(store);
  const action = values.reset ? `Reset: deleted ${summary.deleted} seed-derived items, wrote ${summary.written}` : `Wrote ${summary.written} items, ${summary.unchanged} already up to date`;
  return `${action} (${store.kind} store). Seed dataset: ${describeCounts(summary.counts)}.`;
}, { whatToDo: 'it loaded the seed data when it started; to load it again, stop it (Ctrl-C in its terminal) and run npm run seed -- --reset' });
