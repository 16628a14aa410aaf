/**
 * A/B of first-time question CPU between two source trees (say, a `git archive` of main and a worktree),
 * run alternately on one store so both see the same machine: per round, bench/first-time-cpu.ts in tree A
 * then in tree B (B first on odd rounds), and the ratio of their medians. Prints each round and the median
 * ratio with its min–max; then, since another process's work only ever adds to a question's CPU, each
 * question's least CPU over the rounds in each tree and the ratio of the medians of those (the steadier
 * figure on a loaded machine). Both trees need bench/first-time-cpu.ts and node_modules.
 *
 *   npx tsx bench/first-time-ab.ts --a /tmp/main-tree --b . --dir <store folder> --questions seed|generated [--count 300] [--rounds 7]
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './support/stats.js';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: '.' },
    dir: { type: 'string' },
    questions: { type: 'string', default: 'seed' },
    count: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '7' },
  },
});
if (!values.a || !values.dir) throw new Error('--a (the tree to compare with) and --dir (the store folder) are required');

interface Run {
  p25: number;
  p50: number;
  p75: number;
  totalMs: number;
  /** Each question's CPU in µs, in the order asked (absent from an older first-time-cpu.ts). */
  each?: number[];
}

function run(tree: string): Run {
  const out = execFileSync('node', ['--import', 'tsx', 'bench/first-time-cpu.ts', '--dir', path.resolve(values.dir!), '--questions', values.questions!, '--count', values.count!], {
    cwd: path.resolve(tree),
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

const ratios: number[] = [];
/** Each round's per-question CPU, per tree. */
const rounds: Record<'a' | 'b', number[][]> = { a: [], b: [] };
const keepLeast = (side: 'a' | 'b', each: number[] = []) => each.length && rounds[side].push(each);
const totals: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const [first, second] = r % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
  const got = { [first]: run(values[first]!), [second]: run(values[second]!) } as Record<'a' | 'b', Run>;
  ratios.push(got.b.p50 / got.a.p50);
  keepLeast('a', got.a.each);
  keepLeast('b', got.b.each);
  totals.push(got.b.totalMs / got.a.totalMs);
  console.log(`round ${r + 1}: A p50 ${got.a.p50} µs (total ${got.a.totalMs.toFixed(0)} ms), B p50 ${got.b.p50} µs (total ${got.b.totalMs.toFixed(0)} ms), B/A ${ratios.at(-1)!.toFixed(2)}`);
}
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}, ${xs.length} rounds)`;
console.log(`B/A median of per-question CPU p50: ${fmt(ratios)}; of total CPU: ${fmt(totals)}`);
/** The median over questions of each one's least CPU in the rounds picked. */
const leastOf = (side: 'a' | 'b', picked: number[]) => median(rounds[side][0]!.map((_, i) => Math.min(...picked.map((r) => rounds[side][r]![i]!))));
if (rounds.a.length && rounds.b.length) {
  const all = rounds.a.map((_, r) => r);
  const [a, b] = [leastOf('a', all), leastOf('b', all)];
  // How far that ratio moves with the rounds it is taken over: rounds drawn again with replacement (same draw for both trees).
  const drawn: number[] = [];
  const random = ((s: number) => () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)(17);
  for (let n = 0; n < 200; n++) {
    const picked = all.map(() => Math.floor(random() * all.length));
    drawn.push(leastOf('b', picked) / leastOf('a', picked));
  }
  drawn.sort((x, y) => x - y);
  console.log(`median over questions of each one's least CPU: A ${a.toFixed(0)} µs, B ${b.toFixed(0)} µs, B/A ${(b / a).toFixed(2)} (rounds redrawn 200 times: 5–95 % ${drawn[10]!.toFixed(2)}–${drawn[189]!.toFixed(2)})`);
}
