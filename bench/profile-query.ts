/**
 * Profiles the local host answering /api/query (seed data, or the 100,000-figure store with --big):
 * runs the host with --cpu-prof, sends the questions, stops it, and prints where its CPU time went.
 *
 *   npx tsx bench/profile-query.ts [--big] [--first-time] [--count 3000]
 *
 * --first-time: every question is a new one (generated questions only), the path a cache cannot help.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatedQuestions, writeGeneratedData, writeSeedData } from './support/generated-data.js';
import { startHostProcess } from './support/host-process.js';
import { httpClient } from './support/http-client.js';
import { summariseProfile } from './support/cpu-profile.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { big: { type: 'boolean', default: false }, count: { type: 'string', default: '3000' }, 'first-time': { type: 'boolean', default: false } } });
const dataDir = await mkdtemp(path.join(tmpdir(), 'maalbot-profile-'));
const profileDir = await mkdtemp(path.join(tmpdir(), 'maalbot-cpuprofile-'));
try {
  if (values.big) await writeGeneratedData(dataDir);
  else await writeSeedData(dataDir);
  const questions = values['first-time']
    ? generatedQuestions(Number(values.count))
    : values.big
    ? generatedQuestions(500)
    : (JSON.parse(readFileSync(path.join(root, 'test/query/sets/project-2026.json'), 'utf8')) as { q: string }[]).map((q) => q.q);
  const host = await startHostProcess(dataDir, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const client = httpClient(host.url);
  for (let i = 0; i < Number(values.count); i++) {
    await client.get('/api/health');
    await client.post('/api/query', { q: questions[i % questions.length] });
  }
  client.close();
  await host.stop();
  // The host's main thread writes the largest profile (tsx's loader thread writes a small one).
  const files = readdirSync(profileDir).map((f) => path.join(profileDir, f));
  const main = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
  console.log(summariseProfile(JSON.parse(readFileSync(main, 'utf8')), 45));
} finally {
  await rm(dataDir, { recursive: true, force: true });
  await rm(profileDir, { recursive: true, force: true });
}
