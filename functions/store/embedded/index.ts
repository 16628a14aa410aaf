/**
 * The embedded store: the Store interface over a folder on local disk, for local use and trials.
 *
 * Memory holds every item (as JSON text, per container and partition); the disk holds a snapshot plus
 * a write-ahead log of everything since. A write is acknowledged only after its log record is fsynced
 * (group-committed with concurrent writes). When the log outgrows the snapshot, a compaction writes a
 * new snapshot beside the running store and drops the log files it covers. See recovery.ts for what
 * opening after a crash does.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { containerNames, containers } from '../containers.js';
import type { Store } from '../store.js';
import { CommitLog } from './commit-log.js';
import { EmbeddedRepo, type Engine } from './embedded-repo.js';
import { logGeneration } from './files.js';
import { lockFolder, type FolderLock } from './folder-lock.js';
import { MemoryTable } from './memory-table.js';
import { recover } from './recovery.js';
import { writeSnapshot } from './snapshot.js';


export interface EmbeddedStoreOptions {
  /** The data folder; created when missing. */
  dir: string;
  /** Compact once the log holds this many bytes (or more than the snapshot). Default 4 MiB. */
  compactAfterBytes?: number;
}

const DEFAULT_COMPACT_AFTER = 4 * 1024 * 1024;
/** On close, a log smaller than this stays for the next open to replay. */
const COMPACT_ON_CLOSE_BYTES = 64 * 1024;

export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<Store> {
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  let compromised: Error | undefined;
  const lock = await lockFolder(dir, (error) => {
    compromised = error;
    console.error(`Embedded store: lost the lock on ${dir} (${error.message}); refusing further writes`);
  });
  try {
    const tables = new Map(containerNames.map((name) => [name, new MemoryTable(name, containers[name].partitionKey)]));
    const recovered = await recover(dir, tables);
    const log = await CommitLog.open(dir, recovered.generation);
    return new EmbeddedStore(dir, tables, log, lock, recovered, options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER, () => compromised).asStore();
  } catch (error) {
    await lock.release();
    throw error;
  }
}

class EmbeddedStore implements Engine {
  private seq: number;
  private snapshotBytes: number;
  private compaction: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly tables: Map<string, MemoryTable>,
    private readonly log: CommitLog,
    private readonly lock: FolderLock,
    recovered: { lastSeq: number; snapshotBytes: number },
    private readonly compactAfterBytes: number,
    private readonly compromised: () => Error | undefined,
  ) {
    this.seq = recovered.lastSeq;
    this.snapshotBytes = recovered.snapshotBytes;
  }

  asStore(): Store {
    const repos = Object.fromEntries(
      containerNames.map((name) => [
        name,
        new EmbeddedRepo(this.tables.get(name)!, containers[name].schema as unknown as z.ZodType<{ id: string }>, this),
      ]),
    );
    return { ...repos, kind: 'embedded', close: () => this.close() } as unknown as Store;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  append(line: string): Promise<void> {
    const durable = this.log.append(line);
    if (!this.compaction && this.log.bytes > Math.max(this.compactAfterBytes, this.snapshotBytes)) {
      this.compaction = this.compact()
        .catch((error: Error) => console.error(`Embedded store: compaction of ${this.dir} failed, will retry: ${error.message}`))
        .finally(() => (this.compaction = undefined));
    }
    return durable;
  }

  barrier(): Promise<void> {
    return this.log.barrier();
  }

  assertOpen(): void {
    if (this.closed) throw new Error(`The embedded store in ${this.dir} is closed`);
    const lost = this.compromised();
    if (lost) throw new Error(`The embedded store lost its lock on ${this.dir}: ${lost.message}`);
  }

  /**
   * Snapshot as of now while writes go on: items are immutable strings, so capturing them is copying
   * references; later writes go to a new log file, which the next open replays on top of this snapshot.
   */
  private async compact(): Promise<void> {
    const lastSeq = this.seq;
    const capture = Array.from(this.tables.values(), (table) => ({ container: table.name, partitions: table.capture() }));
    const firstLog = this.log.generation + 1;
    await this.log.rotate(firstLog);
    this.snapshotBytes = await writeSnapshot(this.dir, { lastSeq, firstLog }, capture);
    // Older log files are now covered by the snapshot; recovery deletes any left over by a crash here.
    for (const name of await readdir(this.dir)) {
      const generation = logGeneration(name);
      if (generation !== undefined && generation < firstLog) await rm(path.join(this.dir, name), { force: true });
    }
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.compaction;
    await this.log.barrier().catch(() => undefined);
    if (this.log.bytes > COMPACT_ON_CLOSE_BYTES && !this.compromised()) {
      await this.compact().catch((error: Error) => console.error(`Embedded store: compaction on close failed: ${error.message}`));
    }
    await this.log.close();
    await this.lock.release();
  }
}
