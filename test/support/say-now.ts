/**
 * A line from a child process to the test that SIGKILLs it, written before the child goes on. console.log
 * does not do that: once the pipe is full (the parent slow to read, as under load) it queues the line
 * inside this process (Node 20 on Linux queued 287 KB of 5,000 lines), and a SIGKILL drops the queue, so
 * the parent never sees acknowledgements the child made. Under tsx the pipe is non-blocking, so a full
 * pipe is waited out here, a millisecond at a time.
 */
import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function sayNow(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
