/** Starts the local host in a child process on a data folder, over loopback, and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'host-child.ts');

export interface HostProcess {
  url: string;
  pid: number;
  /** Resident memory of the host after a garbage-collection settle, in bytes. */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `nodeArgs`: extra Node flags for the host, e.g. --cpu-prof to profile it (bench/profile-query.ts). */
export async function startHostProcess(dataDir: string, nodeArgs: string[] = []): Promise<HostProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, MAALBOT_MODE: 'local', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  // The benchmark is of the embedded store; a Cosmos endpoint in the caller's shell must not leak in.
  for (const name of Object.keys(env)) if (name.startsWith('COSMOS_') || name === 'APPLICATIONINSIGHTS_CONNECTION_STRING') delete env[name];
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...nodeArgs, '--import', 'tsx', CHILD, '--no-playground'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 120 s: ${stderr}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /listening on (http:\/\/\S+)\/api/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before it was ready: ${stderr}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    rss: () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { rss: number }).rss));
        child.send('rss');
      }),
    stop: async () => {
      // SIGTERM: the host closes its store cleanly, as on Ctrl-C.
      child.kill('SIGTERM');
      await exited;
    },
  };
}
