/** What the bot itself says, in both languages. Features word their own answers. */
import type { Lang } from '../cards/index.js';
import type { FeatureName } from './features.js';

export const EXAMPLE_QUESTIONS: Record<Lang, string[]> = {
  da: [
    'Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?',
    'Hvordan går det med KIK II?',
    'Hvad er budgettet for forsikrede ledige i 2019?',
  ],
  en: [
    'How many full-time persons were on public benefits in Viborg in September 2017?',
    'How is KIK II doing?',
    'What is the budget for insured unemployed in 2019?',
  ],
};

export const BUTTONS = {
  da: { ask: 'Prøv et spørgsmål', status: 'Vis status', subscribe: 'Abonnér på ugestatus', proposal: 'Kom med et forslag', help: 'Hjælp' },
  en: { ask: 'Try a question', status: 'Show status', subscribe: 'Subscribe to weekly status', proposal: 'Submit an idea', help: 'Help' },
} as const;

const FEATURE_NAMES: Record<FeatureName, Record<Lang, string>> = {
  answerQuestion: { da: 'Svar på spørgsmål om tal', en: 'Answers to questions about figures' },
  showStatus: { da: 'Målstatus', en: 'Goal status' },
  openProposalForm: { da: 'Forslag og quick wins', en: 'Proposals and quick wins' },
  subscribe: { da: 'Ugentlig målstatus', en: 'Weekly goal status' },
  unsubscribe: { da: 'Afmelding af ugentlig målstatus', en: 'Unsubscribing from the weekly goal status' },
  openFigureUpdate: { da: 'Opdatering af tal', en: 'Updating figures' },
  fetchFigures: { da: 'Hentning af tal fra Jobindsats', en: 'Fetching figures from Jobindsats' },
  showHistory: { da: 'Ændringshistorik', en: 'Change history' },
  listProposals: { da: 'Lister over forslag', en: 'Lists of proposals' },
};

export function notAvailable(feature: FeatureName, lang: Lang): { title: string; paragraphs: string[] } {
  const name = FEATURE_NAMES[feature][lang];
  return lang === 'da'
    ? {
        title: `${name} er ikke slået til endnu`,
        paragraphs: ['Den del af Målbot er ikke en del af denne installation endnu, så jeg kan ikke hjælpe med det lige nu.', 'Skriv "hjælp" for at se, hvad jeg kan.'],
      }
    : {
        title: `${name} is not switched on yet`,
        paragraphs: ['That part of Målbot is not part of this installation yet, so I cannot help with it right now.', 'Type "help" to see what I can do.'],
      };
}

export function unknownCommand(typed: string, lang: Lang): string {
  return lang === 'da' ? `Jeg kender ikke "${typed}". Her er hvad jeg kan:` : `I don't know "${typed}". Here is what I can do:`;
}

export function somethingWentWrong(lang: Lang): { title: string; paragraphs: string[] } {
  return lang === 'da'
    ? { title: 'Noget gik galt', paragraphs: ['Jeg kunne ikke svare på det lige nu. Fejlen er logget; prøv igen om lidt.'] }
    : { title: 'Something went wrong', paragraphs: ['I could not answer that just now. The error has been logged; please try again shortly.'] };
}

export function invalidButton(lang: Lang): string {
  return lang === 'da' ? 'Den knap forstod jeg ikke. Skriv "hjælp" for at se, hvad jeg kan.' : 'I did not understand that button. Type "help" to see what I can do.';
}

/** An invoke Målbot does not handle, or one without what it needs: the answer Teams gets (and may show). */
export function invalidInvoke(name: string | undefined, lang: Lang): string {
  const what = name ? ` (${name.slice(0, 60)})` : '';
  return lang === 'da'
    ? `Den handling${what} kan Målbot ikke udføre: den mangler noget eller kendes ikke. Skriv "hjælp" for at se, hvad jeg kan.`
    : `Målbot cannot carry out that action${what}: it is incomplete or unknown. Type "help" to see what I can do.`;
}

/** Input a schema refused after the feature's own checks: the fields named, nothing saved. */
export function invalidFields(fields: string[], lang: Lang): string {
  const named = fields.map((f) => `"${f}"`).join(', ');
  return lang === 'da' ? `Det kunne ikke gemmes: ${named} er ikke gyldig. Ret det og prøv igen.` : `That could not be saved: ${named} is not valid. Please correct it and try again.`;
}
