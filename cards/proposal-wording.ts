/** Names the proposal cards share, in both languages: statuses, kinds, effort types, approaches, form labels. */
import type { Lang } from './card.js';

export type ProposalStatus = 'submitted' | 'in-review' | 'approved' | 'rejected' | 'changes-requested' | 'implemented' | 'archived';

export const STATUS_NAMES: Record<Lang, Record<ProposalStatus, string>> = {
  da: {
    submitted: 'Indsendt',
    'in-review': 'Til behandling',
    approved: 'Godkendt',
    rejected: 'Afvist',
    'changes-requested': 'Ændringer ønsket',
    implemented: 'Gennemført',
    archived: 'Arkiveret',
  },
  en: {
    submitted: 'Submitted',
    'in-review': 'In review',
    approved: 'Approved',
    rejected: 'Rejected',
    'changes-requested': 'Changes requested',
    implemented: 'Implemented',
    archived: 'Archived',
  },
};

export const KIND_NAMES = {
  da: { 'quick-win': 'Quick win', priority: 'Prioriteringsforslag' },
  en: { 'quick-win': 'Quick win', priority: 'Priority proposal' },
} as const;

export const EFFORT_TYPES = {
  da: { forebyggende: 'Forebyggende', tidlig: 'Tidlig', afhjaelpende: 'Afhjælpende', eftervaern: 'Efterværn' },
  en: { forebyggende: 'Preventive', tidlig: 'Early', afhjaelpende: 'Remedial', eftervaern: 'Aftercare' },
} as const;

export type EffortTypeKey = keyof (typeof EFFORT_TYPES)['da'];

export const APPROACHES = {
  da: { investering: 'Investering', prioritering: 'Prioritering', effektivisering: 'Effektivisering' },
  en: { investering: 'Investment', prioritering: 'Prioritisation', effektivisering: 'Efficiency' },
} as const;

export type ApproachKey = keyof (typeof APPROACHES)['da'];

export const FIELD_LABELS = {
  da: {
    orgId: 'Kommune',
    responsibleUnit: 'Ansvarlig enhed',
    number: 'Nummer',
    title: 'Titel',
    proposedBy: 'Forslagsstiller',
    effortTypes: 'Indsatstype',
    approach: 'Tilgang',
    economy: 'Økonomi i 1.000 kr. pr. år',
    year: 'År',
    operatingCostChange: 'Ændring i driftsudgift',
    benefitSaving: 'Sparet forsørgelse',
    staffChange: 'Årsværk',
    background: 'Baggrund',
    legalRequirements: 'Lovkrav',
    currentPractice: 'Det gør vi i dag',
    plannedAction: 'Det vil vi gøre',
    consequences: 'Konsekvenser og risici',
    successCriterion: 'Succeskriterium',
    description: 'Beskrivelse',
    expectedEffect: 'Forventet effekt',
    targetGroup: 'Målgruppe',
    estimatedYearlySaving: 'Anslået besparelse pr. år (1.000 kr.)',
  },
  en: {
    orgId: 'Municipality',
    responsibleUnit: 'Responsible unit',
    number: 'Number',
    title: 'Title',
    proposedBy: 'Proposed by',
    effortTypes: 'Type of effort',
    approach: 'Approach',
    economy: 'Economy in DKK 1,000 a year',
    year: 'Year',
    operatingCostChange: 'Change in operating cost',
    benefitSaving: 'Saved benefit cost',
    staffChange: 'Full-year positions',
    background: 'Background',
    legalRequirements: 'Legal requirements',
    currentPractice: 'What we do today',
    plannedAction: 'What we will do',
    consequences: 'Consequences and risks',
    successCriterion: 'Success criterion',
    description: 'Description',
    expectedEffect: 'Expected effect',
    targetGroup: 'Target group',
    estimatedYearlySaving: 'Estimated saving a year (DKK 1,000)',
  },
} as const;

export type FieldName = keyof (typeof FIELD_LABELS)['da'];

/** "22.11.2026 kl. 14.05" / "22 Nov 2026, 14:05", in Danish time whatever the server's zone. */
/** When a proposal was made: the date its source document gives ("2016"), else the submission time. */
export function proposalWhen(p: { submittedAt: string; sourceDate?: string }, lang: Lang): string {
  if (!p.sourceDate) return formatWhen(p.submittedAt, lang);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.sourceDate);
  return day ? `${Number(day[3])}.${Number(day[2])}.${day[1]}` : p.sourceDate;
}

export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Copenhagen', day: 'numeric', month: lang === 'da' ? 'numeric' : 'short', year: 'numeric' };
  const time: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' };
  return lang === 'da'
    ? `${date.toLocaleDateString('da-DK', opts)} kl. ${date.toLocaleTimeString('da-DK', time)}`
    : `${date.toLocaleDateString('en-GB', opts)}, ${date.toLocaleTimeString('en-GB', time)}`;
}

/** A blank cell of the form (undefined) shows blank, a written 0 as "0". */
export function formatAmount(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '';
  return n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });
}
