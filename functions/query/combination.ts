/**
 * Two things asked together that the organisation's measures only name apart: "Økonomiudvalgets budget til
 * kontanthjælp" when kontanthjælp is a budget line of the labour-market committee only. A measure naming the
 * part asked (ØK's investment in KIK II) and nothing of the other thing is not about it, however well its other
 * words fit: answering with it is the nearest figure, a confident wrong number. Parts are the members of the
 * part families in words.json (a committee); which things the organisation names beside which parts is worked
 * out once per catalogue revision.
 */
import type { Kpi } from '../domain/model.js';
import type { Frame, Lexicon } from '../domain/query/index.js';
import type { Lang } from '../domain/period.js';
import { askName, orgName, refusal, type Ctx } from './answer-kit.js';
import { catalogueRevision, type Catalogue } from './catalogue.js';
import { contrastLabel, lexiconFor } from './readings.js';
import { namedContrasts } from './resolve-names.js';
import type { Answer } from './types.js';

const family = (member: string) => member.split(':')[0]!;
/** Small numbers and scopes are often incidental to a measure's name; a negation is no thing of its own. */
const incidental = (member: string) => /^(?:n|scope|negation):/.test(member);

const byCatalogue = new WeakMap<Catalogue, { revision: number; parts: Map<string, Map<string, Set<string>>> }>();

/** Per organisation: each contrast member its measures name → the part members named beside it. */
function partsBeside(cat: Catalogue, lex: Lexicon): Map<string, Map<string, Set<string>>> {
  const kept = byCatalogue.get(cat);
  if (kept && kept.revision === catalogueRevision(cat)) return kept.parts;
  const parts = new Map<string, Map<string, Set<string>>>();
  for (const kpi of cat.kpis.values()) {
    const named = namedContrasts(lex, kpi);
    const own = named.filter((m) => lex.partFamilies.has(family(m)));
    if (!own.length) continue;
    let org = parts.get(kpi.orgId);
    if (!org) parts.set(kpi.orgId, (org = new Map()));
    for (const m of named.filter((x) => !own.includes(x) && !incidental(x))) {
      const beside = org.get(m) ?? new Set<string>();
      for (const p of own) beside.add(p);
      org.set(m, beside);
    }
  }
  byCatalogue.set(cat, { revision: catalogueRevision(cat), parts });
  return parts;
}

/** What a measure leaves out of a question naming a part it names and a thing it does not: the thing and the part. */
export interface Apart {
  thing: string;
  part: string;
}

/**
 * A thing the question asks (a benefit) that the measure does not name, while the measure names the part asked
 * (a committee) and the organisation's measures name that thing only beside another part of the same family:
 * the two are never named together, so the measure answers only half the question.
 */
export function namedApart(cat: Catalogue, lex: Lexicon, f: Frame, kpi: Kpi): Apart | undefined {
  const named = namedContrasts(lex, kpi);
  const parts = named.filter((m) => lex.partFamilies.has(family(m)) && f.contrasts.includes(m));
  if (!parts.length) return undefined;
  const beside = partsBeside(cat, lex).get(kpi.orgId);
  for (const thing of f.contrasts.filter((c) => !incidental(c) && !lex.partFamilies.has(family(c)) && !named.includes(c))) {
    // Named beside some part, but never beside the one asked: the catalogue tells the two apart.
    const others = [...(beside?.get(thing) ?? [])];
    if (others.length && !others.some((p) => parts.includes(p))) return { thing, part: parts[0]! };
  }
  return undefined;
}

export function apartText(lang: Lang, a: Apart, measure: string, org: string): string {
  const thing = contrastLabel(a.thing, lang);
  const part = contrastLabel(a.part, lang);
  return lang === 'da'
    ? `Jeg har intet tal for «${thing}» under «${part}». Det nærmeste er ${measure} (${org}), men det gælder ikke «${thing}» – derfor intet tal.`
    : `I have no figure for «${thing}» under «${part}». The nearest is ${measure} (${org}), but it is not about «${thing}» – so no figure.`;
}

/** A looked-up figure whose measure names the part asked but not the thing asked beside it: a refusal naming the thing. */
export function guardCombination(ctx: Ctx, answer: Answer): Answer {
  if (answer.kind !== 'figure' || ctx.f.operation !== 'lookup') return answer;
  const ids = [...new Set(answer.figures.map((x) => x.kpi))];
  const kpi = ids.length === 1 ? ctx.cat.kpis.get(ids[0]!) : undefined;
  if (!kpi) return answer;
  const apart = namedApart(ctx.cat, lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon, ctx.f, kpi);
  if (!apart) return answer;
  const measure = kpi.name[ctx.lang];
  const where = orgName(ctx.cat, answer.figures[0]!.org);
  return { ...refusal(ctx.lang, 'no-figure', apartText(ctx.lang, apart, measure, where)), alternatives: [{ label: `${measure} – ${where}`, q: `${askName(ctx.cat, kpi, ctx.lang)} ${where}` }] };
}
