/**
 * The write-ahead log: an append-only file of records, each fsynced before its write is acknowledged.
 *
 * Group commit: records appended while a flush is under way wait and go out together in the next
 * write + fdatasync, so a burst of N concurrent writes costs a handful of fsyncs rather than N.
 * Rotation to a new file happens between two flushes, so a file never ends in the middle of a batch.
 * After any I/O failure the log refuses everything: memory may then hold writes the disk does not,
 * and only a restart (replaying the log) gets back to a state that is known to be on disk.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { inside, logFileName, syncFolder } from './files.js';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A write nobody awaits (e.g. a barrier) must not become an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export class CommitLog {
  private pending: string[] = [];
  private pendingDone: Deferred | undefined;
  private inFlight: Promise<void> | undefined;
  private rotation: { generation: number; done: Deferred } | undefined;
  private running = false;
  private failure: Error | undefined;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
    private gen: number,
    /** Bytes in the current file. */
    private size: number,
  ) {}

  /** Opens (creating if needed) the log file of this generation for appending. */
  static async open(dir: string, generation: number): Promise<CommitLog> {
    const handle = await openForAppend(dir, generation);
    const { size } = await handle.stat();
    return new CommitLog(dir, handle, generation, size);
  }

  get generation(): number {
    return this.gen;
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends one encoded record; resolves once it is on disk. */
  append(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.pending.push(line);
    this.pendingDone ??= deferred();
    const done = this.pendingDone.promise;
    this.kick();
    return done;
  }

  /** Resolves once everything appended so far is on disk. */
  barrier(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return this.pendingDone?.promise ?? this.inFlight ?? Promise.resolve();
  }

  /** Continues in a new file from the next batch on; resolves once the new file exists. */
  rotate(generation: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.rotation = { generation, done: deferred() };
    const done = this.rotation.done.promise;
    this.kick();
    return done;
  }

  async close(): Promise<void> {
    await this.barrier().catch(() => undefined);
    await this.handle.close().catch(() => undefined);
    this.failure ??= new Error('The embedded store is closed');
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.run();
  }

  private async run(): Promise<void> {
    while (this.pending.length || this.rotation) {
      if (this.rotation) {
        const { generation, done } = this.rotation;
        this.rotation = undefined;
        try {
          await this.switchTo(generation);
          done.resolve();
        } catch (error) {
          this.fail(error, done);
        }
        continue;
      }
      const lines = this.pending;
      const done = this.pendingDone!;
      this.pending = [];
      this.pendingDone = undefined;
      this.inFlight = done.promise;
      try {
        const size = await writeAll(this.handle, Buffer.from(lines.join(''), 'utf8'));
        await this.handle.datasync();
        this.size += size;
        done.resolve();
      } catch (error) {
        this.fail(error, done);
      }
    }
    this.inFlight = undefined;
    this.running = false;
  }

  private async switchTo(generation: number): Promise<void> {
    const next = await openForAppend(this.dir, generation);
    const old = this.handle;
    this.handle = next;
    this.gen = generation;
    this.size = 0;
    await old.close();
  }

  private fail(error: unknown, done: Deferred): void {
    const cause = error instanceof Error ? error : new Error(String(error));
    this.failure = new Error(
      `The embedded store in ${this.dir} stopped after a failed write (${cause.message}); restart the process to recover from its log`,
      { cause },
    );
    done.reject(this.failure);
    this.pendingDone?.reject(this.failure);
    this.rotation?.done.reject(this.failure);
    this.pending = [];
    this.pendingDone = undefined;
    this.rotation = undefined;
  }
}

async function openForAppend(dir: string, generation: number): Promise<FileHandle> {
  const handle = await open(inside(dir, logFileName(generation)), 'a');
  await syncFolder(dir);
  return handle;
}

async function writeAll(handle: FileHandle, buffer: Buffer): Promise<number> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    offset += bytesWritten;
  }
  return buffer.length;
}
