/**
 * Reads the StrykerJS JSON reports in reports/mutation/ and rewrites the README's mutation score table
 * between its markers, with the mutants judged equivalent (stryker/equivalent.json) listed and left out
 * of the score. `node stryker/score.mjs --survivors [folder]` prints the undecided survivors instead.
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), equivalent mutants left out;
 * mutants that do not compile, and static ones (ignoreStatic, see stryker.config.mjs), count nowhere.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { folders } from './folders.mjs';

const root = new URL('../', import.meta.url);
const equivalents = JSON.parse(readFileSync(new URL('stryker/equivalent.json', root), 'utf8'));
const START = '<!-- mutation-score:start -->';
const END = '<!-- mutation-score:end -->';

/** The source text a mutant replaces (report locations are 1-based lines and columns). */
function original(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

function equivalentFor(file, mutant, text) {
  return equivalents.find(
    (e) =>
      e.file === file &&
      e.mutator === mutant.mutatorName &&
      e.original === text &&
      e.replacement === mutant.replacement &&
      // A line, when given, tells apart two mutants of the same text in one file (only one of them equivalent).
      (e.line === undefined || e.line === mutant.location.start.line),
  );
}

function summarise(folder) {
  const reportUrl = new URL(`reports/mutation/${folder.name}.json`, root);
  if (!existsSync(reportUrl)) return undefined;
  const report = JSON.parse(readFileSync(reportUrl, 'utf8'));
  const meta = JSON.parse(readFileSync(new URL(`reports/mutation/${folder.name}.run.json`, root), 'utf8'));
  const counts = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, equivalent: 0, invalid: 0, ignored: 0 };
  const survivors = [];
  const equivalent = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    // An incremental report may carry results kept from an earlier part's files: count the part's own only.
    if (meta.only && !meta.only.some((g) => file === g || matchesGlob(file, g))) continue;
    for (const mutant of mutants) {
      counts.mutants++;
      const text = original(source, mutant.location);
      if (mutant.status === 'Killed') counts.killed++;
      else if (mutant.status === 'Timeout') counts.timeout++;
      else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        const known = equivalentFor(file, mutant, text);
        if (known) {
          counts.equivalent++;
          equivalent.push({ file, line: mutant.location.start.line, mutant, text, reason: known.reason });
        } else {
          counts[mutant.status === 'Survived' ? 'survived' : 'noCoverage']++;
          survivors.push({ file, line: mutant.location.start.line, mutant, text });
        }
      } else if (mutant.status === 'Ignored') counts.ignored++;
      else counts.invalid++;
    }
  }
  const detected = counts.killed + counts.timeout;
  const score = (100 * detected) / (detected + counts.survived + counts.noCoverage);
  return { folder, meta, counts, score, survivors, equivalent };
}

const oneLine = (text) => text.replace(/\s+/g, ' ').slice(0, 60);

if (process.argv[2] === '--survivors') {
  for (const folder of folders.filter((f) => !process.argv[3] || f.name === process.argv[3])) {
    for (const s of summarise(folder)?.survivors ?? []) {
      console.log(`${s.file}:${s.line} ${s.mutant.status} ${s.mutant.mutatorName}: ${oneLine(s.text)} → ${oneLine(s.mutant.replacement ?? '')}`);
    }
  }
  process.exit(0);
}

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block to rewrite`);
const oldBlock = readme.slice(from, to).split('\n');

/** The files of a table row: a part's list, or the folder's glob. */
const rowFiles = (row) => (row.split('|')[1]?.trim() ?? '').split(' (part of ')[0].split(', by ')[0].split(' ');

/**
 * The rows (and equivalent-mutant lines) the README already gives a folder that this rewrite keeps: all of
 * them when the folder was measured elsewhere (its report is not in this checkout's reports/mutation/),
 * so one person's run does not erase another's; beside a fresh part, the earlier parts that share no file
 * with it, so the parts of a folder measured one by one add up.
 */
function previous(folder, fresh) {
  const glob = folder.mutate.join(' ');
  const freshFiles = fresh?.meta.only;
  const rows = oldBlock.filter((line) => {
    const first = line.split('|')[1]?.trim() ?? '';
    if (first !== glob && !first.includes(`(part of ${glob})`)) return false;
    if (!fresh) return true;
    return freshFiles !== undefined && first !== glob && !rowFiles(line).some((f) => freshFiles.includes(f));
  });
  const files = rows.flatMap(rowFiles);
  const keptFile = (file) =>
    rows.some((row) => row.split('|')[1]?.trim() === glob)
      ? folder.mutate.some((g) => !g.startsWith('!') && matchesGlob(file, g)) && !folder.mutate.some((g) => g.startsWith('!') && matchesGlob(file, g.slice(1)))
      : files.includes(file);
  const equivalent = oldBlock.filter((line) => {
    const file = /^- `([^:`]+):\d+`/.exec(line)?.[1];
    return file !== undefined && keptFile(file);
  });
  const undecided = rows.reduce((n, row) => {
    const cells = row.split('|').map((c) => c.trim());
    return n + Number(cells[5]) + Number(cells[6]);
  }, 0);
  return { folder, rows, equivalent, undecided };
}

// `node stryker/score.mjs [folder ...]` (as `npm run mutate` calls it): only those folders' reports are
// read, as reports/mutation/ may be shared with others measuring other folders.
const named = process.argv.slice(2);
const results = folders.filter((f) => named.length === 0 || named.includes(f.name)).map(summarise).filter(Boolean);
const kept = folders.map((f) => previous(f, results.find((r) => r.folder === f)));
const fresh = new Map(results.map(({ folder, meta, counts, score }) => [folder,
  `| ${meta.only ? `${meta.only.join(' ')} (part of ${folder.mutate.join(' ')})` : folder.mutate.join(' ')}${meta.tests ? `, by ${meta.tests.join(' ')} only (a lower bound)` : ''} | ${counts.mutants} | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.equivalent} | ${counts.invalid} | ${counts.ignored} | **${score.toFixed(1)} %** | ${meta.date}, ${meta.commit} |`]));
const rows = folders.flatMap((f, i) => [...kept[i].rows, ...(fresh.has(f) ? [fresh.get(f)] : [])]);
const notRun = folders.filter((f, i) => !fresh.has(f) && kept[i].rows.length === 0).map((f) => f.name);
const equivalentLines = folders.flatMap((f, i) => {
  const result = results.find((r) => r.folder === f);
  const now = (result?.equivalent ?? []).map((e) => `- \`${e.file}:${e.line}\` ${e.mutant.mutatorName} \`${oneLine(e.text)}\` → \`${oneLine(e.mutant.replacement ?? '')}\`: ${e.reason}`);
  return [...kept[i].equivalent, ...now];
});
const undecided = results.reduce((n, r) => n + r.survivors.length, 0) + kept.reduce((n, k) => n + k.undecided, 0);
const block = [
  START,
  '| mutated | mutants | killed | timeout | survived | no coverage | equivalent | does not compile | static (not run) | score | run (date, commit) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  notRun.length ? `Not run yet: ${notRun.join(', ')}.` : 'Every core folder has been run.',
  `Survivors not yet killed or judged equivalent: ${undecided} (\`node stryker/score.mjs --survivors\` lists those of the reports in reports/mutation/).`,
  '',
  equivalentLines.length ? 'Survivors judged equivalent (no test can tell them apart from the code):' : 'No survivor is judged equivalent.',
  '',
  ...equivalentLines,
  END,
].join('\n');

writeFileSync(readmeUrl, readme.slice(0, from) + block + readme.slice(to + END.length));
console.log(block);
