/**
 * `npm run ask -- "question"` [--then "follow-up"]… [--lang da|en] [--org id] [--json]: prints the answer from
 * the local store (opened and seeded the way `npm start` does), then its figures, working and alternatives.
 * Each --then is asked next in the same conversation ("og i 2019?", "hvad med Viborg?").
 */
import { loadConfig } from '../config.js';
import { answerQuestion } from '../query/index.js';
import { openStore } from '../store/index.js';
import { seedIfEmpty } from '../store/seed.js';

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

const config = loadConfig();
const store = await openStore(config);
try {
  await seedIfEmpty(store);
  let context: string | undefined;
  for (const question of [q, ...followUps]) {
    const answer = await answerQuestion(store, { q: question, ...(org ? { org } : {}), ...(lang ? { lang: lang as 'da' | 'en' } : {}), ...(context ? { context } : {}) }, { homeOrg: config.homeOrg });
  context = answer.context;
  if (json) console.log(JSON.stringify(answer, null, 2));
  else {
    if (followUps.length) console.log(`> ${question}`);
    console.log(answer.text);
    for (const f of answer.figures) console.log(`  ${f.value} ${f.unit} · ${f.kpi} · ${f.org} · ${f.period} · ${f.kind} · ${f.source}`);
    if (answer.calculation) console.log(`  = ${answer.calculation.expression}`);
    for (const a of answer.alternatives) console.log(`  → ${a.label}: "${a.q}"`);
  }
  }
} finally {
  await store.close();
}
