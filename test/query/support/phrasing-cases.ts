/**
 * Questions about stored figures, asked in a plain form and in other phrasings of the same period or
 * organisation, built from the seed data itself (every figure, not examples), for the phrasing tests and
 * for measuring how many phrasings the engine reads.
 */
import type { Figure, Kpi, Organisation } from '../../../functions/domain/model.js';
import { loadSeedEntities } from '../../../functions/store/seed.js';
import { type Phrasing, periodPhrasings, plainPeriod } from './period-phrasings.js';

export interface PhrasingCase {
  figure: Figure;
  lang: 'da' | 'en';
  plain: string;
  variants: Phrasing[];
}

const PREPOSITION = {
  da: /^(?:pr\.|per|fra|i |ved|ultimo|primo|medio|hele|de |årene|perioden)/u,
  en: /^(?:as |during|over|from|between|at |in |on |the whole|the first|the last|for )/u,
};

/** "i 2018", "pr. 31. august 2018", "ved udgangen af …", "in 2018", "at the end of …". */
export function withPreposition(text: string, lang: 'da' | 'en', day: boolean): string {
  if (lang === 'da') {
    if (/^udgangen/u.test(text)) return `ved ${text}`;
    if (PREPOSITION.da.test(text)) return text;
    return day ? `pr. ${text}` : `i ${text}`;
  }
  if (/^the (?:end|start) of/u.test(text)) return `at ${text}`;
  if (PREPOSITION.en.test(text)) return text;
  return day ? `on ${text}` : `in ${text}`;
}

export async function periodCases(options: { yearSample: number }): Promise<PhrasingCase[]> {
  const seed = await loadSeedEntities();
  const kpis = new Map(seed.kpis.map((k) => [k.id, k]));
  const orgs = new Map(seed.organisations.map((o) => [o.id, o]));
  const out: PhrasingCase[] = [];
  let years = 0;
  for (const figure of seed.figures) {
    const kpi = kpis.get(figure.kpiId);
    const org = orgs.get(figure.orgId);
    if (!kpi || !org || org.kind !== 'municipality') continue;
    if (/^\d{4}$/u.test(figure.period) && years++ % options.yearSample !== 0) continue;
    for (const lang of ['da', 'en'] as const) {
      const plain = plainPeriod(figure.period, lang);
      if (!plain) continue;
      const day = /^\d{4}-\d{2}-\d{2}$/u.test(figure.period);
      const ask = (p: string) => question(kpi, org, withPreposition(p, lang, day), lang);
      out.push({
        figure,
        lang,
        plain: ask(plain),
        variants: periodPhrasings(figure.period, lang).map((v) => ({ form: v.form, text: ask(v.text) })),
      });
    }
  }
  return out;
}

function shortName(org: Organisation): string {
  return org.name.replace(/\s+Kommune$/u, '');
}

function question(kpi: Kpi, org: Organisation, period: string, lang: 'da' | 'en'): string {
  return lang === 'da'
    ? `Hvad var ${kpi.name.da.toLowerCase()} for ${shortName(org)} ${period}?`
    : `What was the ${kpi.name.en.toLowerCase()} for ${shortName(org)} ${period}?`;
}

export interface OrgCase {
  /** What the question asks about: a municipality's id, or a level's ("klynge-hedensted", "landsplan"). */
  org: string;
  /** The value stored for it, or undefined when the measure has none for it (the answer must then not be another's). */
  value: number | undefined;
  lang: 'da' | 'en';
  form: string;
  text: string;
}

type Level = 'cluster' | 'national';

const LEVEL_PHRASES: Record<Level, Record<'da' | 'en', Array<[string, (name: string, member: string) => string]>>> = {
  cluster: {
    da: [
      ['cluster plain', (n) => `${n} i klyngen`],
      ['cluster average', (n) => `klyngegennemsnittet for ${n}`],
      ['cluster genitive', (n, m) => `${n} i ${m}s klynge`],
      ['cluster comparable', (n) => `${n} for de sammenlignelige kommuner`],
      ['cluster comparable', (n) => `gennemsnittet for sammenlignelige kommuner for ${n}`],
      ['cluster lower', (n) => `${n} i klyngen`.toLowerCase()],
    ],
    en: [
      ['cluster plain', (n) => `${n} in the cluster`],
      ['cluster average', (n) => `the cluster average for ${n}`],
      ['cluster genitive', (n, m) => `${n} in ${m}'s cluster`],
      ['cluster genitive', (n, m) => `${m}'s cluster's ${n}`],
      ['cluster comparable', (n) => `${n} for comparable municipalities`],
    ],
  },
  national: {
    da: [
      ['national plain', (n) => `${n} på landsplan`],
      ['national whole country', (n) => `${n} i hele landet`],
      ['national average', (n) => `landsgennemsnittet for ${n}`],
      ['national adverb', (n) => `${n} nationalt`],
      ['national country', (n) => `${n} i Danmark`],
    ],
    en: [
      ['national plain', (n) => `${n} nationally`],
      ['national level', (n) => `${n} at the national level`],
      ['national average', (n) => `the national average for ${n}`],
      ['national whole country', (n) => `${n} for the country as a whole`],
      ['national country', (n) => `${n} in Denmark`],
    ],
  },
};

const MUNICIPALITY_PHRASES: Record<'da' | 'en', Array<[string, (name: string, org: string) => string]>> = {
  da: [
    ['municipality plain', (n, o) => `${n} for ${o}`],
    ['municipality full name', (n, o) => `${n} i ${o} Kommune`],
    ['municipality lower', (n, o) => `${n} i ${o.toLowerCase()}`],
    ['municipality genitive', (n, o) => `${o}s ${n}`],
    ['municipality jobcenter', (n, o) => `${n} i Jobcenter ${o}`],
  ],
  en: [
    ['municipality plain', (n, o) => `the ${n} for ${o}`],
    ['municipality full name', (n, o) => `the ${n} in ${o} Municipality`],
    ['municipality genitive', (n, o) => `${o}'s ${n}`],
    ['municipality lower', (n, o) => `the ${n} in ${o.toLowerCase()}`],
  ],
};

/**
 * Every measure stored for a municipality and compared with a level (a cluster or the whole country), asked of
 * the municipality, of its cluster and of the country in each phrasing: the answer is the figure stored for what
 * is asked, and where none is stored, never another organisation's. Ranks are left out: "placering i klyngen"
 * names a level as what is counted among.
 */
export async function organisationCases(): Promise<OrgCase[]> {
  const seed = await loadSeedEntities();
  const orgs = new Map(seed.organisations.map((o) => [o.id, o]));
  const out: OrgCase[] = [];
  for (const kpi of seed.kpis) {
    const home = orgs.get(kpi.orgId);
    if (home?.kind !== 'municipality' || /placering|rank/iu.test(kpi.name.da)) continue;
    const figures = seed.figures.filter((f) => f.kpiId === kpi.id);
    const levels = figures.map((f) => orgs.get(f.orgId)).filter((o) => o?.kind !== undefined && o.kind !== 'municipality');
    if (!levels.length) continue;
    for (const f of figures.filter((x) => x.orgId === home.id)) {
      const at = (orgId: string) => figures.find((x) => x.orgId === orgId && x.period === f.period && x.kind === f.kind)?.value;
      const short = shortName(home);
      for (const lang of ['da', 'en'] as const) {
        const name = kpi.name[lang].replace(/^./u, (c) => c.toLowerCase());
        const ask = (subject: string) => (lang === 'da' ? `Hvad var ${subject} i ${f.period}?` : `What was ${subject} in ${f.period}?`);
        for (const [form, make] of MUNICIPALITY_PHRASES[lang]) out.push({ org: home.id, value: f.value, lang, form, text: ask(make(name, short)) });
        for (const level of ['cluster', 'national'] as const) {
          const stored = levels.find((o) => o!.kind === level);
          // A level with no figure for this measure: any answer must be that level's or none.
          const orgId = stored?.id ?? level;
          for (const [form, make] of LEVEL_PHRASES[level][lang]) {
            out.push({ org: orgId, value: stored ? at(stored.id) : undefined, lang, form, text: ask(make(name, short)) });
          }
        }
      }
    }
  }
  return out;
}
