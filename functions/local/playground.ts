/**
 * The Microsoft 365 Agents Playground: a Teams-like web client that talks to the bot endpoint on this
 * machine, so `npm start` is the whole product without a tenant or a tunnel. Started as a child process
 * of its own package's CLI, pointed at our /api/messages with the msteams channel, no browser opened and
 * no telemetry sent, bound to loopback only (playground-loopback.cjs); its log goes to a temp file
 * instead of ./devTools.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from './host.js';

export interface PlaygroundOptions {
  /** The bot endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Omitted: the Playground's own default (TEAMSAPPTESTER_PORT, else 56150; a random one if taken). */
  port?: number;
  log: Log;
  /** How long to wait for it to serve its page. */
  timeoutMs?: number;
}

export interface RunningPlayground {
  /** The address to open in a browser. */
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const loopbackOnly = fileURLToPath(new URL('./playground-loopback.cjs', import.meta.url));
  const args = ['--require', loopbackOnly, cli, '--app-endpoint', options.botEndpoint, '--channel-id', 'msteams', '--disable-telemetry'];
  if (options.port !== undefined) args.push('--port', String(options.port));
  const logFile = path.join(tmpdir(), `maalbot-playground-${process.pid}.log`);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ctrl-C reaches the whole process group, but a crash of ours would otherwise leave it running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let output = '';
  let stopping = false;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The Playground did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`)), options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Listening on (\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    const onExit = (code: number | null) => fail(new Error(`The Playground exited (code ${code}) before it was ready:\n${output}`));
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => fail(error));
  });
  // Once ready, an exit is reported, not thrown.
  child.removeAllListeners('exit');
  child.once('exit', (code, signal) => {
    if (!stopping) options.log('error', `The Playground stopped unexpectedly (code ${code}, signal ${signal}).`);
  });
  // Keep draining its output so a full pipe never blocks it; show errors it prints.
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => options.log('warning', `[playground] ${chunk.toString().trim()}`));

  const url = `http://127.0.0.1:${port}`;
  await waitForPage(url, options.timeoutMs ?? 30_000);
  options.log('information', `Playground on ${url}, talking to ${options.botEndpoint}`);

  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        process.off('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(force);
          // Kept after a crash for whoever investigates; a clean stop leaves nothing behind.
          rmSync(logFile, { force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function waitForPage(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = new Error(`status ${res.status}`);
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The Playground page at ${url} did not answer: ${String(last)}`);
}
