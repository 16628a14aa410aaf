/** The digest settings card: whose goals, which weekday and time, which language, on or paused. */
import template from './subscription-card.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Lang } from './card.js';

export interface SubscriptionCardView {
  lang: Lang;
  /** The submit verb the digest feature handles. */
  verb: string;
  orgs: { value: string; title: string }[];
  cases: { value: string; title: string }[];
  orgId: string;
  caseIds: string[];
  /** ISO weekday 1–7. */
  weekday: number;
  time: string;
  timeZone: string;
  language: Lang;
  active: boolean;
}

const WEEKDAYS = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

const TEXT = {
  da: {
    title: 'Ugentlig målstatus',
    intro: 'Vælg hvilke mål samtalen får status på, og hvornår.',
    orgLabel: 'Organisation',
    casesLabel: 'Kun disse sager (tomt: alle organisationens mål)',
    weekdayLabel: 'Ugedag',
    timeLabel: 'Klokkeslæt',
    timeError: 'Skriv et klokkeslæt, fx 08:00.',
    languageLabel: 'Sprog',
    activeLabel: 'Status',
    activeTitle: 'Send ugens målstatus',
    save: 'Gem',
    timeZone: (tz: string) => `Tidszone: ${tz}. Sommertid følges automatisk.`,
  },
  en: {
    title: 'Weekly goal status',
    intro: 'Choose which goals this conversation hears about, and when.',
    orgLabel: 'Organisation',
    casesLabel: 'Only these cases (empty: all of the organisation’s goals)',
    weekdayLabel: 'Weekday',
    timeLabel: 'Time',
    timeError: 'Enter a time, e.g. 08:00.',
    languageLabel: 'Language',
    activeLabel: 'Status',
    activeTitle: 'Send the weekly goal status',
    save: 'Save',
    timeZone: (tz: string) => `Time zone: ${tz}. Daylight saving time is followed automatically.`,
  },
} as const;

export function weekdayName(weekday: number, lang: Lang): string {
  return WEEKDAYS[lang][weekday - 1] ?? String(weekday);
}

export function subscriptionCard(view: SubscriptionCardView): AdaptiveCard {
  const t = TEXT[view.lang];
  return expandTemplate(template, {
    title: t.title,
    intro: t.intro,
    orgLabel: t.orgLabel,
    casesLabel: t.casesLabel,
    weekdayLabel: t.weekdayLabel,
    timeLabel: t.timeLabel,
    timeError: t.timeError,
    languageLabel: t.languageLabel,
    activeLabel: t.activeLabel,
    activeTitle: t.activeTitle,
    save: t.save,
    timeZoneNote: t.timeZone(view.timeZone),
    orgs: view.orgs,
    cases: view.cases,
    orgId: view.orgId,
    caseIds: view.caseIds.join(','),
    weekdays: WEEKDAYS[view.lang].map((title, i) => ({ title, value: String(i + 1) })),
    weekday: String(view.weekday),
    time: view.time,
    language: view.language,
    active: String(view.active),
    verb: view.verb,
    lang: view.lang,
  });
}
