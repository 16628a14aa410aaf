/**
 * The digest fan-out benchmark (bench/digest-fanout.ts, the digest engineer's) run in its own process
 * and its printed report read back: throughput as a fraction of the ceiling, lost and duplicated.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'digest-fanout.ts');

export interface FanoutRun {
  conversations: number;
  ratio: number;
  lost: number;
  duplicated: number;
  failed: number;
  seconds: number;
}

export function runFanout(conversations: number): Promise<FanoutRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--conversations', String(conversations)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const num = (re: RegExp) => {
        const m = re.exec(out);
        if (!m) throw new Error(`digest-fanout.ts printed no ${re.source}:\n${out}`);
        return Number(m[1]);
      };
      try {
        resolve({
          conversations,
          ratio: num(/throughput ratio ([\d.]+)/),
          lost: num(/lost (\d+)/),
          duplicated: num(/duplicated (\d+)/),
          failed: num(/failed (\d+)/),
          seconds: num(/conversations in ([\d.]+) s/),
        });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
