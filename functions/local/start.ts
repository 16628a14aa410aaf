/**
 * `npm start`: the whole product on this machine. Opens the store (seeding it, or bringing it up to the seed files), serves
 * the registered functions over HTTP, runs the timers, prints the address, and on Ctrl-C or SIGTERM
 * stops everything in reverse order so the store is closed cleanly.
 *   --no-playground   start without the Microsoft 365 Agents Playground
 *   --playground-port N   the Playground's port (default: TEAMSAPPTESTER_PORT, else 56150)
 */
import { loadConfig } from '../config.js';
import { openRuntime, useRuntime } from '../runtime.js';
import { describeSeedUpdate } from '../store/seed.js';
import type { Store } from '../store/store.js';
import { botAuth, LOCAL_MODE_WARNING } from '../../bot/index.js';
import { announceHost } from './host-file.js';
import { startHost, type Log, type RunningHost } from './host.js';
import { runAppStartHooks } from './functions-core.js';
import { loadFunctions } from './load-functions.js';
import { startPlayground, type RunningPlayground } from './playground.js';
import { startScheduler, type RunningScheduler } from './scheduler.js';
import { startServices, type Service } from './services.js';

const args = new Set(process.argv.slice(2));
const withPlayground = !args.has('--no-playground');
// --playground-port N: otherwise the Playground's own default (TEAMSAPPTESTER_PORT, else 56150).
const playgroundPortArg = process.argv.indexOf('--playground-port');
const playgroundPort = playgroundPortArg > 0 ? Number(process.argv[playgroundPortArg + 1]) : undefined;

const log: Log = (level, message, ...details) => {
  const line = [new Date().toISOString(), level.padEnd(11), message, ...details.map(String)].join(' ');
  (level === 'error' || level === 'critical' ? console.error : console.log)(line);
};

async function main(): Promise<void> {
  const config = loadConfig();
  // Refuses an unauthenticated bot on a non-loopback address before anything starts.
  if (botAuth(config).mode === 'local-unauthenticated') log('warning', LOCAL_MODE_WARNING);
  const functions = await loadFunctions(undefined, (level, _category, message) => log(level as Parameters<Log>[0], message));
  for (const name of functions.unsupported) log('warning', `Not run locally: ${name}`);

  let store: Store | undefined;
  let host: RunningHost | undefined;
  let unannounce: (() => Promise<void>) | undefined;
  let scheduler: RunningScheduler | undefined;
  let playground: RunningPlayground | undefined;
  const services: Service[] = [
    {
      name: 'store',
      start: async () => {
        ({ store } = await openRuntime(config, (update) => {
          const said = describeSeedUpdate(update);
          if (said) log('information', said);
        }));
        useRuntime({ config, store });
        // What the Functions host does before the first request: the app's appStart hooks (functions/index.ts).
        await runAppStartHooks();
      },
      stop: async () => store?.close(),
    },
    {
      name: 'http',
      start: async () => {
        host = await startHost(functions.http, { port: config.port, host: config.host, log });
        // Command-line tools started beside the host find it here rather than failing on the folder lock.
        if (store?.kind === 'embedded') unannounce = await announceHost(config.dataDir, host.url);
      },
      stop: async () => {
        await unannounce?.();
        await host?.close();
      },
    },
    {
      name: 'timers',
      start: async () => {
        scheduler = startScheduler(functions.timers, { log });
      },
      stop: async () => scheduler?.stop(),
    },
  ];
  if (withPlayground) {
    services.push({
      name: 'playground',
      start: async () => {
        playground = await startPlayground({ botEndpoint: `${host!.url}/api/messages`, log, ...(playgroundPort ? { port: playgroundPort } : {}) });
      },
      stop: async () => playground?.stop(),
    });
  }

  const running = await startServices(services, (message) => log('warning', message));
  console.log(
    playground
      ? `Målbot is ready: open ${playground.url} to chat with it (Agents Playground; API ${host!.url}/api, store: ${store!.kind})`
      : `Målbot API listening on ${host!.url}/api (store: ${store!.kind})`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('information', `${signal}: stopping`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'Stopping failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  log('critical', 'Målbot could not start:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
