import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromStore, casesWithin, isoWeekMonday, previousDigestDate } from '../../functions/digest/build.js';
import { deliverDigests } from '../../functions/digest/deliver.js';
import { composeDigest } from '../../functions/digest/run.js';
import type { Sender } from '../../functions/digest/sender.js';
import { digestText } from '../../functions/digest/text.js';
import type { Subscription } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const sub = (partial: Partial<Subscription> = {}): Subscription => ({
  id: 'sub-aabenraa', conversationId: 'conv-aabenraa', orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
  language: 'da', active: true, createdBy: { id: 'owner' }, createdAt: '2018-01-01T00:00:00Z', ...partial,
});

describe('building a digest from the seed data', () => {
  it('Aabenraa on 3 September 2018 celebrates KIK II’s 408 self-supporting citizens and reports every KIK II goal', async () => {
    const built = await buildFromStore(store, sub(), { asOf: '2018-09-03' });
    expect(built.view.period).toBe('2018-W36');
    expect(built.view.celebrations.some((c) => /408/.test(c.text) && /KIK II/.test(c.text))).toBe(true);
    const kik2Goals = (await store.goals.findAll({ partitionKey: 'aabenraa' })).filter((g) => g.caseId === 'aabenraa.kik-ii').map((g) => g.id).sort();
    const shown = built.view.cases.flatMap((c) => c.goals).map((g) => g.goalId);
    expect(kik2Goals.length).toBeGreaterThanOrEqual(4);
    for (const id of kik2Goals) expect(shown).toContain(id);
    const text = digestText(built.view);
    expect(text.indexOf('408')).toBeLessThan(text.indexOf('KIK II –'));
  });

  it('a goal whose KPI is gone is left out, and the rest of the digest still arrives', async () => {
    const orphan = { ...(await store.goals.findAll({ partitionKey: 'aabenraa' }))[0]!, id: 'aabenraa.orphan-goal', kpiId: 'aabenraa.no-such-kpi' };
    const { _etag, ...goal } = orphan;
    void _etag;
    await store.goals.create(goal);
    try {
      const built = await buildFromStore(store, sub(), { asOf: '2018-09-03' });
      const shown = built.view.cases.flatMap((c) => c.goals).map((g) => g.goalId);
      expect(shown).not.toContain('aabenraa.orphan-goal');
      expect(built.view.celebrations.some((c) => /408/.test(c.text))).toBe(true);
    } finally {
      await store.goals.delete('aabenraa.orphan-goal', 'aabenraa');
    }
  });

  it('a case subscription shows that case and the cases under it, nothing else', async () => {
    const built = await buildFromStore(store, sub({ orgId: undefined, caseIds: ['aabenraa.kik'] }), { asOf: '2018-09-03' });
    const cases = new Set(built.view.cases.map((c) => c.caseId));
    expect(cases.has('aabenraa.kik')).toBe(true);
    expect(cases.has('aabenraa.kik-ii')).toBe(false);
    expect([...cases].every((id) => id === 'aabenraa.kik' || id?.startsWith('aabenraa.kik.'))).toBe(true);
  });

  it('celebrates a milestone once: after the digest is sent, next week’s digest does not repeat it', async () => {
    const s = sub({ id: 'sub-once', conversationId: 'conv-once' });
    await store.conversations.upsert({ id: 'conv-once', reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'conv-once' } }, scope: 'team', addedAt: '2018-01-01T00:00:00Z', active: true });
    const sent: string[] = [];
    const sender: Sender = { send: async (_r, a) => (sent.push(a.text), { activityId: `a${sent.length}` }) };
    const due = { subscription: s, period: '2018-W36', localDate: '2018-09-03', at: new Date('2018-09-03T06:00:00Z') };
    const report = await deliverDigests([due], { store, sender, compose: (d) => composeDigest(store, d) });
    expect(report.sent).toBe(1);
    const milestones = await store.milestones.findAll({ partitionKey: 'sub-once' });
    expect(milestones.length).toBeGreaterThan(0);

    const nextWeek = await buildFromStore(store, s, { asOf: '2018-09-10' });
    expect(nextWeek.view.since).toBe('2018-09-03');
    expect(nextWeek.view.celebrations.some((c) => /408/.test(c.text))).toBe(false);
    // Goals are still reported, with what changed since the last digest.
    expect(nextWeek.view.cases.flatMap((c) => c.goals).some((g) => g.changeText?.startsWith('Ingen nye tal siden 3. september 2018'))).toBe(true);
  });

  it('takes the previous digest’s date from the last sent delivery before this week', async () => {
    const s = sub({ id: 'sub-prev', weekday: 3 });
    const base = { subscriptionId: 'sub-prev', attempts: 1, createdAt: '2018-01-01T00:00:00Z', updatedAt: '2018-01-01T00:00:00Z' };
    await store.deliveries.create({ ...base, id: 'sub-prev~2018-W34', period: '2018-W34', status: 'sent' });
    await store.deliveries.create({ ...base, id: 'sub-prev~2018-W35', period: '2018-W35', status: 'failed' });
    expect(await previousDigestDate(store, s, '2018-W36', '2018-09-05')).toBe('2018-08-22');
    expect(await previousDigestDate(store, s, '2018-W34', '2018-08-22')).toBeUndefined();
  });

  it('finds the Monday of an ISO week and the cases under a case', () => {
    expect(isoWeekMonday('2018-W36')).toBe('2018-09-03');
    expect(isoWeekMonday('2026-W01')).toBe('2025-12-29');
    expect([...casesWithin([{ id: 'a.x' }, { id: 'a.x.y', parentId: 'a.x' }, { id: 'a.x.y.z', parentId: 'a.x.y' }, { id: 'a.w' }], ['a.x'])].sort()).toEqual(['a.x', 'a.x.y', 'a.x.y.z']);
  });
});
