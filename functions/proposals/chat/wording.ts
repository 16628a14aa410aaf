/** What the proposal handlers say in chat, in both languages (the cards' own words are in views.ts). */
export const SAY = {
  da: {
    choose: 'Hvad vil du sende?',
    chooseText: ['En quick win er en idé, der hurtigt kan gøre en forskel – det tager under et minut.', 'Et prioriteringsforslag følger skemaet med økonomi for fire år.'],
    notFound: 'Det forslag findes ikke (længere).',
    notReviewer: 'Tak, men kun de ledere, der er udpeget til at behandle forslag, kan tage stilling. Intet er ændret.',
    already: (status: string, name: string, when: string) => `Forslaget er allerede ${status} af ${name} ${when}. Din beslutning er ikke registreret.`,
    decided: { approve: 'Du har godkendt forslaget.', reject: 'Du har afvist forslaget.', 'request-changes': 'Du har bedt om ændringer.' },
    notNow: 'Det kan ikke lade sig gøre i forslagets nuværende status. Intet er ændret.',
    moved: 'Status er opdateret.',
    cpr: 'Formularen indeholder et CPR-nummer. Målbot gemmer ingen personoplysninger, så intet er gemt, og nummeret er fjernet fra felterne herunder. Beskriv borgeren uden CPR-nummer og send igen.',
  },
  en: {
    choose: 'What would you like to send?',
    chooseText: ['A quick win is an idea that can make a difference quickly – it takes under a minute.', 'A priority proposal follows the form, with the economy for four years.'],
    notFound: 'That proposal does not exist (any more).',
    notReviewer: 'Thank you, but only the managers appointed to review proposals can decide. Nothing has changed.',
    already: (status: string, name: string, when: string) => `The proposal was already ${status} by ${name}, ${when}. Your decision was not recorded.`,
    decided: { approve: 'You approved the proposal.', reject: 'You rejected the proposal.', 'request-changes': 'You requested changes.' },
    notNow: 'That is not possible in the proposal\'s current status. Nothing has changed.',
    moved: 'The status is updated.',
    cpr: 'The form contains a CPR number. Målbot stores no personal data, so nothing was saved, and the number has been removed from the fields below. Describe the citizen without the CPR number and send again.',
  },
} as const;

export const DECIDED_WORD = {
  da: { approve: 'godkendt', reject: 'afvist', 'request-changes': 'sendt tilbage med ønsker om ændringer' },
  en: { approve: 'approved', reject: 'rejected', 'request-changes': 'sent back with requested changes' },
} as const;
