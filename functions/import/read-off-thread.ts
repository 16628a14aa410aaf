/**
 * readSheet in a worker thread: a file at the limits costs seconds of parsing and checking (exceljs, the
 * CPR scan of every cell), which on the server's one thread would hold every other request, /api/health
 * included. One worker reads one file at a time and is kept for the next (starting one costs more than a
 * small file's read); a read that passes MAX_IMPORT_READ_MS or MAX_IMPORT_READ_MB ends it, and the next
 * read starts a fresh one. Its refusals come back as the same errors readSheet throws.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import { MAX_IMPORT_READ_MB, MAX_IMPORT_READ_MS } from './limits.js';
import type { Sheet } from './sheet.js';
import type { SheetReply, SheetRequest } from './sheet-worker.js';

let worker: Worker | undefined;
/** Reads run one after another: the worker answers in order, and a file's time limit counts its own read only. */
let queue: Promise<unknown> = Promise.resolve();

export function readSheetOffThread(bytes: Uint8Array, fileName: string, timeoutMs = MAX_IMPORT_READ_MS): Promise<Sheet> {
  const read = queue.then(() => readOnce({ bytes, fileName }, timeoutMs));
  queue = read.catch(() => undefined);
  return read;
}

function readOnce(request: SheetRequest, timeoutMs: number): Promise<Sheet> {
  const current = (worker ??= startWorker({ resourceLimits: { maxOldGenerationSizeMb: MAX_IMPORT_READ_MB } }));
  // Idle, it keeps no process alive (the CLI, a test run); while it reads, the timer below does.
  current.unref();
  const { fileName } = request;
  return new Promise<Sheet>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const end = () => {
      if (worker === current) worker = undefined;
      void current.terminate();
    };
    const timer = setTimeout(() => {
      done();
      end();
      reject(new PayloadTooLargeError(`${fileName} took more than ${timeoutMs / 1000} s to read; one import may take at most that. Split the file; nothing was imported.`));
    }, timeoutMs);
    const onMessage = (reply: SheetReply) => {
      done();
      if ('sheet' in reply) resolve(reply.sheet);
      else if ('refused' in reply) reject(rebuilt(reply.refused));
      else reject(new Error(`Reading ${fileName} failed in its worker: ${reply.failed}`));
    };
    const onError = (error: Error & { code?: string }) => {
      done();
      end();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PayloadTooLargeError(`${fileName} needs more than ${MAX_IMPORT_READ_MB} MB to read; one import may use at most that. Split the file; nothing was imported.`)
          : error,
      );
    };
    const onExit = (code: number) => {
      done();
      end();
      reject(new Error(`The worker reading ${fileName} stopped (exit code ${code}) without an answer.`));
    };
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage(request);
  });
}

/**
 * Beside this module: sheet-worker.js in the bundle, where this code sits in a chunk next to the entry
 * points; sheet-worker.ts from source (tests, `npm start`), loaded through tsx's API, since a worker's
 * own `--import tsx` does not reach its entry module on Node 20 and a test runner's thread has no tsx.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sheet-worker.js', import.meta.url), options);
  // require.resolve gives the API's CommonJS file; its ES module (the "import" condition) sits beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./sheet-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`, { ...options, eval: true });
}

/** The refusal as the error class readSheet threw, so HTTP and chat render it the same way. */
function rebuilt({ status, title, detail, errors }: Extract<SheetReply, { refused: unknown }>['refused']): AppError {
  if (status === 400) return new ValidationError(detail, errors);
  if (status === 413) return new PayloadTooLargeError(detail);
  return new AppError(status, title, detail, errors);
}
