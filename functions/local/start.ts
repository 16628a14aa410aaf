/**
 * `npm start`: the whole product on this machine. Opens (and on first start seeds) the store, serves
 * the registered functions over HTTP, runs the timers, prints the address, and on Ctrl-C or SIGTERM
 * stops everything in reverse order so the store is closed cleanly.
 *   --no-playground   start without the Microsoft 365 Agents Playground
 */
import { loadConfig } from '../config.js';
import { useRuntime } from '../runtime.js';
import { openStore } from '../store/index.js';
import { seedIfEmpty } from '../store/seed.js';
import type { Store } from '../store/store.js';
import { startHost, type Log, type RunningHost } from './host.js';
import { loadFunctions } from './load-functions.js';
import { startScheduler, type RunningScheduler } from './scheduler.js';
import { startServices, type Service } from './services.js';

const args = new Set(process.argv.slice(2));
const withPlayground = !args.has('--no-playground');

const log: Log = (level, message, ...details) => {
  const line = [new Date().toISOString(), level.padEnd(11), message, ...details.map(String)].join(' ');
  (level === 'error' || level === 'critical' ? console.error : console.log)(line);
};

async function main(): Promise<void> {
  const config = loadConfig();
  const functions = await loadFunctions(undefined, (level, _category, message) => log(level as Parameters<Log>[0], message));
  for (const name of functions.unsupported) log('warning', `Not run locally: ${name}`);

  let store: Store | undefined;
  let host: RunningHost | undefined;
  let scheduler: RunningScheduler | undefined;
  const services: Service[] = [
    {
      name: 'store',
      start: async () => {
        store = await openStore(config);
        await seedIfEmpty(store);
        useRuntime({ config, store });
      },
      stop: async () => store?.close(),
    },
    {
      name: 'http',
      start: async () => {
        host = await startHost(functions.http, { port: config.port, host: config.host, log });
      },
      stop: async () => host?.close(),
    },
    {
      name: 'timers',
      start: async () => {
        scheduler = startScheduler(functions.timers, { log });
      },
      stop: async () => scheduler?.stop(),
    },
    // The Teams playground joins here, last, when withPlayground is set (bot issue).
  ];
  if (withPlayground) log('information', 'The Teams playground is not part of this build yet; starting without it.');

  const running = await startServices(services, (message) => log('warning', message));
  console.log(`Målbot API listening on ${host!.url}/api (store: ${store!.kind})`);

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
