/** `abonnér KIK II fredag 9:30 en`: cases, weekday, time and language in any order, Danish or English. */
import type { Case } from '../domain/model.js';
import type { SubscriptionSettings } from './subscriptions.js';

const WEEKDAYS: Record<string, number> = {
  mandag: 1, man: 1, monday: 1, mon: 1,
  tirsdag: 2, tir: 2, tuesday: 2, tue: 2,
  onsdag: 3, ons: 3, wednesday: 3, wed: 3,
  torsdag: 4, tor: 4, thursday: 4, thu: 4,
  fredag: 5, fre: 5, friday: 5, fri: 5,
  lørdag: 6, lør: 6, saturday: 6, sat: 6,
  søndag: 7, søn: 7, sunday: 7, sun: 7,
};
const LANGUAGES: Record<string, 'da' | 'en'> = { da: 'da', dansk: 'da', danish: 'da', en: 'en', engelsk: 'en', english: 'en' };

export function parseSubscribeArgs(args: string, cases: readonly Pick<Case, 'id' | 'code' | 'title' | 'aliases'>[]): SubscriptionSettings {
  let rest = ` ${args.toLowerCase().replace(/[,;]/g, ' ')} `;
  const settings: SubscriptionSettings = {};
  // Longest names first, so "KIK II" is not read as "KIK" followed by "II".
  const names = cases
    .flatMap((c) => [c.id, c.code, c.title, ...c.aliases].filter((n): n is string => !!n).map((n) => ({ id: c.id, name: n.toLowerCase() })))
    .sort((a, b) => b.name.length - a.name.length);
  const caseIds: string[] = [];
  for (const { id, name } of names) {
    const at = rest.indexOf(` ${name} `);
    if (at < 0) continue;
    if (!caseIds.includes(id)) caseIds.push(id);
    rest = `${rest.slice(0, at)} ${rest.slice(at + name.length + 1)}`;
  }
  if (caseIds.length) settings.caseIds = caseIds;
  for (const word of rest.split(/\s+/).filter(Boolean)) {
    const time = /^(\d{1,2})[:.](\d{2})$/.exec(word);
    if (time && Number(time[1]) < 24 && Number(time[2]) < 60) settings.time = `${time[1]!.padStart(2, '0')}:${time[2]}`;
    else if (WEEKDAYS[word]) settings.weekday = WEEKDAYS[word];
    else if (LANGUAGES[word]) settings.language = LANGUAGES[word];
  }
  return settings;
}
