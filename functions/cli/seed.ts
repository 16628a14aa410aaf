/**
 * `npm run seed` brings the configured store up to the seed data: seed items it lacks are added, items
 * still as an older seed wrote them are updated, and what people changed or deleted stays as they left it
 * (store/seed.ts, seedUpToDate). `npm run seed -- --reset` deletes everything seed-derived first and loads afresh.
 */
import { parseArgs } from 'node:util';
import { reseed, seedUpToDate } from '../store/seed.js';
import { describeCounts, runWithStore } from './run-cli.js';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });

await runWithStore(async (store) => {
  if (values.reset) {
    const summary = await reseed(store);
    return `Reset: deleted ${summary.deleted} seed-derived items, wrote ${summary.written} (${store.kind} store). Seed dataset: ${describeCounts(summary.counts)}.`;
  }
  const u = await seedUpToDate(store);
  return `Added ${u.added} items, updated ${u.updated}, kept ${u.kept} as people changed or deleted them, ${u.unchanged} already up to date (${store.kind} store). Seed dataset: ${describeCounts(u.counts)}.`;
}, { whatToDo: 'it brings the data folder up to the seed data when it starts; to reload the seed data, stop it (Ctrl-C in its terminal) and run npm run seed -- --reset' });
