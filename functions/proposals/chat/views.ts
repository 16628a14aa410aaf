/** Turning proposals and form input into the proposal cards, with the buttons each viewer should get. */
import { randomUUID } from 'node:crypto';
import type { AdaptiveCard, Lang } from '../../../cards/index.js';
import { priorityFormCard } from '../../../cards/proposal-form.js';
import { proposalListCard } from '../../../cards/proposal-list.js';
import { proposalConfirmationCard } from '../../../cards/proposal-confirmation.js';
import { quickWinFormCard } from '../../../cards/quick-win-form.js';
import type { ProposalCardData, ProposalFormRules } from '../../../cards/proposal-view.js';
import { reviewCard, type ReviewView } from '../../../cards/review-card.js';
import type { Proposal } from '../../domain/model.js';
import {
  DANISH_NUMBER_PATTERN,
  draftOf,
  ECONOMY_FIELDS,
  ECONOMY_YEARS,
  economyInputId,
  formFromDraft,
  isPending,
  MESSAGES,
  PRIORITY_FIELDS,
  PROPOSAL_NUMBER_PATTERN,
  QUICK_WIN_FIELDS,
  redactCpr,
} from '../../domain/proposals/index.js';
import type { FieldError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import type { ProposalPage } from '../queries.js';
import type { Person, ReviewerPolicy } from '../reviewers.js';
import { button, dialogButton } from './verbs.js';

export const WORDS = {
  da: {
    submit: 'Send forslag',
    resubmit: 'Send igen',
    save: 'Gem ændringer',
    approve: 'Godkend',
    reject: 'Afvis',
    requestChanges: 'Bed om ændringer',
    refresh: 'Opdater',
    open: 'Vis',
    previous: 'Forrige',
    next: 'Næste',
    implement: 'Markér som gennemført',
    archive: 'Arkivér',
    edit: 'Ret forslaget',
    mine: 'Mine forslag',
    pending: 'Forslag til behandling',
    quickWin: 'Quick win',
    priority: 'Prioriteringsforslag',
    inDialog: 'Prioriteringsforslag i et vindue',
    another: 'Send et forslag mere',
    fixFields: 'Ret de markerede felter og send igen. Intet er gemt endnu.',
    cprRedacted: '[CPR-nummer fjernet]',
  },
  en: {
    submit: 'Submit proposal',
    resubmit: 'Resubmit',
    save: 'Save changes',
    approve: 'Approve',
    reject: 'Reject',
    requestChanges: 'Request changes',
    refresh: 'Refresh',
    open: 'Open',
    previous: 'Previous',
    next: 'Next',
    implement: 'Mark as implemented',
    archive: 'Archive',
    edit: 'Edit the proposal',
    mine: 'My proposals',
    pending: 'Pending proposals',
    quickWin: 'Quick win',
    priority: 'Priority proposal',
    inDialog: 'Priority proposal in a dialog',
    another: 'Send another idea',
    fixFields: 'Correct the marked fields and send again. Nothing has been saved yet.',
    cprRedacted: '[CPR number removed]',
  },
} as const;

export interface FormState {
  kind: Proposal['kind'];
  lang: Lang;
  orgs: { id: string; name: string }[];
  values: Record<string, string>;
  errors?: FieldError[];
  notice?: string;
  /** Revising an existing proposal rather than submitting a new one. */
  proposalId?: string;
  revision?: 'resubmit' | 'edit';
  dialog?: boolean;
  /** Kept across a refused submit, so the retry is the same submit (one proposal, however many tries). */
  formId?: string;
}

export function formCard(state: FormState): AdaptiveCard {
  const w = WORDS[state.lang];
  const formId = state.formId ?? randomUUID();
  const submit = state.dialog
    ? button('proposal.dialog', w.submit, state.lang, { kind: state.kind, formId })
    : state.proposalId
      ? button('proposal.revise', state.revision === 'edit' ? w.save : w.resubmit, state.lang, { formId, proposalId: state.proposalId, kind: state.kind })
      : button('proposal.submit', w.submit, state.lang, { formId, kind: state.kind });
  const errors = Object.fromEntries((state.errors ?? []).map((e) => [e.field, e.message]));
  const view = { lang: state.lang, orgs: state.orgs, values: state.values, errors, submit, dialog: !!state.dialog, rules: formRules(state.kind, state.lang), ...(state.notice ? { notice: state.notice } : {}) };
  if (state.kind === 'quick-win') return quickWinFormCard(view);
  const buttons = state.dialog || state.proposalId ? [] : [dialogButton(w.inDialog, state.lang, { kind: 'priority' })];
  return priorityFormCard({ ...view, buttons, firstYear: new Date().getUTCFullYear() + 1 });
}

/** The domain's form contract as the cards take it: input ids, patterns and messages. */
function formRules(kind: Proposal['kind'], lang: Lang): ProposalFormRules {
  const m = MESSAGES[lang];
  return {
    fields: kind === 'quick-win' ? QUICK_WIN_FIELDS : PRIORITY_FIELDS,
    economyIds: Array.from({ length: ECONOMY_YEARS }, (_, row) => Object.fromEntries(ECONOMY_FIELDS.map((f) => [f, economyInputId(row, f)])) as ProposalFormRules['economyIds'][number]),
    numberPattern: DANISH_NUMBER_PATTERN,
    proposalNumberPattern: PROPOSAL_NUMBER_PATTERN,
    messages: { required: m.required, notNumber: m.notNumber, notYear: m.notYear, badChoice: m.badChoice, badNumber: m.badNumber },
  };
}

/** What the user sent, as the form shows it again: strings only, any CPR number blanked out. */
export function keptValues(data: Record<string, unknown>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') out[key] = redactCpr(value, WORDS[lang].cprRedacted);
    else if (typeof value === 'number') out[key] = String(value);
  }
  return out;
}

export function valuesOf(p: Proposal): Record<string, string> {
  return formFromDraft(draftOf(p));
}

export async function organisationChoices(store: Store): Promise<{ id: string; name: string }[]> {
  const orgs = await store.organisations.findAll();
  return orgs.filter((o) => o.kind === 'municipality').map((o) => ({ id: o.id, name: o.name }));
}

export interface ReviewOptions {
  lang: Lang;
  viewer: Person;
  policy: ReviewerPolicy;
  orgName?: string;
  notice?: ReviewView['notice'];
  errors?: ReviewView['errors'];
  typed?: ReviewView['typed'];
  /** Show the decision buttons whatever the viewer (the card posted to the reviewers' conversation). */
  forReviewers?: boolean;
}

/** A proposal as its cards show it: plain data, names instead of actors, the source as "title, section". */
export function proposalCardData(p: Proposal): ProposalCardData {
  const last = p.decisions.at(-1);
  const data: ProposalCardData = {
    kind: p.kind,
    title: p.title,
    responsibleUnit: p.responsibleUnit,
    status: p.status,
    submittedAt: p.submittedAt,
    effortTypes: p.effortTypes,
    economy: p.economy,
  };
  for (const key of ['number', 'proposedBy', 'sourceDate', 'targetGroup', 'approach', 'estimatedYearlySaving', 'description', 'expectedEffect', 'background', 'plannedAction', 'successCriterion'] as const) {
    if (p[key] !== undefined) (data as unknown as Record<string, unknown>)[key] = p[key];
  }
  // A proposal loaded from a document (the seed's system actor) was submitted by nobody a reader knows.
  if (p.submittedBy.kind !== 'system') data.submittedBy = p.submittedBy.name ?? p.submittedBy.id;
  if (p.source?.title) data.source = `${p.source.title}, ${p.source.section ?? p.source.locator}`;
  if (last) data.lastDecision = { decision: last.decision, by: last.by.name ?? last.by.id, at: last.at, ...(last.comment ? { comment: last.comment } : {}) };
  return data;
}

export function reviewCardFor(p: Proposal, o: ReviewOptions): AdaptiveCard {
  const w = WORDS[o.lang];
  const id = { proposalId: p.id };
  const isReviewer = o.policy.isReviewer(o.viewer, p.orgId);
  const buttons = [];
  if (isReviewer && p.status === 'approved') buttons.push(button('proposal.implement', w.implement, o.lang, id), button('proposal.edit-form', w.edit, o.lang, id));
  if (p.status === 'changes-requested' && o.viewer.id === p.submittedBy.id) buttons.push(button('proposal.edit-form', w.edit, o.lang, id));
  return reviewCard({
    lang: o.lang,
    proposal: proposalCardData(p),
    ...(o.orgName ? { orgName: o.orgName } : {}),
    reviewer: isPending(p.status) && (isReviewer || !!o.forReviewers),
    ...(o.notice ? { notice: o.notice } : {}),
    ...(o.errors ? { errors: o.errors } : {}),
    ...(o.typed ? { typed: o.typed } : {}),
    actions: {
      approve: button('proposal.decide', w.approve, o.lang, { ...id, decision: 'approve' }),
      reject: button('proposal.decide', w.reject, o.lang, { ...id, decision: 'reject' }),
      requestChanges: button('proposal.decide', w.requestChanges, o.lang, { ...id, decision: 'request-changes' }),
      refresh: button('proposal.refresh', w.refresh, o.lang, id),
    },
    buttons,
    refreshUserIds: o.policy.refreshUserIds({ id: p.submittedBy.id, kind: p.submittedBy.kind }),
  });
}

export function confirmationCard(p: Proposal, lang: Lang, sentToReviewers: boolean, resubmitted = false): AdaptiveCard {
  const w = WORDS[lang];
  return proposalConfirmationCard({
    lang,
    proposal: proposalCardData(p),
    sentToReviewers,
    resubmitted,
    buttons: [button('proposal.list', w.mine, lang, { list: 'mine', page: 0 }), button('proposal.new', w.another, lang, { kind: 'quick-win' })],
  });
}

export function listCard(page: ProposalPage, list: 'mine' | 'pending', lang: Lang): AdaptiveCard {
  const w = WORDS[lang];
  return proposalListCard({
    lang,
    list,
    items: page.items.map((proposal) => ({ proposal: proposalCardData(proposal), open: button('proposal.show', w.open, lang, { proposalId: proposal.id }) })),
    total: page.total,
    page: page.page,
    pages: page.pages,
    ...(page.page > 0 ? { previous: button('proposal.list', w.previous, lang, { list, page: page.page - 1 }) } : {}),
    ...(page.page + 1 < page.pages ? { next: button('proposal.list', w.next, lang, { list, page: page.page + 1 }) } : {}),
  });
}
