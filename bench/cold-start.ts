/**
 * Cold start: how long a fresh Node process takes to import the built Functions entry point, against
 * importing botbuilder alone, both in fresh child processes, alternating, so the two see the same disk
 * cache and machine load. The child prints only the import time it measured itself.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Import time in ms of `specifier` in a fresh process started in `cwd`. */
export function importTime(specifier: string, cwd: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t)); process.exit(0);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    // As in Azure: the entry point must not find a local store or telemetry settings to act on.
    env: { PATH: process.env.PATH ?? '', MAALBOT_MODE: 'local', NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = Number(result.stdout.trim().split('\n').pop());
  if (result.status !== 0 || !Number.isFinite(ms)) throw new Error(`importing ${specifier} failed: ${result.stderr || result.stdout}`);
  return ms;
}

export interface ColdStartRun {
  entry: number;
  botbuilder: number;
}

export function measureColdStart(entryFile: string, cwd: string, runs: number): ColdStartRun[] {
  const entry = pathToFileURL(entryFile).href;
  // One of each first, unmeasured: the first process to read the files pays for the disk.
  importTime(entry, cwd);
  importTime('botbuilder', cwd);
  const out: ColdStartRun[] = [];
  for (let i = 0; i < runs; i++) out.push({ botbuilder: importTime('botbuilder', cwd), entry: importTime(entry, cwd) });
  return out;
}
