/**
 * Durability that a crash test cannot see: after SIGKILL the OS still holds unsynced bytes, so a log
 * that acknowledged before fdatasync would pass every kill test and lose data on power loss. These
 * tests watch the file handle itself: a write is acknowledged only after a datasync that started
 * after its bytes were written has finished.
 */
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommitLog } from '../../functions/store/embedded/commit-log.js';
import { logFileName } from '../../functions/store/embedded/files.js';

type Handle = Awaited<ReturnType<typeof open>>;

let dir: string;
let events: string[];
/** Datasyncs wait for this to be released, so a test can look at the log while one is under way. */
let release: () => void;
let held: Promise<void>;
let handleProto: Handle;

function holdSyncs(): void {
  held = new Promise((resolve) => (release = resolve));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-commit-log-'));
  events = [];
  holdSyncs();
  const probe = await open(path.join(dir, 'probe'), 'w');
  handleProto = Object.getPrototypeOf(probe) as Handle;
  await probe.close();
  const write = handleProto.write as (...args: unknown[]) => Promise<{ bytesWritten: number }>;
  vi.spyOn(handleProto, 'write').mockImplementation(function (this: Handle, ...args: unknown[]) {
    const [buffer, offset = 0, length] = args as [Buffer, number, number];
    events.push(`write ${Buffer.from(buffer).subarray(offset, offset + (length ?? buffer.length)).toString('utf8').trim()}`);
    return write.apply(this, args);
  } as never);
  const datasync = handleProto.datasync;
  vi.spyOn(handleProto, 'datasync').mockImplementation(async function (this: Handle) {
    events.push('datasync started');
    await held;
    await datasync.call(this);
    events.push('datasync done');
  });
});

afterEach(async () => {
  release();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Lets every pending I/O callback and microtask run, so an early acknowledgement would show. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

function acked(promise: Promise<void>, name: string): Promise<void> {
  return promise.then(() => void events.push(`ack ${name}`));
}

describe('commit log: sync before acknowledge', () => {
  it('acknowledges an append only once the datasync after its write has finished', async () => {
    const log = await CommitLog.open(dir, 1);
    const a = acked(log.append('{"a":1}\n'), 'a');
    await vi.waitFor(() => expect(events).toContain('datasync started'));
    await settle();
    expect(events).not.toContain('ack a');

    release();
    await a;
    expect(events).toEqual(['write {"a":1}', 'datasync started', 'datasync done', 'ack a']);
    expect(await readFile(path.join(dir, logFileName(1)), 'utf8')).toBe('{"a":1}\n');
    await log.close();
  });

  it('does not let a datasync already under way acknowledge a record written after it started', async () => {
    const log = await CommitLog.open(dir, 1);
    const a = acked(log.append('{"a":1}\n'), 'a');
    await vi.waitFor(() => expect(events).toContain('datasync started'));
    // b and c arrive during a's sync: they go out together in the next write and the next sync.
    const b = acked(log.append('{"b":2}\n'), 'b');
    const c = acked(log.append('{"c":3}\n'), 'c');
    const barrier = log.barrier().then(() => void events.push('barrier'));
    release();
    await Promise.all([a, b, c, barrier]);

    const writeB = events.indexOf('write {"b":2}\n{"c":3}');
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write {"a":1}', 'write {"b":2}\n{"c":3}']);
    const secondSyncDone = events.lastIndexOf('datasync done');
    expect(events.indexOf('datasync started', events.indexOf('datasync done'))).toBeGreaterThan(writeB);
    for (const ack of ['ack b', 'ack c', 'barrier']) expect(events.indexOf(ack)).toBeGreaterThan(secondSyncDone);
    expect(events.indexOf('ack a')).toBeLessThan(secondSyncDone);
    expect(await readFile(path.join(dir, logFileName(1)), 'utf8')).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
    await log.close();
  });

  it('rejects the append whose datasync fails, and every append after it, naming the folder', async () => {
    release();
    vi.spyOn(handleProto, 'datasync').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    const log = await CommitLog.open(dir, 1);
    await expect(log.append('{"a":1}\n')).rejects.toThrow(/stopped after a failed write \(EIO: i\/o error\)/);
    await expect(log.append('{"b":2}\n')).rejects.toThrow(dir);
    await expect(log.barrier()).rejects.toThrow(/restart the process/);
    await expect(log.rotate(2)).rejects.toThrow(/stopped after a failed write/);
    await log.close();
  });

  it('a rotation syncs the folder holding the new file before it resolves, and later appends go there', async () => {
    release();
    const log = await CommitLog.open(dir, 1);
    await log.append('{"a":1}\n');
    const sync = vi.spyOn(handleProto, 'sync');
    await log.rotate(2);
    expect(sync).toHaveBeenCalled();
    expect(log.generation).toBe(2);
    expect(log.bytes).toBe(0);
    await log.append('{"b":2}\n');
    expect(log.bytes).toBe('{"b":2}\n'.length);
    expect(await readFile(path.join(dir, logFileName(1)), 'utf8')).toBe('{"a":1}\n');
    expect(await readFile(path.join(dir, logFileName(2)), 'utf8')).toBe('{"b":2}\n');
    await log.close();
    await expect(log.append('{"c":3}\n')).rejects.toThrow(/closed/);
  });
});

describe('commit log: what waits on a write that is still syncing', () => {
  it('a barrier taken while a write syncs resolves only after that sync', async () => {
    const log = await CommitLog.open(dir, 1);
    const a = acked(log.append('{"a":1}\n'), 'a');
    await vi.waitFor(() => expect(events).toContain('datasync started'));
    const barrier = log.barrier().then(() => void events.push('barrier'));
    await settle();
    expect(events).not.toContain('barrier');

    release();
    await Promise.all([a, barrier]);
    expect(events.indexOf('barrier')).toBeGreaterThan(events.indexOf('datasync done'));
    await log.close();
  });

  it('close waits for what was appended before it, then refuses more', async () => {
    release();
    const log = await CommitLog.open(dir, 1);
    const a = log.append('{"a":1}\n');
    await log.close();
    await a;
    expect(await readFile(path.join(dir, logFileName(1)), 'utf8')).toBe('{"a":1}\n');
    await expect(log.barrier()).rejects.toThrow(/closed/);
    await log.close();
  });

  it('appends and a rotation queued behind a failing sync are refused with it, and none of them is written', async () => {
    vi.spyOn(handleProto, 'datasync').mockImplementationOnce(async () => {
      events.push('datasync started');
      await held;
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    const log = await CommitLog.open(dir, 1);
    const a = log.append('{"a":1}\n');
    await vi.waitFor(() => expect(events).toContain('datasync started'));
    const b = log.append('{"b":2}\n');
    const rotated = log.rotate(2);
    const barrier = log.barrier();
    release();

    for (const refused of [a, b, rotated, barrier]) await expect(refused).rejects.toThrow(/stopped after a failed write \(EIO: i\/o error\)/);
    await settle();
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write {"a":1}']);
    expect(log.generation).toBe(1);
    expect(log.bytes).toBe(0);
    await expect(readFile(path.join(dir, logFileName(2)))).rejects.toThrow(/ENOENT/);
    await log.close();
  });

  it('a rotation that cannot open its new file refuses itself and everything after it', async () => {
    release();
    const log = await CommitLog.open(dir, 1);
    await log.append('{"a":1}\n');
    await rm(dir, { recursive: true, force: true });
    await expect(log.rotate(2)).rejects.toThrow(/stopped after a failed write \(ENOENT/);
    await expect(log.append('{"b":2}\n')).rejects.toThrow(/restart the process/);
    expect(log.generation).toBe(1);
    await log.close();
  });

  it('names a failure that is not an Error by its text, keeping it as the cause', async () => {
    release();
    vi.spyOn(handleProto, 'datasync').mockRejectedValueOnce('disk gone');
    const log = await CommitLog.open(dir, 1);
    const refused = log.append('{"a":1}\n');
    await expect(refused).rejects.toThrow(`The embedded store in ${dir} stopped after a failed write (disk gone); restart the process to recover from its log`);
    await expect(refused.catch((error: Error) => (error.cause as Error).message)).resolves.toBe('disk gone');
    await log.close();
  });
});

describe('commit log: bytes on disk', () => {
  it('finishes a write the OS took only part of, and counts every byte', async () => {
    release();
    const write = vi.mocked(handleProto.write);
    const partial = write.getMockImplementation() as (this: Handle, ...args: unknown[]) => Promise<{ bytesWritten: number }>;
    // The OS may accept fewer bytes than asked (a signal, a full pipe): at most five at a time here.
    write.mockImplementation(function (this: Handle, ...args: unknown[]) {
      const [buffer, offset, length] = args as [Buffer, number, number];
      return partial.call(this, buffer, offset, Math.min(length, 5));
    } as never);
    const log = await CommitLog.open(dir, 1);
    const line = '{"æble":"grød","n":12345}\n';
    await log.append(line);
    await log.append(line);
    expect(await readFile(path.join(dir, logFileName(1)), 'utf8')).toBe(line + line);
    expect(log.bytes).toBe(2 * Buffer.byteLength(line));
    await log.close();
  });

  it('reopening a log continues after the bytes already in it', async () => {
    release();
    const first = await CommitLog.open(dir, 3);
    await first.append('{"a":1}\n');
    await first.close();
    const again = await CommitLog.open(dir, 3);
    expect(again.generation).toBe(3);
    expect(again.bytes).toBe(8);
    await again.append('{"ø":2}\n');
    expect(again.bytes).toBe(8 + Buffer.byteLength('{"ø":2}\n'));
    expect(await readFile(path.join(dir, logFileName(3)), 'utf8')).toBe('{"a":1}\n{"ø":2}\n');
    await again.close();
  });
});
