/**
 * The containers of the store and the property each is partitioned by. Both adapters, the seed loader,
 * export/import and the infrastructure check read this one table.
 *
 * Partition keys follow the access paths: a figure lookup names its KPI, so figures live in the KPI's
 * partition and a KPI's figures are one single-partition query; deliveries and milestones are read per
 * subscription; audit entries per entity; everything an organisation owns per organisation.
 */
import type { z } from 'zod';
import {
  AuditEntrySchema,
  CaseSchema,
  ConversationSchema,
  DeliverySchema,
  FigureSchema,
  GoalSchema,
  KpiSchema,
  MilestoneSchema,
  OrganisationSchema,
  ProposalSchema,
  SubscriptionSchema,
} from '../domain/model.js';
import { ReservationSchema } from './reservation-schema.js';

export const containers = {
  organisations: { schema: OrganisationSchema, partitionKey: 'id' },
  cases: { schema: CaseSchema, partitionKey: 'orgId' },
  kpis: { schema: KpiSchema, partitionKey: 'orgId' },
  figures: { schema: FigureSchema, partitionKey: 'kpiId' },
  goals: { schema: GoalSchema, partitionKey: 'orgId' },
  proposals: { schema: ProposalSchema, partitionKey: 'orgId' },
  conversations: { schema: ConversationSchema, partitionKey: 'id' },
  subscriptions: { schema: SubscriptionSchema, partitionKey: 'conversationId' },
  deliveries: { schema: DeliverySchema, partitionKey: 'subscriptionId' },
  milestones: { schema: MilestoneSchema, partitionKey: 'audienceId' },
  audit: { schema: AuditEntrySchema, partitionKey: 'entityId' },
  /** Names taken once (proposal numbers), per organisation: see reservations.ts. */
  reservations: { schema: ReservationSchema, partitionKey: 'scope' },
} as const;

export type ContainerName = keyof typeof containers;
export const containerNames = Object.keys(containers) as ContainerName[];
export type EntityOf<C extends ContainerName> = z.output<(typeof containers)[C]['schema']>;
