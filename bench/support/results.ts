/**
 * One row per figure the benchmark reports, printed as one table and written as JSON
 * (bench-results/<timestamp>.json, gitignored) so runs can be compared.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Spread } from './stats.js';

export interface Row {
  figure: string;
  /** The median over runs (or the single value of a count). */
  value: number;
  unit: string;
  spread?: Spread;
  /** Human-readable target, e.g. "≤ 2"; absent for figures reported without one. */
  target?: string;
  met?: boolean;
  note?: string;
}

export function row(figure: string, value: number, unit: string, options: { spread?: Spread; max?: number; min?: number; note?: string } = {}): Row {
  const r: Row = { figure, value, unit };
  if (options.spread) r.spread = options.spread;
  if (options.max !== undefined) {
    r.target = `≤ ${options.max}`;
    r.met = value <= options.max;
  } else if (options.min !== undefined) {
    r.target = `≥ ${options.min}`;
    r.met = value >= options.min;
  }
  if (options.note) r.note = options.note;
  return r;
}

/** A figure that could not be measured: reported as missed, with the reason. */
export function failed(figure: string, reason: string, target?: string): Row {
  return { figure, value: Number.NaN, unit: '', ...(target ? { target } : {}), met: false, note: reason };
}

const digits = (v: number) => (Number.isNaN(v) ? '–' : Math.abs(v) >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(2));

export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map((r) => {
    const value = `${digits(r.value)}${r.unit ? ` ${r.unit}` : ''}`;
    const range = r.spread && r.spread.runs > 1 ? `${digits(r.spread.min)}–${digits(r.spread.max)} (${r.spread.runs} runs)` : '';
    const met = r.met === undefined ? '' : r.met ? 'met' : 'MISSED';
    return [r.figure, value, range, r.target ?? '', met, r.note ?? ''];
  });
  const header = ['figure', 'value (median)', 'spread (min–max)', 'target', 'met', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

export async function writeResults(rows: readonly Row[], meta: Record<string, unknown>, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const at = new Date();
  const file = path.join(dir, `${at.toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  await writeFile(file, `${JSON.stringify({ at: at.toISOString(), machine, ...meta, rows }, null, 2)}\n`);
  return file;
}
