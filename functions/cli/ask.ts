/**
 * `npm run ask -- "question"` [--then "follow-up"]… [--lang da|en] [--org id] [--json]: prints the answer from
 * the local store (opened and seeded the way `npm start` does), then its figures, working and alternatives.
 * Each --then is asked next in the same conversation ("og i 2019?", "hvad med Viborg?"). Beside a running
 * `npm start` it asks that host (POST /api/query), which holds the store.
 */
import { answerQuestion } from '../query/index.js';
import { seedAtStart } from '../store/seed.js';
import { callHost } from './beside-host.js';
import { runWithStore } from './run-cli.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const followUps: string[] = [];
for (let f = flag('--then'); f !== undefined; f = flag('--then')) followUps.push(f);
const lang = flag('--lang');
const org = flag('--org');
const json = args.includes('--json');
const q = args.filter((a) => a !== '--json').join(' ').trim();
if (!q || (lang && lang !== 'da' && lang !== 'en')) {
  console.error('Usage: npm run ask -- "Hvad er Aabenraas budget til integration og enkeltydelser i 2019?" [--lang da|en] [--org id] [--json]');
  process.exit(2);
}

/** An answer as both the query engine and POST /api/query give it (the API calls the text `answer`). */
interface Answer {
  text?: string;
  answer?: string;
  figures: { value: number; unit: string; kpi: string; org: string; period: string; kind: string; source: string }[];
  calculation?: { expression: string };
  alternatives?: { label: string; q: string }[];
  context?: string;
}

/** Asks each question in turn, each with the previous answer's context, and prints the answers. */
async function conversation(askOne: (question: string, context: string | undefined) => Promise<Answer>): Promise<string> {
  const lines: string[] = [];
  let context: string | undefined;
  for (const question of [q, ...followUps]) {
    const answer = await askOne(question, context);
    context = answer.context;
    if (json) {
      lines.push(JSON.stringify(answer, null, 2));
      continue;
    }
    if (followUps.length) lines.push(`> ${question}`);
    lines.push(answer.text ?? answer.answer ?? '');
    for (const f of answer.figures) lines.push(`  ${f.value} ${f.unit} · ${f.kpi} · ${f.org} · ${f.period} · ${f.kind} · ${f.source}`);
    if (answer.calculation) lines.push(`  = ${answer.calculation.expression}`);
    for (const a of answer.alternatives ?? []) lines.push(`  → ${a.label}: "${a.q}"`);
  }
  return lines.join('\n');
}

const options = (question: string, context: string | undefined) => ({ q: question, ...(org ? { org } : {}), ...(lang ? { lang: lang as 'da' | 'en' } : {}), ...(context ? { context } : {}) });

await runWithStore(
  async (store, config) => {
    await seedAtStart(store);
    return conversation((question, context) => answerQuestion(store, options(question, context), { homeOrg: config.homeOrg }));
  },
  {
    viaHost: (url) =>
      conversation((question, context) =>
        callHost<Answer>(url, 'query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options(question, context)) }),
      ),
  },
);
