/**
 * The ES module loader hook OpenTelemetry needs, passed to node with --import (in Azure through the
 * app setting languageWorkers__node__arguments, locally by `npm start` when a connection string is
 * set). An ES module's imports are bound before any of its code runs, so the instrumentation started
 * in telemetry-start.ts cannot patch http for modules that already imported it unless this hook
 * wrapped those modules as they loaded.
 *
 * Only http and https are wrapped: outgoing calls to Cosmos DB and the Bot Connector go through them,
 * and wrapping every module (the distro's own loader does) parses each one for its exports on every
 * cold start.
 */
import { register } from 'node:module';

register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: ['http', 'https'] } });
