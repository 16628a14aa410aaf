/** What the submitter sees in place of the form once the proposal is stored: what, which number, what next. */
import template from './proposal-confirmation.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { FIELD_LABELS, KIND_NAMES, proposalWhen, STATUS_NAMES } from './proposal-wording.js';
import type { ProposalCardData } from './proposal-view.js';

export interface ConfirmationView {
  lang: Lang;
  proposal: ProposalCardData;
  /** False when nobody has been told yet (no review conversation or reviewer chat is known). */
  sentToReviewers: boolean;
  /** True when this was a resubmission after changes were requested. */
  resubmitted?: boolean;
  buttons: Button[];
}

const TEXT = {
  da: {
    heading: (resubmitted: boolean) => (resubmitted ? 'Tak – dit forslag er sendt igen' : 'Tak – dit forslag er modtaget'),
    intro: (kind: string, title: string) => `${kind}: "${title}"`,
    sent: 'Det er sendt til ledelsen til behandling. Du får besked her, når der er truffet en beslutning.',
    notSent: 'Det er gemt, men der er endnu ikke sat nogen op til at behandle forslag. Sig det til din leder.',
    kind: 'Type',
    status: 'Status',
    at: 'Modtaget',
  },
  en: {
    heading: (resubmitted: boolean) => (resubmitted ? 'Thank you – your proposal is resubmitted' : 'Thank you – your proposal is received'),
    intro: (kind: string, title: string) => `${kind}: "${title}"`,
    sent: 'It has gone to the managers for review. You will hear here when there is a decision.',
    notSent: 'It is saved, but nobody has been set up to review proposals yet. Tell your manager.',
    kind: 'Type',
    status: 'Status',
    at: 'Received',
  },
} as const;

export function proposalConfirmationCard(view: ConfirmationView): AdaptiveCard {
  const { lang, proposal: p } = view;
  const t = TEXT[lang];
  const labels = FIELD_LABELS[lang];
  return expandTemplate(template, {
    heading: t.heading(!!view.resubmitted),
    intro: t.intro(KIND_NAMES[lang][p.kind], p.title),
    facts: [
      ...(p.number ? [{ title: labels.number, value: p.number }] : []),
      { title: labels.responsibleUnit, value: p.responsibleUnit },
      { title: t.status, value: STATUS_NAMES[lang][p.status] },
      { title: t.at, value: proposalWhen(p, lang) },
    ],
    paragraphs: [view.sentToReviewers ? t.sent : t.notSent],
    buttons: view.buttons,
  });
}
