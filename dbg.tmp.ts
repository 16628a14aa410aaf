import { seededStore } from '/work/wt/query/test/query/support/seed-store.js';
import { getCatalogue } from '/work/wt/query/functions/query/catalogue.js';
import { readQuestion } from '/work/wt/query/functions/query/readings.js';
import { resolve } from '/work/wt/query/functions/query/resolve.js';
import { answerQuestion } from '/work/wt/query/functions/query/answer.js';
const store = await seededStore();
const cat = await getCatalogue(store);
for (const q of process.argv.slice(2)) {
  const f = readQuestion(q, undefined, cat.orgRefs, cat.caseRefs);
  console.log(q, JSON.stringify({ ...f, text: undefined }));
  const r = await resolve(store, cat, f, { home: 'aabenraa' });
  for (const c of r.ranked.slice(0, 5)) console.log('  ', c.kpi.id, c.org, c.score.toFixed(2), c.hit.coverage.toFixed(2), c.fitsKind, c.fitsPeriod);
  const a = await answerQuestion(store, { q });
  console.log('  =>', a.text.slice(0, 300), JSON.stringify(a.figures[0]));
}
