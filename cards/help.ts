/** The help card: every command with what it does, example questions, and buttons to try them. */
import template from './help.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';

export interface HelpView {
  lang: Lang;
  /** The commands as the user types them, in the card's language. */
  commands: { word: string; description: string }[];
  /** Figure questions to copy. */
  examples: string[];
  buttons: Button[];
  /** Shown above the title, e.g. when the user typed something that looked like an unknown command. */
  notice?: string;
  /** In a group chat or channel the bot only hears messages that mention it. */
  mentionRequired?: boolean;
}

const TEXT = {
  da: {
    title: 'Det kan Målbot',
    intro: 'Skriv en kommando, eller stil et spørgsmål om et tal med dine egne ord.',
    commandsHeading: 'Kommandoer',
    examplesHeading: 'Eksempler på spørgsmål',
    mentionHint: 'Her i samtalen skal du nævne mig med @Målbot, fx "@Målbot hjælp".',
  },
  en: {
    title: 'What Målbot can do',
    intro: 'Type a command, or ask about a figure in your own words.',
    commandsHeading: 'Commands',
    examplesHeading: 'Example questions',
    mentionHint: 'In this conversation, mention me with @Målbot, e.g. "@Målbot help".',
  },
} as const;

export function helpCard(view: HelpView): AdaptiveCard {
  const t = TEXT[view.lang];
  return expandTemplate(template, {
    notice: view.notice ?? '',
    title: t.title,
    intro: t.intro,
    commandsHeading: t.commandsHeading,
    commands: view.commands,
    examplesHeading: t.examplesHeading,
    examples: view.examples,
    mentionHint: view.mentionRequired ? t.mentionHint : '',
    buttons: view.buttons,
  });
}
