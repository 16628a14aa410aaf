/**
 * Child process for the crash test: opens the embedded store in argv[2] and writes figures without end,
 * many at once, printing "ack <id>" for each write whose promise resolved. The parent kills it with
 * SIGKILL mid-burst. A small compaction threshold makes snapshots and log rotation happen during the
 * burst too, so the kill can land in any of them. Pipes to the parent are synchronous on Linux, so a
 * printed ack has left this process before the next instruction runs.
 */
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { sample } from '../sample-items.js';

const dir = process.argv[2]!;
const store = await openEmbeddedStore({ dir, compactAfterBytes: 32 * 1024 });
console.log('ready');
const CONCURRENT = 25;
let n = 0;
for (;;) {
  const batch = Array.from({ length: CONCURRENT }, () => {
    const id = `burst-${process.pid}-${n++}`;
    // Spread over partitions and mix creates with replaces of earlier items, as real traffic would.
    const kpiId = `kpi-${n % 7}`;
    return store.figures.create({ ...sample.figures(id, kpiId), value: n }).then(() => console.log(`ack ${kpiId} ${id}`));
  });
  await Promise.all(batch);
}
