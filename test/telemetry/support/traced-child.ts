/**
 * Run by test/telemetry/outgoing-spans.test.ts in a fresh node process, with or without the loader
 * hook: starts telemetry the way the Functions entry point does (telemetry-start first), makes one
 * round of Cosmos DB calls through the product's adapter and one proactive Bot Connector send, then
 * flushes what was recorded to the ingestion endpoint in APPLICATIONINSIGHTS_CONNECTION_STRING.
 */
import '../../../functions/telemetry-start.js';
import { createBotEndpoint, text } from '../../../bot/index.js';
import { loadConfig } from '../../../functions/config.js';
import { openCosmosStore } from '../../../functions/store/cosmos/index.js';
import { stopTelemetry } from '../../../functions/telemetry.js';

const { COSMOS_TEST_ENDPOINT, COSMOS_TEST_KEY, CHANNEL_SERVICE_URL } = process.env;
if (!COSMOS_TEST_ENDPOINT || !COSMOS_TEST_KEY || !CHANNEL_SERVICE_URL) throw new Error('COSMOS_TEST_ENDPOINT, COSMOS_TEST_KEY and CHANNEL_SERVICE_URL must be set');

const store = await openCosmosStore({ endpoint: COSMOS_TEST_ENDPOINT, key: COSMOS_TEST_KEY, database: 'traced', testServer: true });
// Bot settings of a local start (no app id): the send needs no token, so nothing leaves the machine.
const bot = createBotEndpoint({ config: loadConfig({}), store, log: () => undefined });
const reference = { bot: { id: '28:maalbot' }, conversation: { id: 'a:traced' }, channelId: 'msteams', serviceUrl: CHANNEL_SERVICE_URL, user: { id: '29:user' } };
await bot.sendTo({ reference }, [text('Ugens målstatus')]);
await store.close();
await stopTelemetry();
