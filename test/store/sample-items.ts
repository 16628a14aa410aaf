/**
 * One valid item per container, built from an id and a partition key, plus a change that keeps it valid:
 * what the contract suite writes. Kept apart so the suite reads as behaviour, not as fixtures.
 */
import type { ContainerName, EntityOf } from '../../functions/store/containers.js';

const at = '2026-01-05T08:00:00.000Z';
const actor = { id: 'contract', kind: 'system' } as const;

type Samples = { [C in ContainerName]: (id: string, pk: string) => EntityOf<C> };

export const sample: Samples = {
  organisations: (id) => ({ id, name: `Org ${id}`, kind: 'municipality', aliases: [] }),
  cases: (id, pk) => ({
    id,
    orgId: pk,
    title: 'Kontakt i kontanthjælp',
    kind: 'investment-strategy',
    status: 'active',
    effortTypes: ['tidlig'],
    aliases: ['KIK'],
    published: true,
    period: '2016--2019',
  }),
  kpis: (id, pk) => ({
    id,
    orgId: pk,
    name: { da: 'Fuldtidspersoner på forsørgelse', en: 'Full-time persons on benefits' },
    aliases: [],
    unit: 'full-time-persons',
    scale: 1,
    direction: 'lower-is-better',
  }),
  figures: (id, pk) => ({
    id,
    kpiId: pk,
    orgId: 'viborg',
    kind: 'actual',
    period: '2017-09',
    value: 1869,
    source: { document: '000_f8a057ffcc8f1d65.txt', locator: 'Status' },
    updatedAt: at,
    updatedBy: actor,
  }),
  goals: (id, pk) => ({
    id,
    orgId: pk,
    kpiId: 'aabenraa.kik-ii.kontaktforloeb',
    level: 'end',
    title: { da: 'Færre kontaktforløb', en: 'Fewer contact courses' },
    target: 783,
    deadline: '2022',
  }),
  proposals: (id, pk) => ({
    id,
    orgId: pk,
    kind: 'priority',
    responsibleUnit: 'Jobcentret',
    title: 'Håndholdt indsats',
    effortTypes: [],
    economy: [{ year: 2017, operatingCostChange: 500, benefitSaving: 1200, staffChange: 1 }],
    status: 'submitted',
    submittedBy: actor,
    submittedAt: at,
    decisions: [],
  }),
  conversations: (id) => ({
    id,
    reference: { conversation: { id }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    scope: 'personal',
    addedAt: at,
    active: true,
  }),
  subscriptions: (id, pk) => ({
    id,
    conversationId: pk,
    caseIds: [],
    weekday: 1,
    time: '08:00',
    timeZone: 'Europe/Copenhagen',
    language: 'da',
    active: true,
    createdBy: { id: 'u1' },
    createdAt: at,
  }),
  deliveries: (id, pk) => ({
    id,
    subscriptionId: pk,
    period: '2026-W02',
    status: 'pending',
    attempts: 0,
    createdAt: at,
    updatedAt: at,
  }),
  milestones: (id, pk) => ({ id, audienceId: pk, rule: 'goal-reached', subjectId: 'g1', celebratedAt: at }),
  audit: (id, pk) => ({
    id,
    entityType: 'figure',
    entityId: pk,
    action: 'create',
    actor,
    at,
    after: { value: 1 },
  }),
  reservations: (id, pk) => ({ id, scope: pk, holder: 'herning.forslag-1', at }),
};

/** A valid edit of each kind of item, so a replace can be seen to have happened. */
export const changed: { [C in ContainerName]: (item: EntityOf<C>) => EntityOf<C> } = {
  organisations: (i) => ({ ...i, name: `${i.name} (renamed)` }),
  cases: (i) => ({ ...i, status: 'completed' }),
  kpis: (i) => ({ ...i, aliases: [...i.aliases, 'ydelsesmodtagere'] }),
  figures: (i) => ({ ...i, value: i.value + 1 }),
  goals: (i) => ({ ...i, target: (i.target ?? 0) - 1 }),
  proposals: (i) => ({ ...i, status: 'in-review' }),
  conversations: (i) => ({ ...i, active: false }),
  subscriptions: (i) => ({ ...i, time: '09:30' }),
  deliveries: (i) => ({ ...i, status: 'sent', attempts: 1 }),
  milestones: (i) => ({ ...i, rule: 'first-figure' }),
  audit: (i) => ({ ...i, action: 'update' }),
  reservations: (i) => ({ ...i, holder: `${i.holder}-b` }),
};

/** The property each container is partitioned by (mirrors containers.ts, written out to be checked). */
export const partitionProperty: Record<ContainerName, string> = {
  organisations: 'id',
  cases: 'orgId',
  kpis: 'orgId',
  figures: 'kpiId',
  goals: 'orgId',
  proposals: 'orgId',
  conversations: 'id',
  subscriptions: 'conversationId',
  deliveries: 'subscriptionId',
  milestones: 'audienceId',
  audit: 'entityId',
  reservations: 'scope',
};
