/**
 * Imported first by functions/index.ts, so the instrumentation is in place before any module below makes
 * a call (the loader hook of telemetry-loader.ts lets it patch http for modules already imported). Also
 * where Azure mode refuses to start: loadConfig throws, naming every missing setting, before a single
 * function is registered.
 */
import { loadConfig } from './config.js';
import { registerSecrets, secretsOf, startTelemetry } from './telemetry.js';

const config = loadConfig();
registerSecrets(secretsOf(config));
await startTelemetry({ connectionString: config.appInsightsConnectionString, managedIdentityClientId: config.cosmos?.managedIdentityClientId });
