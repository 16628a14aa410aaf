/**
 * Finds the registered functions the way the Azure Functions Node.js worker does: @azure/functions
 * hands every app.http / app.timer registration to the built-in module "@azure/functions-core", which
 * only exists inside the worker. Providing that module here (as the worker does, by intercepting
 * require) gives the local host the very handlers and bindings that were registered, with no second
 * list of functions to keep in step.
 */
import Module from 'node:module';

export interface Binding {
  type: string;
  direction?: string;
  name?: string;
  [property: string]: unknown;
}

export interface Registration {
  name: string;
  bindings: Record<string, Binding>;
  /** The handler exactly as passed to app.http / app.timer. */
  handler: (...args: unknown[]) => unknown;
}

export type CoreLog = (level: string, category: string, message: string) => void;

const registrations: Registration[] = [];
/** appStart hooks (app.hook.appStart): the local host runs them once its store is open. */
const appStartHooks: Registration['handler'][] = [];
let installed = false;
let logSink: CoreLog = (level, _category, message) => {
  (level === 'error' || level === 'critical' ? console.error : level === 'warning' ? console.warn : console.log)(message);
};

class Disposable {
  constructor(private readonly onDispose: () => void) {}
  dispose(): void {
    this.onDispose();
  }
}

const coreApi = {
  version: 'maalbot-local',
  hostVersion: 'maalbot-local',
  Disposable,
  setProgrammingModel(): void {
    // The programming model turns worker RPC into HttpRequest objects; the local host builds those itself.
  },
  getProgrammingModel(): undefined {
    return undefined;
  },
  registerFunction(metadata: { name: string; bindings: Record<string, Binding> }, callback: Registration['handler']) {
    const registration: Registration = { name: metadata.name, bindings: metadata.bindings, handler: callback };
    registrations.push(registration);
    return new Disposable(() => registrations.splice(registrations.indexOf(registration) >>> 0, 1));
  },
  registerHook(hookName: string, callback: Registration['handler']) {
    if (hookName === 'appStart') {
      appStartHooks.push(callback);
      return new Disposable(() => appStartHooks.splice(appStartHooks.indexOf(callback) >>> 0, 1));
    }
    logSink('warning', 'system', `The local host does not run ${hookName} hooks.`);
    return new Disposable(() => undefined);
  },
  log(level: string, category: string, message: string): void {
    logSink(level, category, message);
  },
};

/**
 * Makes "@azure/functions-core" resolvable. Must run before the first app.http / app.timer call:
 * @azure/functions looks the module up once and otherwise stays in its test mode, registering nothing.
 */
export function installFunctionsCore(log?: CoreLog): void {
  if (log) logSink = log;
  if (installed) return;
  installed = true;
  const original = Module.prototype.require;
  Module.prototype.require = new Proxy(original, {
    apply(target, thisArg, args: unknown[]) {
      if (args[0] === '@azure/functions-core') return coreApi;
      return Reflect.apply(target, thisArg, args);
    },
  });
}

export function registeredFunctions(): readonly Registration[] {
  return registrations;
}

/** Runs the appStart hooks in the order they were registered, as the Functions worker does when the app starts. */
export async function runAppStartHooks(): Promise<void> {
  // The worker hands each hook its hook data; @azure/functions wraps it in an AppStartContext.
  for (const hook of appStartHooks) await hook({ hookData: {}, appHookData: {} });
}
