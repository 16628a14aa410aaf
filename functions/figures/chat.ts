/**
 * Keeping figures current in chat: `opdater tal` / `update figures` opens the update card, its submit
 * saves (or comes back with the errors, a question before overwriting, or a conflict), the card's
 * typeahead queries are answered, and "hvem ændrede …" / "who changed …" shows a KPI's history
 * (the bot recognises the phrase, bot/commands.ts). Handed to the bot through its features interface
 * (bot/features.ts, wired in functions/chat-features.ts).
 */
import { card, text, type Reply } from '../../bot/index.js';
import type { TurnInfo } from '../../bot/index.js';
import type { Verb } from '../../cards/verbs.js';
import { messageCard } from '../../cards/message.js';
import { updateFigureCard, type Choice, type UpdateField } from '../../cards/update-figure.js';
import { formatQuantity } from '../domain/format.js';
import { statusLabel } from '../domain/goals/index.js';
import type { Actor, AuditEntry, Figure, FigureKind, Kpi } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';
import { fold } from '../domain/text.js';
import { caseFamily, getCatalogue, type Catalogue } from '../query/catalogue.js';
import type { Permit } from '../security/index.js';
import type { Stored, Store } from '../store/store.js';
import { FigureUpdateSubmitSchema, updateFigure, type UpdateOutcome } from './update.js';
import { kpiHistory } from './history.js';

export const UPDATE_VERB = 'figure.update' satisfies Verb;
export const DATASETS = { cases: 'maalbot.cases', kpis: 'maalbot.kpis' } as const;
/** Static choices are a fallback for clients without Data.Query; this many keeps the card well under 28 KB. */
const STATIC_KPIS = 60;
const SEARCH_RESULTS = 15;
const HISTORY_ENTRIES = 5;

export interface SearchQuery {
  text: string;
  /** The card's other inputs (Data.Query associatedInputs: auto). */
  data: Record<string, unknown>;
}

/** `permit` is the authorization policy as the bot asks it for a Teams user (security/teams-user.ts). */
export function figureUpdateFeatures(store: Store, homeOrg: string, permit: Permit, now: () => Date = () => new Date()) {
  async function form(lang: Lang, values: Partial<Record<UpdateField, string>>, extra: { errors?: Partial<Record<UpdateField, string>>; notice?: { text: string; tone: 'warning' | 'attention' }; expectedEtag?: string } = {}) {
    const cat = await getCatalogue(store);
    const org = values.org && cat.orgs.has(values.org) ? values.org : cat.orgs.has(homeOrg) ? homeOrg : undefined;
    const view = updateFigureCard({
      lang,
      orgs: [...cat.orgs.values()].map((o) => ({ title: o.name, value: o.id })).sort((a, b) => a.title.localeCompare(b.title, 'da')),
      cases: org ? casesOf(cat, org, '') : [],
      kpis: kpisOf(cat, org, values.case, '', STATIC_KPIS, values.kpi),
      values: { ...values, ...(org ? { org } : {}) },
      ...(extra.errors ? { errors: extra.errors } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
      submit: { data: { verb: UPDATE_VERB, lang, ...(extra.expectedEtag ? { expectedEtag: extra.expectedEtag } : {}) } },
      datasets: DATASETS,
    });
    return card(view, lang === 'da' ? 'Opdater et tal' : 'Update a figure');
  }

  return {
    async openFigureUpdate(turn: TurnInfo): Promise<Reply[]> {
      return [await form(turn.lang, {})];
    },

    async submitFigureUpdate(data: Record<string, unknown>, turn: TurnInfo): Promise<Reply[]> {
      const input = FigureUpdateSubmitSchema.parse(stringsOnly(data));
      const values: Partial<Record<UpdateField, string>> = {};
      for (const f of ['org', 'case', 'kpi', 'kind', 'period', 'value', 'note'] as const) if (input[f]) values[f] = input[f];
      const mayChange = (orgId: string) => permit(turn.user, 'figures.write', { orgId });
      const outcome = await updateFigure(store, input, actorOf(turn), now().toISOString(), turn.lang, mayChange);
      return [await reply(outcome, turn.lang, values)];
    },

    async searchChoices(dataset: string, query: SearchQuery): Promise<Choice[]> {
      const cat = await getCatalogue(store);
      const org = typeof query.data.org === 'string' && cat.orgs.has(query.data.org) ? query.data.org : undefined;
      if (dataset === DATASETS.cases) return org ? casesOf(cat, org, query.text).slice(0, SEARCH_RESULTS) : [];
      if (dataset === DATASETS.kpis) return kpisOf(cat, org, typeof query.data.case === 'string' ? query.data.case : undefined, query.text, SEARCH_RESULTS);
      return [];
    },

    async showHistory(subject: string, turn: TurnInfo): Promise<Reply[]> {
      const lang = turn.lang;
      const cat = await getCatalogue(store);
      const kpi = cat.kpis.get(subject.trim().toLowerCase()) ?? (subject ? cat.kpis.get(cat.index.search(subject, { type: 'kpi' }, 1)[0]?.id ?? '') : undefined);
      if (!kpi) {
        return [text(lang === 'da' ? `Jeg kan ikke finde et nøgletal, der hedder "${subject}". Skriv fx "hvem ændrede KIK II selvforsørgende".` : `I cannot find a KPI called "${subject}". Try e.g. "who changed KIK II self-supporting".`)];
      }
      const entries = (await kpiHistory(store, kpi.id)).slice(0, HISTORY_ENTRIES);
      const name = kpi.name[lang];
      if (!entries.length) {
        const title = lang === 'da' ? `Ingen ændringer af ${name}` : `No changes to ${name}`;
        return [card(messageCard({ title, paragraphs: [lang === 'da' ? 'Tallene er, som de blev indlæst fra kildedokumenterne.' : 'The figures are as loaded from the source documents.'] }), title)];
      }
      const title = lang === 'da' ? `Seneste ændringer af ${name}` : `Recent changes to ${name}`;
      return [card(messageCard({ title, paragraphs: entries.map((e) => historyLine(e, kpi, lang)) }), title)];
    },
  };

  async function reply(outcome: UpdateOutcome, lang: Lang, values: Partial<Record<UpdateField, string>>): Promise<Reply> {
    switch (outcome.kind) {
      case 'invalid':
        return form(lang, values, { errors: Object.fromEntries(outcome.errors.map((e) => [e.field, e.message])) });
      case 'confirm':
        return form(lang, values, {
          notice: { tone: 'warning', text: lang === 'da' ? `Tallet findes allerede: ${describe(outcome.existing, outcome.kpi, lang)}. Tryk "Gem tallet" igen for at erstatte det.` : `This figure already exists: ${describe(outcome.existing, outcome.kpi, lang)}. Press "Save the figure" again to replace it.` },
          expectedEtag: outcome.existing._etag,
        });
      case 'conflict':
        return form(lang, values, {
          notice: { tone: 'attention', text: lang === 'da' ? `Nogen ændrede tallet, mens du skrev: nu ${describe(outcome.current, outcome.kpi, lang)}. Intet er gemt. Tjek værdien og tryk "Gem tallet" igen.` : `Somebody changed this figure while you were typing: now ${describe(outcome.current, outcome.kpi, lang)}. Nothing was saved. Check the value and press "Save the figure" again.` },
          expectedEtag: outcome.current._etag,
        });
      case 'unchanged': {
        const title = lang === 'da' ? 'Uændret' : 'Unchanged';
        return card(messageCard({ title, paragraphs: [lang === 'da' ? `${outcome.kpi.name.da} er allerede ${describe(outcome.figure, outcome.kpi, lang)}.` : `${outcome.kpi.name.en} is already ${describe(outcome.figure, outcome.kpi, lang)}.`] }), title);
      }
      case 'saved': {
        const { figure, kpi } = outcome;
        const title = lang === 'da' ? 'Tallet er gemt' : 'Figure saved';
        const paragraphs = [
          `${kpi.name[lang]}, ${periodLabel(figure.period, lang)}: **${formatQuantity(figure.value, kpi.unit, kpi.scale, lang)}**` +
            (outcome.before ? (lang === 'da' ? ` (før ${formatQuantity(outcome.before.value, kpi.unit, kpi.scale, lang)})` : ` (was ${formatQuantity(outcome.before.value, kpi.unit, kpi.scale, lang)})`) : ''),
          ...outcome.effects.map((e) => `${lang === 'da' ? 'Mål' : 'Goal'} "${e.goal.title[lang]}": ${statusLabel(e.before, lang)} → ${statusLabel(e.after, lang)}`),
        ];
        if (!outcome.effects.length) paragraphs.push(lang === 'da' ? 'Nøgletallet har intet mål.' : 'The KPI has no goal.');
        return card(messageCard({ title, paragraphs, tone: 'good' }), `${title}: ${kpi.name[lang]}`);
      }
    }
  }
}

function describe(f: Stored<Figure> | Figure, kpi: Kpi, lang: Lang): string {
  const who = f.updatedBy.name ?? f.updatedBy.id;
  return `${formatQuantity(f.value, kpi.unit, kpi.scale, lang)} (${who}, ${f.updatedAt.slice(0, 16).replace('T', ' ')})`;
}

function historyLine(e: AuditEntry, kpi: Kpi, lang: Lang): string {
  const who = e.actor.name ?? e.actor.id;
  const before = e.before as Partial<Figure> | undefined;
  const after = e.after as Partial<Figure> | undefined;
  const when = e.at.slice(0, 16).replace('T', ' ');
  const fmt = (v: unknown) => (typeof v === 'number' ? formatQuantity(v, kpi.unit, kpi.scale, lang) : '–');
  const kind = after?.kind ? KIND_WORDS[lang][after.kind] : '';
  const what = e.entityType === 'figure' && after?.period ? `${kind} ${periodLabel(after.period, lang)}: ${before ? `${fmt(before.value)} → ` : ''}${fmt(after.value)}` : `${e.entityType} ${e.action}`;
  const how = e.action === 'import' ? (lang === 'da' ? ' (import)' : ' (import)') : '';
  return `${when} · ${who}: ${what}${how}`;
}

const KIND_WORDS: Record<Lang, Record<FigureKind, string>> = {
  da: { actual: 'faktisk', budget: 'budget', target: 'mål', expected: 'forventet', counterfactual: 'kontrafaktisk', potential: 'potentiale', difference: 'forskel' },
  en: { actual: 'actual', budget: 'budget', target: 'target', expected: 'expected', counterfactual: 'counterfactual', potential: 'potential', difference: 'difference' },
};

function casesOf(cat: Catalogue, org: string, text: string): Choice[] {
  const q = fold(text);
  return [...cat.cases.values()]
    .filter((c) => c.orgId === org && !c.proposalId && c.kind !== 'proposal')
    .filter((c) => !q || fold(`${c.code ?? ''} ${c.title} ${(c.aliases ?? []).join(' ')}`).includes(q))
    .map((c) => ({ title: c.code ? `${c.code}: ${c.title}` : c.title, value: c.id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'da'));
}

/** KPIs of the organisation (and case), best search matches first when the user has typed something. */
function kpisOf(cat: Catalogue, org: string | undefined, caseId: string | undefined, text: string, limit: number, keep?: string): Choice[] {
  const family = caseId && cat.cases.has(caseId) ? caseFamily(cat, caseId) : undefined;
  const fits = (k: Kpi) => (!org || k.orgId === org) && (!family || (!!k.caseId && family.has(k.caseId)));
  let kpis: Kpi[];
  if (text.trim()) {
    kpis = cat.index.search(text, { type: 'kpi' }, 100).map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k && fits(k));
  } else {
    kpis = [...cat.kpis.values()].filter(fits).sort((a, b) => a.name.da.localeCompare(b.name.da, 'da'));
  }
  const chosen = keep ? cat.kpis.get(keep) : undefined;
  // The KPI the user already chose must stay a choice, or the card would drop their input.
  if (chosen && !kpis.slice(0, limit).includes(chosen)) kpis = [chosen, ...kpis];
  return kpis.slice(0, limit).map((k) => ({ title: k.name.da === k.name.en ? k.name.da : `${k.name.da} (${k.name.en})`, value: k.id }));
}

function stringsOnly(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The Teams user as the audit trail names them: the Entra object id when Teams sends it. */
export function actorOf(turn: TurnInfo): Actor {
  return { id: turn.user.aadObjectId ?? turn.user.id, ...(turn.user.name ? { name: turn.user.name } : {}), kind: 'user' };
}
