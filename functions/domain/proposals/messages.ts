/**
 * Field error messages in both languages. The card shows them next to the field in the user's language;
 * the API answers in English. Kept apart from the schemas so the wording can change without touching rules.
 */
export type { Lang } from '../lang.js';
import { formatNumber } from '../format.js';
import type { Lang } from '../lang.js';

export const MESSAGES = {
  da: {
    required: 'Skal udfyldes.',
    tooLong: (max: number) => `Må højst være ${max} tegn.`,
    notNumber: 'Skriv et tal, fx 1.600, -281 eller 0,61.',
    outOfRange: (min: number, max: number) => `Skal ligge mellem ${formatNumber(min, 'da', { maxDecimals: 3 })} og ${formatNumber(max, 'da', { maxDecimals: 3 })}.`,
    tooManyDecimals: (n: number) => `Højst ${n} decimaler.`,
    notYear: 'Skriv et årstal mellem 2000 og 2100.',
    duplicateYear: 'Året står der allerede.',
    tooManyYears: (n: number) => `Højst ${n} år.`,
    badChoice: 'Vælg en af mulighederne.',
    badNumber: 'Skriv enhedens bogstaver og et nummer, fx "BIC 08", eller lad feltet stå tomt.',
    badSlug: 'Vælg en organisation.',
    numberTaken: (n: string) => `${n} er allerede brugt; lad feltet stå tomt for at få næste nummer.`,
    cpr: 'Indeholder et CPR-nummer. Målbot gemmer ingen personoplysninger – fjern nummeret og send igen.',
    reasonRequired: 'Skriv en begrundelse for afvisningen.',
    commentRequired: 'Skriv, hvad der skal ændres.',
  },
  en: {
    required: 'Required.',
    tooLong: (max: number) => `At most ${max} characters.`,
    notNumber: 'Write a number, e.g. 1.600, -281 or 0,61.',
    outOfRange: (min: number, max: number) => `Must be between ${formatNumber(min, 'en', { maxDecimals: 3 })} and ${formatNumber(max, 'en', { maxDecimals: 3 })}.`,
    tooManyDecimals: (n: number) => `At most ${n} decimals.`,
    notYear: 'Write a year between 2000 and 2100.',
    duplicateYear: 'That year is there already.',
    tooManyYears: (n: number) => `At most ${n} years.`,
    badChoice: 'Pick one of the choices.',
    badNumber: 'Write the unit\'s letters and a number, e.g. "BIC 08", or leave it blank.',
    badSlug: 'Pick an organisation.',
    numberTaken: (n: string) => `${n} is taken; leave it blank to get the next number.`,
    cpr: 'Contains a CPR number. Målbot stores no personal data: remove the number and send again.',
    reasonRequired: 'Give a reason for the rejection.',
    commentRequired: 'Say what should change.',
  },
} as const;

export type Messages = (typeof MESSAGES)[Lang];
