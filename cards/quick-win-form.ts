/** The quick-win form: an idea in under a minute — title, description, effect, target group, unit, saving. */
import template from './quick-win-form.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard } from './card.js';
import { filled, labelsFor, submitAction, type ProposalFormView } from './proposal-form-model.js';

const TEXT = {
  da: {
    heading: 'Quick win',
    intro: 'En idé, der hurtigt kan gøre en forskel. Felter med * skal udfyldes. Skriv ikke CPR-numre eller andre personoplysninger.',
    placeholders: {
      title: 'Fx "Fælles booking af samtalerum"',
      description: 'Hvad vil du gøre, og hvorfor?',
      expectedEffect: 'Hvad bliver bedre, og for hvem?',
      targetGroup: 'Fx unge på uddannelseshjælp',
      responsibleUnit: 'Fx Jobcentret',
      estimatedYearlySaving: 'Fx 250 eller 1.600',
    },
    tooLong: 'Teksten er for lang.',
  },
  en: {
    heading: 'Quick win',
    intro: 'An idea that can make a difference quickly. Fields marked * are required. Do not write CPR numbers or other personal data.',
    placeholders: {
      title: 'E.g. "Shared booking of meeting rooms"',
      description: 'What would you do, and why?',
      expectedEffect: 'What gets better, and for whom?',
      targetGroup: 'E.g. young people on education benefit',
      responsibleUnit: 'E.g. the job centre',
      estimatedYearlySaving: 'E.g. 250 or 1.600',
    },
    tooLong: 'The text is too long.',
  },
} as const;

export function quickWinFormCard(view: ProposalFormView): AdaptiveCard {
  const t = TEXT[view.lang];
  const m = view.rules.messages;
  return expandTemplate(template, {
    heading: t.heading,
    intro: t.intro,
    notice: view.notice ?? '',
    labels: labelsFor(view.lang),
    placeholders: t.placeholders,
    values: filled(view.rules.fields, view.values),
    errors: filled(view.rules.fields, view.errors),
    orgs: view.orgs,
    required: m.required,
    tooLong: t.tooLong,
    notNumber: m.notNumber,
    numberPattern: view.rules.numberPattern,
    submit: submitAction(view),
    buttons: view.buttons ?? [],
  });
}
