/** The card Målbot greets a new chat, group or channel with: the three things it does, each with a button to try it. */
import template from './welcome.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';

export interface WelcomeView {
  lang: Lang;
  /** Where the bot was added; a channel is greeted as a team. */
  scope: 'personal' | 'groupChat' | 'team';
  buttons: {
    askExample: Button;
    status: Button;
    subscribe: Button;
    proposal: Button;
    help: Button;
  };
}

const TEXT = {
  da: {
    title: 'Hej, jeg er Målbot',
    intro: {
      personal: 'Jeg holder styr på jobcentrets mål, tal og forslag, så du kan spørge mig direkte her.',
      groupChat: 'Jeg holder styr på jobcentrets mål, tal og forslag. Skriv til mig her i gruppen med @Målbot.',
      team: 'Jeg holder styr på jobcentrets mål, tal og forslag. Skriv til mig her i kanalen med @Målbot.',
    },
    figures: ['Tal når du spørger', 'Spørg med dine egne ord, fx "Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?" Jeg svarer med tallet og kilden – eller siger ærligt, når jeg ikke har det.'],
    status: ['Ugentlig målstatus', 'Hver uge kan jeg sende en status på jeres mål – og fejre det, når I når en milepæl.'],
    proposals: ['Forslag og quick wins', 'Har du en idé, der kan spare eller gøre en forskel? Send et prioriteringsforslag eller en quick win direkte herfra.'],
    footer: 'Skriv "hjælp" for at se alt, jeg kan.',
  },
  en: {
    title: "Hi, I'm Målbot",
    intro: {
      personal: "I keep track of the job centre's goals, figures and proposals, so you can ask me right here.",
      groupChat: "I keep track of the job centre's goals, figures and proposals. Mention @Målbot in this group to talk to me.",
      team: "I keep track of the job centre's goals, figures and proposals. Mention @Målbot in this channel to talk to me.",
    },
    figures: ['Figures on request', 'Ask in your own words, e.g. "How many full-time persons were on public benefits in Viborg in September 2017?" I answer with the figure and its source, or say honestly when I do not have it.'],
    status: ['Weekly goal status', 'Every week I can post the status of your goals, and celebrate when you reach a milestone.'],
    proposals: ['Proposals and quick wins', 'Got an idea that saves money or makes a difference? Submit a priority proposal or a quick win from here.'],
    footer: 'Type "help" to see everything I can do.',
  },
} as const;

export function welcomeCard(view: WelcomeView): AdaptiveCard {
  const t = TEXT[view.lang];
  const b = view.buttons;
  return expandTemplate(template, {
    title: t.title,
    intro: t.intro[view.scope],
    features: [
      { heading: t.figures[0], text: t.figures[1], buttons: [b.askExample] },
      { heading: t.status[0], text: t.status[1], buttons: [b.status, b.subscribe] },
      { heading: t.proposals[0], text: t.proposals[1], buttons: [b.proposal] },
    ],
    footer: t.footer,
    help: b.help,
  });
}
