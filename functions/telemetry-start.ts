/**
 * Imported first by functions/index.ts: OpenTelemetry must patch http before Cosmos DB and botbuilder
 * load. Also where Azure mode refuses to start: loadConfig throws, naming every missing setting, before
 * a single function is registered.
 */
import { loadConfig } from './config.js';
import { registerSecrets, secretsOf, startTelemetry } from './telemetry.js';

const config = loadConfig();
registerSecrets(secretsOf(config));
await startTelemetry({ connectionString: config.appInsightsConnectionString, managedIdentityClientId: config.cosmos?.managedIdentityClientId });
