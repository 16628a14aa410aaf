/**
 * Measures the embedded store with 100,000 figures: write throughput (group commit), size on disk,
 * time to reopen, heap, and lookup costs. Not a test (no wall-clock asserts); run by hand:
 *   npx tsx test/store/bench-embedded.ts [count]
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { sample } from './sample-items.js';

const count = Number(process.argv[2] ?? 100_000);
const kpis = 1000;
const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-bench-'));
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

try {
  let t = process.hrtime.bigint();
  const store = await openEmbeddedStore({ dir });
  for (let n = 0; n < count; n += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - n) }, (_, i) => {
        const k = n + i;
        return store.figures.create({ ...sample.figures(`f-${k}`, `kpi-${k % kpis}`), value: k, period: String(2000 + (k % 50)) });
      }),
    );
  }
  console.log(`write ${count} figures (500 concurrent): ${ms(t).toFixed(0)} ms`);
  t = process.hrtime.bigint();
  await store.close();
  console.log(`close (compaction to a snapshot): ${ms(t).toFixed(0)} ms`);
  let bytes = 0;
  for (const f of await readdir(dir)) bytes += (await stat(path.join(dir, f))).size;
  console.log(`on disk: ${(bytes / 1e6).toFixed(1)} MB`);

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  t = process.hrtime.bigint();
  const reopened = await openEmbeddedStore({ dir });
  console.log(`reopen: ${ms(t).toFixed(0)} ms`);
  global.gc?.();
  console.log(`heap held by the store: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);

  t = process.hrtime.bigint();
  for (let i = 0; i < 10_000; i++) await reopened.figures.get(`f-${i * 7}`, `kpi-${(i * 7) % kpis}`);
  console.log(`get by id and KPI: ${((ms(t) * 1000) / 10_000).toFixed(1)} µs each`);
  t = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) await reopened.figures.findAll({ partitionKey: `kpi-${i}` });
  console.log(`all figures of one KPI (${count / kpis}): ${(ms(t) / 1000).toFixed(2)} ms each`);
  t = process.hrtime.bigint();
  const across = await reopened.figures.findAll({ where: { period: '2001' } });
  console.log(`cross-partition filter over all (${across.length} hits), first query: ${ms(t).toFixed(0)} ms`);
  t = process.hrtime.bigint();
  await reopened.figures.findAll({ where: { period: '2002' } });
  console.log(`the same again (id order already built): ${ms(t).toFixed(0)} ms`);
  t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 1000 }, (_, i) => reopened.figures.upsert({ ...sample.figures(`g-${i}`, 'kpi-1'), value: i })));
  console.log(`1000 concurrent upserts on the open store: ${ms(t).toFixed(0)} ms`);
  t = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) await reopened.figures.upsert({ ...sample.figures(`h-${i}`, 'kpi-2'), value: i });
  console.log(`sequential upsert (one fsync each): ${(ms(t) / 200).toFixed(2)} ms each`);
  await reopened.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
