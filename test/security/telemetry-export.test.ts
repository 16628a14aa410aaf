/**
 * With a connection string, the Azure Monitor distro is started once (managed identity for ingestion,
 * no Live Metrics) and the product's structured log records are emitted as OpenTelemetry log records,
 * carrying the invocation id. The distro itself is replaced by a recorder: its exporter would call out
 * to Azure; what it does with records is Microsoft's tested code, how we configure and feed it is ours.
 */
import { logs } from '@opentelemetry/api-logs';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { afterAll, expect, it, vi } from 'vitest';
import { logEvent, registerSecrets, startTelemetry, withLogContext } from '../../functions/telemetry.js';

const useAzureMonitor = vi.hoisted(() => vi.fn());
vi.mock('@azure/monitor-opentelemetry', () => ({ useAzureMonitor }));

const exporter = new InMemoryLogRecordExporter();
logs.setGlobalLoggerProvider(new LoggerProvider({ processors: [new SimpleLogRecordProcessor(exporter)] }));
afterAll(() => logs.disable());

const CONNECTION = 'InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';

it('does nothing without a connection string', async () => {
  expect(await startTelemetry({})).toBe(false);
  expect(useAzureMonitor).not.toHaveBeenCalled();
});

it('starts the distro once, with the managed identity and without Live Metrics', async () => {
  expect(await startTelemetry({ connectionString: CONNECTION, managedIdentityClientId: '00000000-0000-0000-0000-0000000000aa' })).toBe(true);
  expect(await startTelemetry({ connectionString: CONNECTION })).toBe(false);
  expect(useAzureMonitor).toHaveBeenCalledTimes(1);
  const options = useAzureMonitor.mock.calls[0]![0];
  expect(options.azureMonitorExporterOptions.connectionString).toBe(CONNECTION);
  expect(options.azureMonitorExporterOptions.credential?.constructor.name).toBe('ManagedIdentityCredential');
  expect(options.enableLiveMetrics).toBe(false);
});

it('emits structured records as OpenTelemetry log records with the invocation id, scrubbed', () => {
  registerSecrets(['very-secret-value']);
  withLogContext({ invocationId: 'inv-1', activityId: 'act-1' }, () => logEvent('warning', 'Probe very-secret-value 010190-1234', { kpis: 3 }));
  const record = exporter.getFinishedLogRecords().find((r) => String(r.body).startsWith('Probe'))!;
  expect(record).toBeDefined();
  expect(record.body).toBe('Probe [secret] [removed]');
  expect(record.severityText).toBe('WARNING');
  expect(record.attributes).toMatchObject({ invocationId: 'inv-1', activityId: 'act-1', kpis: 3 });
});
