/**
 * Observability: Application Insights through OpenTelemetry when APPLICATIONINSIGHTS_CONNECTION_STRING is
 * set (started once, from functions/telemetry-start.ts, before anything else is imported), and one
 * structured logger for the product.
 *
 * Every record carries the invocation id (REST) or activity id (bot) of the work it belongs to, taken
 * from an async context, so call sites need not pass them. Records hold no message text and no personal
 * data by construction — fields are ids, counts and names of things — and as a second line of defence
 * anything shaped like a CPR number and every configured secret is blanked before a record leaves.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import type { Config } from './config.js';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';
export type LogValue = string | number | boolean | undefined;

export interface LogRecord {
  level: LogLevel;
  message: string;
  invocationId?: string;
  activityId?: string;
  [field: string]: LogValue;
}

interface LogContext {
  invocationId?: string;
  activityId?: string;
  operation?: string;
}

const scope = new AsyncLocalStorage<LogContext>();
const secrets = new Set<string>();
let sinks: ((record: LogRecord) => void)[] = [];
let started = false;

/** Runs `work` with ids every record logged inside it (however deep, however async) will carry. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return scope.run({ ...scope.getStore(), ...context }, work);
}

/** Values that must never reach a log, e.g. MicrosoftAppPassword; blanked wherever they appear. */
export function registerSecrets(values: Iterable<string | undefined>): void {
  for (const value of values) if (value && value.length >= 4) secrets.add(value);
}

export function secretsOf(config: Pick<Config, 'bot' | 'cosmos' | 'jobindsats'>): string[] {
  return [config.bot.appPassword, config.cosmos?.key, config.jobindsats.token].filter((v): v is string => Boolean(v));
}

/** Blanks anything shaped like a CPR number (over-eager on purpose) and every registered secret. */
export function scrub(text: string): string {
  let out = text.replace(/(?<!\d)\d{6}-?\d{4}(?!\d)/g, '[removed]');
  for (const secret of secrets) out = out.split(secret).join('[secret]');
  return out;
}

/** Name and message of an error (scrubbed); stacks stay out: they can quote data. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return scrub(`${error.name}: ${error.message}`);
  return scrub(typeof error === 'string' ? error : 'non-error value thrown');
}

export function logEvent(level: LogLevel, message: string, fields: Record<string, LogValue> = {}): void {
  const record: LogRecord = { level, message: scrub(message), ...scope.getStore() };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) record[key] = typeof value === 'string' ? scrub(value) : value;
  }
  for (const sink of sinks) sink(record);
  if (started) emitToOpenTelemetry(record);
  else writeToConsole(record);
}

/** For tests: every record from now on, until the returned function is called. */
export function captureLogs(): { records: LogRecord[]; stop: () => void } {
  const records: LogRecord[] = [];
  const sink = (record: LogRecord) => records.push(record);
  sinks.push(sink);
  return { records, stop: () => (sinks = sinks.filter((s) => s !== sink)) };
}

/** The bot's logger (bot/maalbot.ts BotLog) on top of this one; details are reduced to error names and messages. */
export function botLog(level: 'information' | 'warning' | 'error', message: string, ...details: unknown[]): void {
  const detail = details.map((d) => (d instanceof Error || typeof d === 'string' ? describeError(d) : typeof d)).join('; ');
  logEvent(level === 'information' ? 'info' : level, `[bot] ${message}`, detail ? { detail } : {});
}

export interface TelemetrySettings {
  connectionString?: string;
  /** The user-assigned managed identity: Application Insights has local (key) auth turned off. */
  managedIdentityClientId?: string;
}

/**
 * Starts the Azure Monitor OpenTelemetry distro: traces of outgoing HTTP calls (Cosmos DB, the Bot
 * Connector; seen only with the loader hook of telemetry-loader.ts), and this module's logs as log
 * records. Does nothing without a connection string, and nothing the second time.
 */
export async function startTelemetry(settings: TelemetrySettings): Promise<boolean> {
  if (started || !settings.connectionString) return false;
  const [{ useAzureMonitor }, { ManagedIdentityCredential }] = await Promise.all([import('@azure/monitor-opentelemetry'), import('@azure/identity')]);
  useAzureMonitor({
    azureMonitorExporterOptions: {
      connectionString: settings.connectionString,
      ...(settings.managedIdentityClientId ? { credential: new ManagedIdentityCredential({ clientId: settings.managedIdentityClientId }) } : {}),
    },
    instrumentationOptions: { http: { enabled: true }, azureSdk: { enabled: true } },
    // Live Metrics would open its own channel to Microsoft; the app's telemetry is what is asked for.
    enableLiveMetrics: false,
  });
  started = true;
  logEvent('info', 'Telemetry to Application Insights started.');
  return true;
}

/**
 * Sends what is still buffered and stops the exporters: the batch processors otherwise hold the last
 * few seconds of spans and logs, which a process that is ending (the local host on Ctrl-C) would lose.
 */
export async function stopTelemetry(): Promise<void> {
  if (!started) return;
  const { shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  await shutdownAzureMonitor();
  started = false;
}

const SEVERITY: Record<LogLevel, SeverityNumber> = {
  debug: SeverityNumber.DEBUG,
  info: SeverityNumber.INFO,
  warning: SeverityNumber.WARN,
  error: SeverityNumber.ERROR,
};

function emitToOpenTelemetry(record: LogRecord): void {
  const { level, message, ...attributes } = record;
  logs.getLogger('maalbot').emit({
    severityNumber: SEVERITY[level],
    severityText: level.toUpperCase(),
    body: message,
    attributes: Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>,
  });
}

function writeToConsole(record: LogRecord): void {
  const line = JSON.stringify(record);
  if (record.level === 'error') console.error(line);
  else if (record.level === 'warning') console.warn(line);
  else console.info(line);
}
