/**
 * The worker thread that reads import files (read-sheet.ts), one message at a time, and answers each with
 * the sheet or the refusal. Started by read-off-thread.ts; an entry point of its own in the bundle
 * (bench/build-bundle.ts).
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../domain/errors.js';
import { readSheet } from './read-sheet.js';
import type { Sheet } from './sheet.js';

export interface SheetRequest {
  bytes: Uint8Array;
  fileName: string;
}

export type SheetReply =
  | { sheet: Sheet }
  | { refused: { status: number; title: string; detail: string; errors: AppError['errors'] } }
  | { failed: string };

parentPort!.on('message', async ({ bytes, fileName }: SheetRequest) => {
  let reply: SheetReply;
  try {
    reply = { sheet: await readSheet(bytes, fileName) };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { refused: { status: error.status, title: error.title, detail: error.message, errors: error.errors } }
        : { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
