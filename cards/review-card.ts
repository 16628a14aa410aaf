/**
 * The review card: the proposal as reviewers read it, and its state. Reviewers see Approve, Reject (with a
 * required reason) and Request changes (with a required comment) while it is open; everyone else, and
 * everyone once it is decided, sees the status. `refresh` makes Teams ask the bot for the viewer's own
 * version, so the same message shows buttons to reviewers and the status to others.
 */
import template from './review-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { APPROACHES, EFFORT_TYPES, FIELD_LABELS, formatAmount, formatWhen, KIND_NAMES, proposalWhen, STATUS_NAMES, type ProposalStatus } from './proposal-wording.js';
import type { ProposalCardData } from './proposal-view.js';

export interface ReviewView {
  lang: Lang;
  proposal: ProposalCardData;
  /** The organisation's display name. */
  orgName?: string;
  /** Show the decision buttons (a reviewer looking at an open proposal). */
  reviewer: boolean;
  notice?: { text: string; tone: 'good' | 'attention' | 'default' };
  /** Field errors of a refused decision, and what the reviewer had typed. */
  errors?: { reason?: string; comment?: string };
  typed?: { reason?: string; comment?: string };
  actions: { approve: Button; reject: Button; requestChanges: Button; refresh: Button };
  /** Extra buttons for anyone (e.g. "mark implemented" for a reviewer of an approved proposal). */
  buttons?: Button[];
  refreshUserIds: string[];
}

const TEXT = {
  da: {
    kicker: (kind: string, unit: string) => `${kind} · ${unit}`,
    submittedBy: 'Indsendt af',
    source: 'Kilde',
    submittedAt: 'Indsendt',
    status: 'Status',
    by: (status: string, name: string, when: string) => `${status} af ${name} ${when}`,
    waiting: 'Venter på en beslutning.',
    rejectLabel: 'Begrundelse for afvisningen',
    commentLabel: 'Hvad skal ændres?',
    saving: 'Anslået besparelse pr. år',
    thousands: (v: string) => `${v} t.kr.`,
    economy: { heading: 'Økonomi i 1.000 kr. pr. år', year: 'År', operatingCostChange: 'Drift', benefitSaving: 'Sparet forsørgelse', staffChange: 'Årsværk' },
    showLong: (n: number) => `Læs hele forslaget (${n} afsnit mere)`,
  },
  en: {
    kicker: (kind: string, unit: string) => `${kind} · ${unit}`,
    submittedBy: 'Submitted by',
    source: 'Source',
    submittedAt: 'Submitted',
    status: 'Status',
    by: (status: string, name: string, when: string) => `${status} by ${name}, ${when}`,
    waiting: 'Waiting for a decision.',
    rejectLabel: 'Reason for rejecting',
    commentLabel: 'What should change?',
    saving: 'Estimated saving a year',
    thousands: (v: string) => `DKK ${v}k`,
    economy: { heading: 'Economy in DKK 1,000 a year', year: 'Year', operatingCostChange: 'Operating cost', benefitSaving: 'Saved benefits', staffChange: 'Positions' },
    showLong: (n: number) => `Read the whole proposal (${n} more ${n === 1 ? 'section' : 'sections'})`,
  },
} as const;

const MESSAGES = {
  da: { reasonRequired: 'Skriv en begrundelse.', commentRequired: 'Skriv, hvad der skal ændres.' },
  en: { reasonRequired: 'Give a reason.', commentRequired: 'Say what should change.' },
} as const;

/** The status a decision leaves a proposal in; later moves (implemented, archived) are nobody's decision. */
const DECISION_STATUS = { approve: 'approved', reject: 'rejected', 'request-changes': 'changes-requested' } as const;

const STATUS_STYLE: Record<ProposalStatus, string> = {
  submitted: 'emphasis',
  'in-review': 'emphasis',
  approved: 'good',
  implemented: 'good',
  rejected: 'attention',
  'changes-requested': 'warning',
  archived: 'default',
};

/** Long texts are cut for the card; the whole proposal is one API call away. */
const SECTION_MAX = 700;
/** Sections up to this long are read at once; longer ones wait behind "Læs hele forslaget", so the card fits one screen. */
const FRONT_SECTION_MAX = 240;

export function reviewCard(view: ReviewView): AdaptiveCard {
  const { lang, proposal: p } = view;
  const t = TEXT[lang];
  const labels = FIELD_LABELS[lang];
  const open = p.status === 'submitted' || p.status === 'in-review';
  // A resubmitted proposal is open again: its last decision (changes requested) no longer describes it.
  const decision = open ? undefined : p.lastDecision;
  const status = STATUS_NAMES[lang][p.status];
  const decidedLine = (d: NonNullable<typeof decision>) => t.by(STATUS_NAMES[lang][DECISION_STATUS[d.decision]], d.by, formatWhen(d.at, lang));
  const statusLine = !decision
    ? open ? `${status}. ${t.waiting}` : `${status}.`
    : DECISION_STATUS[decision.decision] === p.status ? decidedLine(decision) : `${status}. ${decidedLine(decision)}`;
  const facts = [
    ...(p.number ? [{ title: labels.number, value: p.number }] : []),
    ...(view.orgName ? [{ title: labels.orgId, value: view.orgName }] : []),
    ...(p.proposedBy ? [{ title: labels.proposedBy, value: p.proposedBy }] : []),
    // A proposal loaded from a document was submitted by nobody a reader knows: its source says where it is from.
    ...(p.submittedBy ? [{ title: t.submittedBy, value: p.submittedBy }] : []),
    { title: t.submittedAt, value: proposalWhen(p, lang) },
    ...(p.targetGroup ? [{ title: labels.targetGroup, value: p.targetGroup }] : []),
    ...(p.effortTypes.length ? [{ title: labels.effortTypes, value: p.effortTypes.map((e) => EFFORT_TYPES[lang][e]).join(', ') }] : []),
    ...(p.approach ? [{ title: labels.approach, value: APPROACHES[lang][p.approach] }] : []),
    ...(p.estimatedYearlySaving !== undefined ? [{ title: t.saving, value: t.thousands(formatAmount(p.estimatedYearlySaving, lang)) }] : []),
    ...(p.source ? [{ title: t.source, value: p.source }] : []),
  ];
  const sectionFields = ['description', 'expectedEffect', 'background', 'plannedAction', 'successCriterion'] as const;
  const sections = sectionFields
    .filter((f) => p[f])
    .map((f) => ({ heading: labels[f], text: clip(p[f]!) }));
  const short = sections.filter((s) => s.text.length <= FRONT_SECTION_MAX);
  const long = sections.filter((s) => s.text.length > FRONT_SECTION_MAX);
  return expandTemplate(template, {
    kicker: t.kicker(KIND_NAMES[lang][p.kind], p.responsibleUnit),
    heading: p.title,
    statusLine,
    statusStyle: STATUS_STYLE[p.status],
    decisionComment: decision?.comment ? `“${clip(decision.comment)}”` : '',
    notice: view.notice?.text ?? '',
    noticeColor: view.notice?.tone === 'good' ? 'Good' : view.notice?.tone === 'attention' ? 'Attention' : 'Default',
    facts,
    sections: short,
    longSections: long,
    showLong: t.showLong(long.length),
    // Short column heads, so no word breaks in a narrow column; the heading above names the unit.
    economyHeading: t.economy.heading,
    economyHeader: t.economy,
    economyRows: [...p.economy]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({
        year: String(y.year),
        operatingCostChange: formatAmount(y.operatingCostChange, lang),
        benefitSaving: formatAmount(y.benefitSaving, lang),
        staffChange: formatAmount(y.staffChange, lang),
      })),
    reviewer: view.reviewer,
    approve: view.actions.approve,
    reject: view.actions.reject,
    requestChanges: view.actions.requestChanges,
    refresh: view.actions.refresh,
    refreshUserIds: view.refreshUserIds,
    rejectLabel: t.rejectLabel,
    commentLabel: t.commentLabel,
    reasonRequired: MESSAGES[lang].reasonRequired,
    commentRequired: MESSAGES[lang].commentRequired,
    errors: { reason: view.errors?.reason ?? '', comment: view.errors?.comment ?? '' },
    typed: { reason: view.typed?.reason ?? '', comment: view.typed?.comment ?? '' },
    buttons: view.buttons ?? [],
  });
}

function clip(text: string): string {
  return text.length > SECTION_MAX ? `${text.slice(0, SECTION_MAX - 1).trimEnd()}…` : text;
}
