/**
 * Issue 14: outgoing calls of an ES module app are traced only when the loader hook is passed with
 * --import (functions/telemetry-loader.ts; languageWorkers__node__arguments in infra/app/api.bicep).
 * A child process starts telemetry as the entry point does and talks to the in-process Cosmos DB
 * server and a stand-in Bot Connector; what the exporter sends lands in a local ingestion receiver.
 * Without the hook the same child sends its log records but no dependency for either call. The child
 * runs from source and, bundled as Azure runs the app (bench/bundle-options.ts), with the bundled hook.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleOptions } from '../../bench/bundle-options.js';
import { startChannelRecorder, type ChannelRecorder } from '../bot/support/channel-recorder.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { startIngestionReceiver, type IngestionReceiver } from './support/ingestion-receiver.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const child = path.join(root, 'test/telemetry/support/traced-child.ts');
// Nothing leaves this machine: the distro's start-up call to the Azure VM metadata service is refused.
const guard = path.join(root, 'test/telemetry/support/loopback-only.cjs');

let cosmos: CosmosTestServer;
let channel: ChannelRecorder;

beforeAll(async () => {
  [cosmos, channel] = await Promise.all([startCosmosServer(), startChannelRecorder()]);
});

afterAll(async () => {
  await Promise.all([cosmos?.stop(), channel?.close()]);
});

/** Runs `script` with node `args` before it; resolves to what reached the ingestion endpoint. */
async function runChild(args: string[], script = child): Promise<IngestionReceiver> {
  const receiver = await startIngestionReceiver();
  try {
    const proc = spawn(process.execPath, ['--require', guard, ...args, script], {
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

function expectBothCallsTraced(received: IngestionReceiver): void {
  const dependencies = received.dependencies();
  const cosmosCalls = dependencies.filter((d) => d.target === hostOf(cosmos.endpoint));
  expect(cosmosCalls.length).toBeGreaterThan(0);
  expect(cosmosCalls.every((d) => d.type === 'Http' && /\/dbs/.test(d.name ?? ''))).toBe(true);
  const connectorCalls = dependencies.filter((d) => d.target === hostOf(channel.serviceUrl));
  // One send: the activity posted into the conversation (as a reply to its root activity).
  expect(connectorCalls).toHaveLength(1);
  expect(connectorCalls[0]?.name).toMatch(/^POST \/v3\/conversations\/a%3Atraced\/activities/);
}

it('traces Cosmos DB and Bot Connector calls when the loader hook is preloaded', async () => {
  expectBothCallsTraced(await runChild(['--import', 'tsx', '--import', './functions/telemetry-loader.ts']));
}, 60_000);

it('records no outgoing call without the hook (the reason it is preloaded), though logs still arrive', async () => {
  const received = await runChild(['--import', 'tsx']);
  expect(received.envelopes.some((e) => e.data?.baseType === 'MessageData')).toBe(true);
  expect(received.dependencies()).toEqual([]);
}, 60_000);

it('traces both calls from the bundle, with the bundled hook preloaded as in Azure', async () => {
  // (Bundled, the CommonJS dependencies' own require('http') happens to let the instrumentation patch
  // http even without the hook; the hook is what makes tracing independent of that.)
  // Inside the repository: the bundled hook resolves @opentelemetry/instrumentation from node_modules.
  const outdir = path.join(root, 'dist', `traced-${randomUUID()}`);
  try {
    await build({ ...bundleOptions([child, path.join(root, 'functions/telemetry-loader.ts')], outdir), outbase: root, metafile: false, logLevel: 'error' });
    const loader = path.join(outdir, 'functions/telemetry-loader.js');
    expectBothCallsTraced(await runChild(['--import', loader], path.join(outdir, 'test/telemetry/support/traced-child.js')));
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}, 120_000);
