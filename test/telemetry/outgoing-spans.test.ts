/**
 * Issue 14: outgoing calls of an ES module app are traced only when the loader hook is passed with
 * --import (functions/telemetry-loader.ts; languageWorkers__node__arguments in infra/app/api.bicep).
 * A child process starts telemetry as the entry point does and talks to the in-process Cosmos DB
 * server and a stand-in Bot Connector; what the exporter sends lands in a local ingestion receiver.
 * Without the hook the same child sends its log records but no dependency for either call.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startChannelRecorder, type ChannelRecorder } from '../bot/support/channel-recorder.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { startIngestionReceiver, type IngestionReceiver } from './support/ingestion-receiver.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const child = path.join(root, 'test/telemetry/support/traced-child.ts');

let cosmos: CosmosTestServer;
let channel: ChannelRecorder;

beforeAll(async () => {
  [cosmos, channel] = await Promise.all([startCosmosServer(), startChannelRecorder()]);
});

afterAll(async () => {
  await Promise.all([cosmos?.stop(), channel?.close()]);
});

/** Runs the child with `preload` node arguments; resolves to what reached the ingestion endpoint. */
async function runChild(preload: string[]): Promise<IngestionReceiver> {
  const receiver = await startIngestionReceiver();
  try {
    const proc = spawn(process.execPath, ['--import', 'tsx', ...preload, child], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        MAALBOT_MODE: 'local',
        APPLICATIONINSIGHTS_CONNECTION_STRING: receiver.connectionString,
        NODE_EXTRA_CA_CERTS: receiver.certificateFile,
        // Statsbeat reports the SDK's own use to Microsoft's endpoints; nothing may leave this machine.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        // The distro's default keeps 5 traces a second; this test counts every call.
        OTEL_TRACES_SAMPLER: 'always_on',
        COSMOS_TEST_ENDPOINT: cosmos.endpoint,
        COSMOS_TEST_KEY: cosmos.key,
        CHANNEL_SERVICE_URL: channel.serviceUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => proc.on('close', resolve));
    if (code !== 0) throw new Error(`traced child exited with ${code}: ${stderr}`);
    return receiver;
  } finally {
    await receiver.close();
  }
}

const hostOf = (url: string) => new URL(url).host;

it('traces Cosmos DB and Bot Connector calls when the loader hook is preloaded', async () => {
  const received = await runChild(['--import', './functions/telemetry-loader.ts']);
  const dependencies = received.dependencies();
  const cosmosCalls = dependencies.filter((d) => d.target === hostOf(cosmos.endpoint));
  expect(cosmosCalls.length).toBeGreaterThan(0);
  expect(cosmosCalls.every((d) => d.type === 'Http' && /\/dbs/.test(d.name ?? ''))).toBe(true);
  const connectorCalls = dependencies.filter((d) => d.target === hostOf(channel.serviceUrl));
  // One send: the activity posted into the conversation (as a reply to its root activity).
  expect(connectorCalls).toHaveLength(1);
  expect(connectorCalls[0]?.name).toMatch(/^POST \/v3\/conversations\/a%3Atraced\/activities/);
}, 60_000);

it('records no outgoing call without the hook (the reason it is preloaded), though logs still arrive', async () => {
  const received = await runChild([]);
  expect(received.envelopes.some((e) => e.data?.baseType === 'MessageData')).toBe(true);
  expect(received.dependencies()).toEqual([]);
}, 60_000);
