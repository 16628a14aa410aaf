/** The app's registered functions, split into HTTP and timer triggers, as the local host serves them. */
import { installFunctionsCore, registeredFunctions, type Binding, type CoreLog, type Registration } from './functions-core.js';

export interface HttpFunction {
  name: string;
  /** Route template without the "api/" prefix, e.g. "cases/{id}". */
  route: string;
  methods: string[];
  authLevel: string;
  handler: Registration['handler'];
  trigger: Binding;
}

export interface TimerFunction {
  name: string;
  /** NCRONTAB: six fields, seconds first. */
  schedule: string;
  runOnStartup: boolean;
  handler: Registration['handler'];
  trigger: Binding;
}

export interface LoadedFunctions {
  http: HttpFunction[];
  timers: TimerFunction[];
  /** Registered with a trigger the local host cannot run. */
  unsupported: string[];
}

const ALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Imports the Functions entry point with "@azure/functions-core" in place and returns what it registered. */
export async function loadFunctions(entry: () => Promise<unknown> = () => import('../index.js'), log?: CoreLog): Promise<LoadedFunctions> {
  installFunctionsCore(log);
  await entry();
  const loaded = splitRegistrations(registeredFunctions());
  if (!loaded.http.length && !loaded.timers.length) {
    throw new Error(
      'No functions were registered. Something imported @azure/functions and registered functions before the local host could provide @azure/functions-core.',
    );
  }
  return loaded;
}

export function splitRegistrations(registrations: readonly Registration[]): LoadedFunctions {
  const loaded: LoadedFunctions = { http: [], timers: [], unsupported: [] };
  for (const r of registrations) {
    const trigger = Object.values(r.bindings).find((b) => b.direction === 'in' && b.type.endsWith('Trigger'));
    if (trigger?.type === 'httpTrigger') {
      loaded.http.push({
        name: r.name,
        route: typeof trigger.route === 'string' ? trigger.route : r.name,
        methods: Array.isArray(trigger.methods) && trigger.methods.length ? trigger.methods.map((m) => String(m).toUpperCase()) : ALL_METHODS,
        authLevel: typeof trigger.authLevel === 'string' ? trigger.authLevel : 'function',
        handler: r.handler,
        trigger,
      });
    } else if (trigger?.type === 'timerTrigger' && typeof trigger.schedule === 'string') {
      loaded.timers.push({ name: r.name, schedule: trigger.schedule, runOnStartup: trigger.runOnStartup === true, handler: r.handler, trigger });
    } else {
      loaded.unsupported.push(`${r.name} (${trigger?.type ?? 'no trigger'})`);
    }
  }
  return loaded;
}
