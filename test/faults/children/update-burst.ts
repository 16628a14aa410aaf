/**
 * Child process for the embedded-store fault test: keeps 40 items under constant change — each is
 * replaced with its ETag (value + 1) or deleted and created again, all 40 at once, round after round — and
 * prints one line per acknowledged write: "ack <id> <value> <etag>" or "del <id>", written before the next
 * write starts (sayNow: a line console.log queued would be lost at the kill, and the parent would take an
 * older version for the latest). A small compaction threshold keeps snapshots and log rotations going.
 * The parent SIGKILLs it mid-burst.
 *
 *   node --import tsx update-burst.ts <dir>
 */
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { sample } from '../../store/sample-items.js';
import { sayNow } from '../../support/say-now.js';

const ITEMS = 40;
const dir = process.argv[2]!;
const store = await openEmbeddedStore({ dir, compactAfterBytes: 48 * 1024 });
const kpi = (i: number) => `kpi-${i % 5}`;
const id = (i: number) => `item-${i}`;

// Carry on from what an earlier, killed writer left: the parent checks against the latest acknowledged.
const current = new Map<number, { value: number; etag: string } | undefined>();
for (let i = 0; i < ITEMS; i++) {
  const found = await store.figures.get(id(i), kpi(i));
  current.set(i, found ? { value: found.value, etag: found._etag } : undefined);
}
sayNow('ready');

for (let round = 0; ; round++) {
  await Promise.all(
    Array.from({ length: ITEMS }, async (_, i) => {
      const now = current.get(i);
      if (!now) {
        const created = await store.figures.create({ ...sample.figures(id(i), kpi(i)), value: 1 });
        current.set(i, { value: 1, etag: created._etag });
        sayNow(`ack ${id(i)} 1 ${created._etag}`);
      } else if ((round + i) % 9 === 0) {
        await store.figures.delete(id(i), kpi(i), now.etag);
        current.set(i, undefined);
        sayNow(`del ${id(i)}`);
      } else {
        const next = now.value + 1;
        const replaced = await store.figures.replace({ ...sample.figures(id(i), kpi(i)), value: next }, now.etag);
        current.set(i, { value: next, etag: replaced._etag });
        sayNow(`ack ${id(i)} ${next} ${replaced._etag}`);
      }
    }),
  );
}
