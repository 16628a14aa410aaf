/**
 * `npm start` as a user runs it — the same start code, in its own process — on free ports and a temp
 * data folder, returning the address it printed. For end-to-end tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningProduct {
  /** The address `npm start` printed for people to open. */
  openUrl: string;
  apiUrl: string;
  /** Its embedded store's data folder (a temp folder of its own). */
  dataDir: string;
  output(): string;
  /**
   * Stops it and waits for `npm start` to exit: by default as Ctrl-C does (SIGINT to the whole process
   * group); with `{ signal: 'SIGTERM', group: false }` only the start process is told, so it must stop
   * what it started itself.
   */
  stop(options?: { signal?: NodeJS.Signals; group?: boolean }): Promise<void>;
  /** Kills anything left in its process group and removes its data folder; safe to call more than once. */
  cleanup(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startProduct(options: { playground?: boolean; timeoutMs?: number } = {}): Promise<RunningProduct> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'maalbot-e2e-'));
  const [port, playgroundPort] = [await freePort(), await freePort()];
  const args = ['--import', 'tsx', 'functions/local/start.ts', ...(options.playground === false ? ['--no-playground'] : ['--playground-port', String(playgroundPort)])];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', COSMOS_ENDPOINT: '', MAALBOT_MODE: 'local', MicrosoftAppId: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() can signal everything it started, as Ctrl-C in a terminal does.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const signal = (sig: NodeJS.Signals, group: boolean) => {
    try {
      process.kill(group ? -child.pid! : child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  const stop = async ({ signal: sig = 'SIGINT' as NodeJS.Signals, group = true } = {}) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signal(sig, group);
    const timer = setTimeout(() => signal('SIGKILL', true), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const cleanup = async () => {
    signal('SIGKILL', true);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    const ready = /^Målbot is ready: open (\S+) /m.exec(output) ?? /^Målbot API listening on (\S+)\/api /m.exec(output);
    if (ready) return { openUrl: ready[1]!, apiUrl: `http://127.0.0.1:${port}/api`, dataDir, output: () => output, stop, cleanup };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  await cleanup();
  throw new Error(`npm start did not become ready:\n${output}`);
}
