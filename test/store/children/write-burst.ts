/**
 * Child process for the crash test: opens the embedded store in argv[2] and writes figures without end,
 * many at once, printing "ack <id>" for each write whose promise resolved. The parent kills it with
 * SIGKILL mid-burst. A small compaction threshold makes snapshots and log rotation happen during the
 * burst too, so the kill can land in any of them. Each ack is written with sayNow, so it has left this
 * process before the next instruction runs (console.log may queue it, and the kill would drop it).
 */
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { sample } from '../sample-items.js';
import { sayNow } from '../../support/say-now.js';

const dir = process.argv[2]!;
const store = await openEmbeddedStore({ dir, compactAfterBytes: 32 * 1024 });
sayNow('ready');
const CONCURRENT = 25;
let n = 0;
for (;;) {
  const batch = Array.from({ length: CONCURRENT }, () => {
    const id = `burst-${process.pid}-${n++}`;
    // Spread over partitions and mix creates with replaces of earlier items, as real traffic would.
    const kpiId = `kpi-${n % 7}`;
    return store.figures.create({ ...sample.figures(id, kpiId), value: n }).then(() => sayNow(`ack ${kpiId} ${id}`));
  });
  await Promise.all(batch);
}
