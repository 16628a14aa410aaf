/**
 * One delivery run in its own process, for the exactly-once test: every active subscription's digest for
 * one period, sent to the fake connector, progress printed one line per settled delivery so the test can
 * kill this process in the middle.
 *
 *   node --import tsx delivery-child.ts <dataDir> <leaseMs> <lookup: yes|no>
 */
import { ConnectorSender } from '../../../functions/digest/connector-sender.js';
import { deliverDigests } from '../../../functions/digest/deliver.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';

const [dir, lease, lookup] = process.argv.slice(2);
const store = await openEmbeddedStore({ dir: dir! });
const subscriptions = await store.subscriptions.findAll({ where: { active: true } });
const due = subscriptions.map((subscription) => ({ subscription, period: '2026-W48', localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') }));
const report = await deliverDigests(due, {
  store,
  sender: new ConnectorSender({ lookup: lookup === 'yes' }),
  compose: async (d) => ({
    activity: { text: `Digest for ${d.subscription.id}`, card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: d.subscription.id }] } },
    milestones: [{ id: `${d.subscription.id}~goal-achieved~g1`, audienceId: d.subscription.id, rule: 'goal-achieved', subjectId: 'g1' }],
  }),
  leaseMs: Number(lease),
  concurrency: 32,
  onSettled: (r) => console.log(`settled ${r.outcome} ${r.deliveryId}${r.resumed ? ' resumed' : ''}`),
});
console.log(`done ${JSON.stringify({ ...report, results: undefined })}`);
await store.close();
