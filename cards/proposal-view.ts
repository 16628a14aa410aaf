/**
 * A proposal as its cards show it — review card, confirmation, list — as plain data. The proposals
 * feature maps its domain model to this (functions/proposals/chat/views.ts), so cards know nothing of
 * how proposals are stored or checked.
 */
import type { ApproachKey, EffortTypeKey, ProposalStatus } from './proposal-wording.js';

export interface ProposalCardData {
  kind: 'quick-win' | 'priority';
  number?: string;
  title: string;
  responsibleUnit: string;
  status: ProposalStatus;
  proposedBy?: string;
  /** Who submitted it, as Teams names them; absent for a proposal taken from a document. */
  submittedBy?: string;
  /** ISO date and time of submission. */
  submittedAt: string;
  /** For a proposal taken from a document: its date as the document gives it ("2016"). */
  sourceDate?: string;
  /** Where a proposal taken from a document stands: "document title, section". */
  source?: string;
  targetGroup?: string;
  effortTypes: EffortTypeKey[];
  approach?: ApproachKey;
  /** In 1.000 kr. */
  estimatedYearlySaving?: number;
  /** In 1.000 kr. (årsværk for staffChange), by year. */
  economy: { year: number; operatingCostChange?: number; benefitSaving?: number; staffChange?: number }[];
  description?: string;
  expectedEffect?: string;
  background?: string;
  plannedAction?: string;
  successCriterion?: string;
  /** The newest decision, with the decider's name and the ISO time. */
  lastDecision?: { decision: 'approve' | 'reject' | 'request-changes'; by: string; at: string; comment?: string };
}

/** What a proposal form checks in the browser before anything is sent: the feature's rules, as data. */
export interface ProposalFormRules {
  /** The form's input ids, whose values and errors the card shows. */
  fields: readonly string[];
  /** The economy table's input ids, row by row (the priority form). */
  economyIds: { year: string; operatingCostChange: string; benefitSaving: string; staffChange: string }[];
  /** Regular expressions for a Danish number and a proposal number ("BIC 08"). */
  numberPattern: string;
  proposalNumberPattern: string;
  messages: { required: string; notNumber: string; notYear: string; badChoice: string; badNumber: string };
}
