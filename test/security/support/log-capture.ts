/**
 * Everything that could reach a log during a test: the product's structured records, anything written
 * to the console by any module (botbuilder included), and what handlers log through their context.
 */
import { inspect } from 'node:util';
import { vi } from 'vitest';
import { captureLogs } from '../../../functions/telemetry.js';

export interface LogCapture {
  /** All captured output as one text. */
  text(): string;
  /** For handlers' InvocationContext logs. */
  add(line: string): void;
  stop(): void;
}

export function captureAllLogs(): LogCapture {
  const lines: string[] = [];
  const records = captureLogs();
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6 }))).join(' '));
    }),
  );
  return {
    text: () => [...lines, ...records.records.map((r) => JSON.stringify(r))].join('\n'),
    add: (line) => lines.push(line),
    stop: () => {
      records.stop();
      for (const spy of spies) spy.mockRestore();
    },
  };
}
