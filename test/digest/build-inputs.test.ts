/**
 * build.ts rule by rule on a small hand-made store (the seed data is build.test.ts's): which cases, goals,
 * KPIs, figures and proposals a subscription's digest reads, the cases under a case however they are
 * listed, the previous digest's date, an ISO week's Monday, and the period and `since` a digest is built for.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, buildFromStore, casesWithin, isoWeekMonday, loadInputs, previousDigestDate } from '../../functions/digest/build.js';
import type { Case, Delivery, Goal, Kpi, Proposal, Subscription } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { cases, figures, goals, kpis, loadFixtures } from '../functions/fixtures.js';

let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digest-build-'));
  store = await openEmbeddedStore({ dir });
  await loadFixtures(store);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const sub = (partial: Partial<Subscription> = {}): Subscription => ({
  id: 'sub-1', conversationId: 'conv-1', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da', active: true,
  createdBy: { id: 'owner' }, createdAt: '2018-01-01T00:00:00Z', ...partial,
});

const subCase: Case = { id: 'aabenraa.kik.sub', orgId: 'aabenraa', title: 'Under KIK', kind: 'project', status: 'active', parentId: 'aabenraa.kik', effortTypes: [], aliases: [], published: true };
/** A KPI of the sub-case with no goal on it, and a goal of KIK on an organisation-wide KPI. */
const subCaseKpi: Kpi = { id: 'aabenraa.kik.sub.ledige', orgId: 'aabenraa', caseId: 'aabenraa.kik.sub', name: { da: 'Ledige', en: 'Unemployed' }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' };
const kikGoal: Goal = { id: 'aabenraa.kik.faerre', orgId: 'aabenraa', kpiId: 'aabenraa.kontanthjaelp', caseId: 'aabenraa.kik', level: 'end', title: { da: 'Færre', en: 'Fewer' }, target: 10, deadline: '2019' };
const actor = { id: 'u', kind: 'user' as const };
const proposal = (id: string, caseId?: string): Proposal => ({
  id, orgId: 'aabenraa', kind: 'priority', responsibleUnit: 'Jobcenter', title: id, effortTypes: [], economy: [], status: 'approved',
  submittedBy: actor, submittedAt: '2018-01-01T00:00:00Z', decisions: [], ...(caseId ? { caseId } : {}),
});

async function addKikRecords(): Promise<void> {
  await store.cases.upsert(subCase);
  await store.kpis.upsert(subCaseKpi);
  await store.goals.upsert(kikGoal);
  for (const p of [proposal('aabenraa.p-kik', 'aabenraa.kik'), proposal('aabenraa.p-sub', 'aabenraa.kik.sub'), proposal('aabenraa.p-kik-ii', 'aabenraa.kik-ii'), proposal('aabenraa.p-none')]) {
    await store.proposals.upsert(p);
  }
  // Another organisation's proposal, which no Aabenraa digest reads.
  await store.proposals.upsert({ ...proposal('viborg.p-1'), orgId: 'viborg' });
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describe('what a digest reads', () => {
  it('an organisation: all its cases, goals, KPIs (with or without a goal), their figures and its proposals', async () => {
    await addKikRecords();
    const inputs = await loadInputs(store, sub({ orgId: 'aabenraa' }));
    expect(inputs.organisation?.id).toBe('aabenraa');
    expect(ids(inputs.cases)).toEqual(['aabenraa.kik', 'aabenraa.kik-ii', 'aabenraa.kik.sub']);
    expect(ids(inputs.goals)).toEqual(['aabenraa.kik-ii.selvforsoergende-2019', 'aabenraa.kik.faerre']);
    expect(ids(inputs.kpis)).toEqual(['aabenraa.kik-ii.selvforsoergende', 'aabenraa.kik.sub.ledige', 'aabenraa.kontanthjaelp']);
    expect(ids(inputs.proposals)).toEqual(['aabenraa.p-kik', 'aabenraa.p-kik-ii', 'aabenraa.p-none', 'aabenraa.p-sub']);
    expect(inputs.figures).toEqual([]);
  });

  it('a case: it and the cases under it, their goals, the KPIs of those goals and of those cases, and their proposals only', async () => {
    await addKikRecords();
    const inputs = await loadInputs(store, sub({ caseIds: ['aabenraa.kik'] }));
    expect(inputs.organisation?.id).toBe('aabenraa');
    // Every case of the organisation is read (names of parents and siblings), but only the chosen ones' content.
    expect(ids(inputs.cases)).toEqual(['aabenraa.kik', 'aabenraa.kik-ii', 'aabenraa.kik.sub']);
    expect(ids(inputs.goals)).toEqual(['aabenraa.kik.faerre']);
    // The organisation-wide KPI because KIK's goal measures it; the sub-case's KPI though it has no goal.
    expect(ids(inputs.kpis)).toEqual(['aabenraa.kik.sub.ledige', 'aabenraa.kontanthjaelp']);
    expect(ids(inputs.proposals)).toEqual(['aabenraa.p-kik', 'aabenraa.p-sub']);
  });

  it('the figures of the KPIs kept, of every organisation that reports them, and no others', async () => {
    const inputs = await loadInputs(store, sub({ caseIds: ['viborg.unge'] }));
    expect(ids(inputs.kpis)).toEqual(['viborg.unge.fuldtidspersoner']);
    expect(ids(inputs.figures)).toEqual(ids(figures.filter((f) => f.kpiId === 'viborg.unge.fuldtidspersoner')));
    expect(ids(inputs.goals)).toEqual(['viborg.unge.faerre']);
  });

  it('reads the partitions of the subscription’s organisations only, each once, and is named by the first', async () => {
    const read: string[] = [];
    const cases = new Proxy(store.cases, {
      get: (target, prop, receiver) =>
        prop === 'findAll' ? (query: { partitionKey?: string }) => (read.push(String(query.partitionKey)), target.findAll(query)) : Reflect.get(target, prop, receiver),
    });
    await loadInputs({ ...store, cases } as Store, sub({ caseIds: ['aabenraa.kik', 'aabenraa.kik-ii'] }));
    const both = await loadInputs({ ...store, cases } as Store, sub({ orgId: 'viborg', caseIds: ['aabenraa.kik'] }));
    expect(read).toEqual(['aabenraa', 'viborg', 'aabenraa']);
    // The subscribed organisation names the digest, not the last one read.
    expect(both.organisation?.id).toBe('viborg');
  });

  it('the first organisation found names the digest; one that is gone names nothing', async () => {
    const inputs = await loadInputs(store, sub({ orgId: 'gone', caseIds: ['viborg.unge'] }));
    expect(inputs.organisation?.id).toBe('viborg');
    expect(await loadInputs(store, sub({ orgId: 'gone' }))).toStrictEqual({ cases: [], goals: [], kpis: [], figures: [], proposals: [] });
  });
});

describe('the cases under a case', () => {
  it('at any depth, however the list orders them, and only those', () => {
    const deepestFirst = [
      { id: 'a.x.y.z.w', parentId: 'a.x.y.z' },
      { id: 'a.x.y.z', parentId: 'a.x.y' },
      { id: 'a.x.y', parentId: 'a.x' },
      { id: 'a.x' },
      { id: 'a.v', parentId: 'a.u' },
      { id: 'a.u' },
    ];
    expect([...casesWithin(deepestFirst, ['a.x'])].sort()).toEqual(['a.x', 'a.x.y', 'a.x.y.z', 'a.x.y.z.w']);
    expect([...casesWithin(deepestFirst, ['a.x.y.z', 'a.u'])].sort()).toEqual(['a.u', 'a.v', 'a.x.y.z', 'a.x.y.z.w']);
    // A chosen case the list no longer holds stays chosen; nothing else is added.
    expect([...casesWithin(deepestFirst, ['a.gone'])]).toEqual(['a.gone']);
  });
});

describe('the previous digest', () => {
  const delivery = (id: string, period: string, status: Delivery['status']): Delivery => ({
    id, subscriptionId: 'sub-1', period, status, attempts: 1, createdAt: '2018-01-01T00:00:00Z', updatedAt: '2018-01-01T00:00:00Z',
  });

  it('is the latest sent delivery of an earlier period, whatever order the store lists them in, on the subscription’s weekday', async () => {
    // The store promises no order: the ids here sort against the periods.
    await store.deliveries.create(delivery('a', '2018-W34', 'sent'));
    await store.deliveries.create(delivery('b', '2018-W30', 'sent'));
    await store.deliveries.create(delivery('c', '2018-W35', 'failed'));
    await store.deliveries.create(delivery('d', '2018-W36', 'sent'));
    await store.deliveries.create(delivery('e', '2018-W37', 'sent'));
    const wednesday = sub({ weekday: 3 });
    // This week's own delivery (sent, say, by another run) is no previous digest.
    expect(await previousDigestDate(store, wednesday, '2018-W36', '2018-09-05')).toBe('2018-08-22');
    expect(await previousDigestDate(store, sub({ weekday: 1 }), '2018-W36', '2018-09-03')).toBe('2018-08-20');
    expect(await previousDigestDate(store, wednesday, '2018-W31', '2018-08-01')).toBe('2018-07-25');
    expect(await previousDigestDate(store, wednesday, '2018-W30', '2018-07-25')).toBeUndefined();
  });

  it('counts only if it was sent by the date the digest is built for', async () => {
    await store.deliveries.create(delivery('a', '2018-W34', 'sent'));
    const wednesday = sub({ weekday: 3 });
    expect(await previousDigestDate(store, wednesday, '2018-W36', '2018-08-22')).toBe('2018-08-22');
    expect(await previousDigestDate(store, wednesday, '2018-W36', '2018-08-21')).toBeUndefined();
  });
});

/** The ISO week of a date by the Thursday rule, written here independently of the code under test. */
function isoWeekOfDate(date: Date): string {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe('an ISO week’s Monday', () => {
  it('for every week from 1999 to 2041, years of 52 and 53 weeks alike', () => {
    let checked = 0;
    for (let t = Date.UTC(1999, 0, 4); t < Date.UTC(2041, 0, 1); t += 7 * 86_400_000) {
      const monday = new Date(t);
      expect(isoWeekMonday(isoWeekOfDate(monday))).toBe(monday.toISOString().slice(0, 10));
      checked++;
    }
    expect(checked).toBeGreaterThan(2_000);
  });

  it('refuses what is not an ISO week, naming it', () => {
    for (const bad of ['2018-36', '2018-W3', 'x2018-W36', '2018-W36x', '18-W36']) {
      expect(() => isoWeekMonday(bad), bad).toThrow(new RangeError(`not an ISO week: ${bad}`));
    }
  });
});

describe('the period and changes a digest is built for', () => {
  const inputs = () => ({ organisation: { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality' as const, aliases: [] }, cases: [...cases], goals: [...goals], kpis: [...kpis], figures: [...figures], proposals: [] });

  it('the ISO week of its date unless told, and changes since a date only when given one', () => {
    const s = sub({ orgId: 'viborg' });
    const plain = buildDigest(s, inputs(), [], { asOf: '2018-09-05' });
    expect(plain.view.period).toBe('2018-W36');
    expect(plain.view).not.toHaveProperty('since');
    expect(buildDigest(s, inputs(), [], { asOf: '2018-09-05', since: null }).view).not.toHaveProperty('since');
    const told = buildDigest(s, inputs(), [], { asOf: '2018-09-05', period: '2018-W35', since: '2018-08-29' });
    expect(told.view.period).toBe('2018-W35');
    expect(told.view.since).toBe('2018-08-29');
    // The goals say what changed since then; without a date, nothing.
    const changes = (built: typeof told) => built.view.cases.flatMap((c) => c.goals).map((g) => g.changeText);
    expect(changes(told)).toEqual(['Ingen nye tal siden 29. august 2018.', 'Ingen nye tal siden 29. august 2018.']);
    expect(changes(plain)).toEqual([undefined, undefined]);
  });

  it('judges each goal’s change since that date: a figure after it is counted', () => {
    const newer = { ...figures[0]!, id: 'viborg.unge.fuldtidspersoner~viborg~actual~2018-08', period: '2018-08', value: 1800 };
    const built = buildDigest(sub({ orgId: 'viborg' }), { ...inputs(), figures: [...figures, newer] }, [], { asOf: '2018-09-05', since: '2018-08-29' });
    const unge = built.view.cases.flatMap((c) => c.goals).find((g) => g.goalId === 'viborg.unge.faerre');
    expect(unge?.changeText).toMatch(/^Siden 29\. august 2018: −69 fuldtidspersoner \(bedre\)/);
  });

  it('names the organisation in a celebration outside any case', () => {
    const goal = { id: 'aabenraa.faerre-kontant', orgId: 'aabenraa', kpiId: 'aabenraa.kontanthjaelp', level: 'end' as const, title: { da: 'Færre', en: 'Fewer' }, target: 100, deadline: '2019' };
    const at = (period: string, value: number) => ({ ...figures[0]!, id: `aabenraa.kontanthjaelp~aabenraa~actual~${period}`, kpiId: 'aabenraa.kontanthjaelp', orgId: 'aabenraa', period, value });
    const aabenraa = { id: 'aabenraa', name: 'Aabenraa Kommune', kind: 'municipality' as const, aliases: [] };
    const built = buildDigest(sub({ orgId: 'aabenraa' }), { ...inputs(), organisation: aabenraa, goals: [...goals, goal], figures: [...figures, at('2018-06', 120), at('2018-08', 90)] }, [], { asOf: '2018-09-05' });
    expect(built.view.celebrations.map((c) => c.text)).toEqual(['Aabenraa Kommune har nået målet for kontanthjælpsmodtagere: 90 personer mod målet 100 personer. Godt gået!']);
  });

  it('leaves out a goal whose KPI is gone, and builds the rest', () => {
    const orphan = { ...goals[1]!, id: 'viborg.orphan', kpiId: 'viborg.no-such-kpi' };
    const built = buildDigest(sub({ orgId: 'viborg' }), { ...inputs(), goals: [...goals, orphan] }, [], { asOf: '2018-09-05' });
    expect(built.view.cases.flatMap((c) => c.goals).map((g) => g.goalId).sort()).toEqual(['aabenraa.kik-ii.selvforsoergende-2019', 'viborg.unge.faerre']);
  });

  it('from the store: the week of its date, and since the last digest sent before it', async () => {
    const s = sub({ orgId: 'viborg', weekday: 3 });
    await store.deliveries.create({ id: 'sub-1~2018-W35', subscriptionId: 'sub-1', period: '2018-W35', status: 'sent', attempts: 1, createdAt: '2018-08-29T06:00:00Z', updatedAt: '2018-08-29T06:00:00Z' });
    const built = await buildFromStore(store, s, { asOf: '2018-09-05' });
    expect(built.view.period).toBe('2018-W36');
    expect(built.view.since).toBe('2018-08-29');
    expect((await buildFromStore(store, s, { asOf: '2018-09-05', period: '2018-W35' })).view).toMatchObject({ period: '2018-W35' });
    expect((await buildFromStore(store, s, { asOf: '2018-09-05', period: '2018-W35' })).view).not.toHaveProperty('since');
  });

  it('from the store: leaves out only the celebrations recorded for this subscription, not another’s', async () => {
    await store.goals.upsert({ id: 'aabenraa.faerre-kontant', orgId: 'aabenraa', kpiId: 'aabenraa.kontanthjaelp', level: 'end', title: { da: 'Færre', en: 'Fewer' }, target: 100, deadline: '2019' });
    for (const [period, value] of [['2018-06', 120], ['2018-08', 90]] as const) {
      await store.figures.upsert({ ...figures[0]!, id: `aabenraa.kontanthjaelp~aabenraa~actual~${period}`, kpiId: 'aabenraa.kontanthjaelp', orgId: 'aabenraa', period, value });
    }
    const first = sub({ id: 'sub-1', orgId: 'aabenraa' });
    const second = sub({ id: 'sub-2', conversationId: 'conv-2', orgId: 'aabenraa' });
    const texts = async (s: Subscription) => (await buildFromStore(store, s, { asOf: '2018-09-05' })).view.celebrations.map((c) => c.text);
    const built = await buildFromStore(store, first, { asOf: '2018-09-05' });
    expect(built.view.celebrations.map((c) => c.text)).toEqual(['Aabenraa Kommune har nået målet for kontanthjælpsmodtagere: 90 personer mod målet 100 personer. Godt gået!']);
    expect(built.milestones.map((m) => m.audienceId)).toEqual(['sub-1']);
    // The first subscription's digest is sent and its celebration recorded: the second still gets it.
    for (const m of built.milestones) await store.milestones.create({ ...m, celebratedAt: '2018-09-05T06:00:00Z' });
    expect(await texts(first)).toEqual([]);
    expect(await texts(second)).toEqual(built.view.celebrations.map((c) => c.text));
  });
});
