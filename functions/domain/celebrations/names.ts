/** The words a celebration is made of: names of measures, cases and units, and formatted figures. */
import { formatNumber, formatQuantity } from '../format.js';
import type { Case, Goal, Kpi, Organisation, Proposal } from '../model.js';
import { granularity, periodEnd, periodLabel, type Lang } from '../period.js';
import type { Words } from './wording.js';

export interface NameSources {
  kpis: readonly Kpi[];
  cases?: readonly Pick<Case, 'id' | 'code' | 'title'>[];
  goals?: readonly Pick<Goal, 'id' | 'title'>[];
  organisations?: readonly Pick<Organisation, 'id' | 'name'>[];
}

export function byLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return { da: make('da'), en: make('en') };
}

export class NameBook {
  private readonly kpis: Map<string, Kpi>;
  private readonly cases: Map<string, Pick<Case, 'id' | 'code' | 'title'>>;
  private readonly orgs: Map<string, Pick<Organisation, 'id' | 'name'>>;

  constructor(sources: NameSources) {
    this.kpis = new Map(sources.kpis.map((k) => [k.id, k]));
    this.cases = new Map((sources.cases ?? []).map((c) => [c.id, c]));
    this.orgs = new Map((sources.organisations ?? []).map((o) => [o.id, o]));
  }

  kpi(id: string): Kpi | undefined {
    return this.kpis.get(id);
  }

  /** Where the news happened: the case as people say it ("KIK II"), else the organisation. */
  place(caseId: string | undefined, orgId: string): string {
    const c = caseId ? this.cases.get(caseId) : undefined;
    return c?.code ?? c?.title ?? this.orgs.get(orgId)?.name ?? orgId;
  }

  caseName(caseId: string): string {
    const c = this.cases.get(caseId);
    return c?.code ?? c?.title ?? caseId;
  }

  /** Words about a figure of `kpi`, for each language. */
  figureWords(kpi: Kpi, place: string, period: string, value: number, extra: (lang: Lang) => Words = () => ({})): Record<Lang, Words> {
    return byLang((lang) => ({
      Kpi: withoutPlace(kpi.name[lang], place),
      kpi: lowerFirst(withoutPlace(kpi.name[lang], place)),
      place,
      value: quantity(kpi, value, lang),
      date: asOfLabel(period, lang),
      ...extra(lang),
    }));
  }
}

export function quantity(kpi: Pick<Kpi, 'unit' | 'scale'>, value: number, lang: Lang): string {
  return formatQuantity(value, kpi.unit, kpi.scale, lang);
}

export function times(ratio: number, lang: Lang): string {
  return formatNumber(ratio, lang, { maxDecimals: 1 });
}

/** "BIC 01 «Title»" / "BIC 01 “Title”". */
export function proposalName(p: Pick<Proposal, 'number' | 'title'>, lang: Lang): string {
  const title = lang === 'da' ? `«${p.title}»` : `“${p.title}”`;
  return p.number ? `${p.number} ${title}` : title;
}

/** A figure "as of" its period: a range reads as its last day ("31. august 2018"), others as themselves. */
export function asOfLabel(period: string, lang: Lang): string {
  return periodLabel(granularity(period) === 'range' ? periodEnd(period) : period, lang);
}

/** "KIK II: borgere selvforsørgende" in KIK II is "borgere selvforsørgende": the sentence names the place already. */
function withoutPlace(name: string, place: string): string {
  const prefix = `${place}: `;
  if (!name.startsWith(prefix) || name.length === prefix.length) return name;
  const rest = name.slice(prefix.length);
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/** Mid-sentence, "Selvforsørgende" reads "selvforsørgende"; acronyms ("KIK", "A-dagpenge") keep their case. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}
