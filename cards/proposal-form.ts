/**
 * The priority proposal form, mirroring Herning's "Prioriteringsforslag": unit, number (blank: the next
 * of the unit), title, proposer, effort types, approach, a four-year economy table in 1.000 kr., and the
 * form's six texts. Long, so it also opens as a Teams dialog.
 */
import template from './proposal-form.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard } from './card.js';
import { filled, labelsFor, submitAction, type ProposalFormView } from './proposal-form-model.js';
import { APPROACHES, EFFORT_TYPES } from './proposal-wording.js';

export interface PriorityFormView extends ProposalFormView {
  /** The years the economy rows start with when the user has typed none (e.g. next year and three more). */
  firstYear: number;
}

const TEXT = {
  da: {
    heading: 'Prioriteringsforslag',
    intro: 'Som på prioriteringsskemaet. Felter med * skal udfyldes. Lad nummeret stå tomt, så får forslaget enhedens næste nummer. Skriv ikke CPR-numre eller andre personoplysninger.',
    economyHint: 'Tal i 1.000 kr. med fortegn: en merudgift er positiv, en mindreudgift negativ; sparet forsørgelse er positiv. Årsværk må have decimaler, fx 0,61. Lad et år stå tomt, hvis der ikke er tal.',
    textsHeading: 'Beskrivelse',
    placeholders: {
      responsibleUnit: 'Fx BIC',
      number: 'Tildeles automatisk',
      title: 'Kort og sigende',
      proposedBy: 'Navn eller enhed',
      background: 'Hvorfor foreslår I det?',
      legalRequirements: 'Fx LAS § 18',
      currentPractice: 'Sådan arbejder vi i dag',
      plannedAction: 'Sådan vil vi arbejde',
      consequences: 'Hvad sker der, hvis det ikke lykkes?',
      successCriterion: 'Fx "10 flere borgere i job pr. år"',
    },
    tooLong: 'Teksten er for lang.',
    rowError: (label: string, message: string) => `${label}: ${message}`,
  },
  en: {
    heading: 'Priority proposal',
    intro: "As on the priority proposal form. Fields marked * are required. Leave the number blank to get the unit's next number. Do not write CPR numbers or other personal data.",
    economyHint: 'Figures in DKK 1,000 with their sign: extra cost is positive, less cost negative; saved benefit cost is positive. Full-year positions may have decimals, e.g. 0,61. Leave a year blank when it has no figures.',
    textsHeading: 'Description',
    placeholders: {
      responsibleUnit: 'E.g. BIC',
      number: 'Assigned automatically',
      title: 'Short and telling',
      proposedBy: 'Name or unit',
      background: 'Why do you propose it?',
      legalRequirements: 'E.g. LAS § 18',
      currentPractice: 'How we work today',
      plannedAction: 'How we will work',
      consequences: 'What happens if it does not work?',
      successCriterion: 'E.g. "10 more citizens in work a year"',
    },
    tooLong: 'The text is too long.',
    rowError: (label: string, message: string) => `${label}: ${message}`,
  },
} as const;

const ECONOMY_FIELDS = ['year', 'operatingCostChange', 'benefitSaving', 'staffChange'] as const;

/** Short labels for the economy table's narrow columns; the hint above the table says the rest. */
const ROW_LABELS = {
  da: { year: 'År', operatingCostChange: 'Drift', benefitSaving: 'Forsørgelse', staffChange: 'Årsværk' },
  en: { year: 'Year', operatingCostChange: 'Operating cost', benefitSaving: 'Benefit saving', staffChange: 'Positions' },
} as const;

export function priorityFormCard(view: PriorityFormView): AdaptiveCard {
  const t = TEXT[view.lang];
  const m = view.rules.messages;
  const labels = labelsFor(view.lang);
  const economy = view.rules.economyIds.map((ids, row) => {
    const typedYear = view.values[ids.year];
    const year = typedYear !== undefined && /^\d{4}$/.test(typedYear.trim()) ? Number(typedYear) : view.firstYear + row;
    const error = ECONOMY_FIELDS.filter((f) => view.errors[ids[f]])
      .map((f) => t.rowError(f === 'year' ? labels.year : labels[f], view.errors[ids[f]]!))
      .join(' ');
    return {
      ids,
      year,
      operatingCostChange: view.values[ids.operatingCostChange] ?? '',
      benefitSaving: view.values[ids.benefitSaving] ?? '',
      staffChange: view.values[ids.staffChange] ?? '',
      error,
    };
  });
  return expandTemplate(template, {
    heading: t.heading,
    intro: t.intro,
    economyHint: t.economyHint,
    textsHeading: t.textsHeading,
    notice: view.notice ?? '',
    labels,
    rowLabels: ROW_LABELS[view.lang],
    placeholders: t.placeholders,
    values: filled(view.rules.fields, view.values),
    errors: filled(view.rules.fields, view.errors),
    orgs: view.orgs,
    effortChoices: Object.entries(EFFORT_TYPES[view.lang]).map(([value, title]) => ({ value, title })),
    approachChoices: Object.entries(APPROACHES[view.lang]).map(([value, title]) => ({ value, title })),
    economy,
    required: m.required,
    tooLong: t.tooLong,
    notNumber: m.notNumber,
    notYear: m.notYear,
    badChoice: m.badChoice,
    badNumber: m.badNumber,
    numberPattern: view.rules.numberPattern,
    numberFormat: view.rules.proposalNumberPattern,
    submit: submitAction(view),
    buttons: view.buttons ?? [],
  });
}
