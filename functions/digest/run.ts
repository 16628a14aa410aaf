/**
 * One delivery run: the subscriptions due at an instant, each digest built and sent exactly once, a report
 * to the log and, where something went wrong, to each affected subscription's owner in their personal chat.
 */
import { digestCard } from '../../cards/digest-card.js';
import type { Store } from '../store/store.js';
import { buildFromStore } from './build.js';
import { digestButtons } from './buttons.js';
import { deliverDigests, type ComposedDigest, type DeliverOptions, type DeliveryReport, type Log } from './deliver.js';
import { dueSubscriptions, type DueDigest, type DueOptions } from './schedule.js';
import type { Sender } from './sender.js';
import { digestSummary } from './text.js';

export async function composeDigest(store: Store, due: DueDigest): Promise<ComposedDigest> {
  const built = await buildFromStore(store, due.subscription, { asOf: due.localDate, period: due.period });
  const card = digestCard({ ...built.view, buttons: digestButtons(built.view) });
  return { activity: { text: digestSummary(built.view), card }, milestones: built.milestones };
}

export interface RunOptions extends Partial<Omit<DeliverOptions, 'store' | 'sender' | 'compose'>>, DueOptions {
  log: Log;
}

/**
 * How long a timer run may start deliveries. host.json's functionTimeout is 5 minutes and the host ends a
 * run there without warning; the rest is room for requests already under way (each bounded by the
 * sender's timeout and recorded at once), the owners' reports and the log.
 */
export const RUN_BUDGET_MS = 3 * 60_000;

export async function runDueDigests(store: Store, sender: Sender, instant: Date, options: RunOptions): Promise<DeliveryReport> {
  const subscriptions = await store.subscriptions.findAll({ where: { active: true } });
  const due = dueSubscriptions(subscriptions, instant, options);
  const report = await deliverDigests(due, { ...options, store, sender, compose: (d) => composeDigest(store, d) });
  options.log(report.failed ? 'warning' : 'information', reportLine(report));
  for (const r of report.results.filter((x) => x.outcome === 'failed')) options.log('warning', `Digest ${r.deliveryId} failed: ${r.reason}`);
  await reportToOwners(store, sender, due, report, options.log);
  return report;
}

export function reportLine(report: DeliveryReport): string {
  return `Digests: ${report.due} due, ${report.sent} sent, ${report.failed} failed, ${report.skipped} skipped (already handled), ${report.deferred} left for the next run (deadline), ${report.throttled} throttled (429), ${report.resumed} resumed after a crash.`;
}

/** Owners hear about failures and throttling of their subscriptions; a run where all went well is only logged. */
async function reportToOwners(store: Store, sender: Sender, due: readonly DueDigest[], report: DeliveryReport, log: Log): Promise<void> {
  const owners = new Map<string, { lang: 'da' | 'en'; failed: string[]; throttled: number; sent: number }>();
  const subscriptionById = new Map(due.map((d) => [d.subscription.id, d.subscription]));
  for (const r of report.results) {
    const s = subscriptionById.get(r.subscriptionId);
    if (!s || r.outcome === 'skipped') continue;
    const o = owners.get(s.createdBy.id) ?? { lang: s.language, failed: [], throttled: 0, sent: 0 };
    if (r.outcome === 'failed') o.failed.push(`${s.conversationId}: ${r.reason}`);
    if (r.outcome === 'sent') o.sent += 1;
    o.throttled += r.throttled;
    owners.set(s.createdBy.id, o);
  }
  const problems = [...owners].filter(([, o]) => o.failed.length > 0);
  if (!problems.length) return;
  const personal = await store.conversations.findAll({ where: { scope: 'personal', active: true } });
  for (const [ownerId, o] of problems) {
    const chat = personal.find((c) => c.addedBy?.id === ownerId || (c.reference.user as { id?: string } | undefined)?.id === ownerId);
    const text =
      o.lang === 'da'
        ? `Ugens mål-oversigt: ${o.sent} sendt, ${o.failed.length} fejlede, ${o.throttled} gange bremset af Teams.\n${o.failed.join('\n')}`
        : `This week's goal digest: ${o.sent} sent, ${o.failed.length} failed, throttled ${o.throttled} times by Teams.\n${o.failed.join('\n')}`;
    if (!chat) {
      log('warning', `No personal chat with subscription owner ${ownerId} to report to: ${text}`);
      continue;
    }
    await sender.send(chat.reference, { text }).catch((error: unknown) => log('warning', `Could not report to owner ${ownerId}: ${String(error)}`));
  }
}
