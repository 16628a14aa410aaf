/**
 * npm run digest -- --as-of 2018-09-03 [--org aabenraa] [--lang en] --dry-run   prints the digests as text
 * npm run digest -- --as-of 2018-09-03 [--org aabenraa] --send                  sends them (exactly once per week)
 *
 * Without subscriptions for the organisation, a dry run previews the organisation-wide digest. Beside a
 * running `npm start` a dry run reads a copy of its data folder; sending is left to the running host.
 */
import { parseArgs } from 'node:util';
import { buildFromStore } from '../digest/build.js';
import { deliverDigests } from '../digest/deliver.js';
import { composeDigest, reportLine } from '../digest/run.js';
import { instantOf } from '../digest/local-time.js';
import { periodOf, type DueDigest } from '../digest/schedule.js';
import { digestText } from '../digest/text.js';
import type { Subscription } from '../domain/model.js';
import { appFor } from '../app.js';
import { useRuntime } from '../runtime.js';
import { seedAtStart } from '../store/seed.js';
import { runWithStore } from './run-cli.js';

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string' },
    org: { type: 'string' },
    lang: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    send: { type: 'boolean', default: false },
  },
});

const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail('--as-of must be a date, YYYY-MM-DD');
if (values['dry-run'] === values.send) fail('say --dry-run or --send');
const lang = values.lang === 'en' ? 'en' : values.lang === 'da' || values.lang === undefined ? undefined : fail('--lang is da or en');

await runWithStore(
  async (store, config) => {
    // As `npm start` and the timers do: an empty store gets the seed data, and the app uses this store.
    await seedAtStart(store);
    useRuntime({ config, store });
    const out: string[] = [];
    const all = await store.subscriptions.findAll({ where: { active: true } });
    const org = values.org;
    let subscriptions: Subscription[] = all.filter((s) => !org || s.orgId === org || s.caseIds.some((id) => id.startsWith(`${org}.`)));
    if (!subscriptions.length && values['dry-run'] && org) subscriptions = [preview(org)];
    if (!subscriptions.length) out.push('No active subscriptions match.');
    if (lang) subscriptions = subscriptions.map((s) => ({ ...s, language: lang }));
    const period = periodOf(asOf);
    if (values['dry-run']) {
      for (const s of subscriptions) {
        const built = await buildFromStore(store, s, { asOf, period });
        out.push(`── ${s.id} (${s.conversationId}) · ${period}\n${digestText(built.view)}\n`);
      }
      return out.join('\n');
    }
    const due: DueDigest[] = subscriptions.map((subscription) => ({
      subscription,
      period,
      localDate: asOf,
      at: instantOf(asOf, ...(subscription.time.split(':').map(Number) as [number, number]), subscription.timeZone),
    }));
    const report = await deliverDigests(due, { store, sender: appFor({ config, store }).sender, compose: (d) => composeDigest(store, d) });
    out.push(reportLine(report));
    for (const r of report.results.filter((x) => x.outcome !== 'sent')) out.push(`  ${r.subscriptionId}: ${r.outcome} (${r.reason})`);
    if (report.failed) process.exitCode = 1;
    return out.join('\n');
  },
  { readOnly: values['dry-run'], whatToDo: 'it sends the digests on their schedule itself; to send them by hand, stop it (Ctrl-C in its terminal) and run this again' },
);

function preview(orgId: string): Subscription {
  return {
    id: `preview.${orgId}`,
    conversationId: '(preview)',
    orgId,
    caseIds: [],
    weekday: 1,
    time: '08:00',
    timeZone: 'Europe/Copenhagen',
    language: 'da',
    active: true,
    createdBy: { id: 'cli' },
    createdAt: new Date(0).toISOString(),
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
