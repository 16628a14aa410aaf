/**
 * The cards of figure updates: the update card as built from the catalogue (its organisation, case and
 * KPI choices), and the reply to a submit — the card again with errors, a question or a conflict, or a
 * message saying what was saved and what it did to the KPI's goals.
 */
import { card, type Reply } from '../../bot/index.js';
import { messageCard } from '../../cards/message.js';
import { updateFigureCard, type Choice, type UpdateField } from '../../cards/update-figure.js';
import { formatQuantity } from '../domain/format.js';
import { statusLabel } from '../domain/goals/index.js';
import type { Kpi } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';
import { fold } from '../domain/text.js';
import { caseFamily, getCatalogue, type Catalogue } from '../query/catalogue.js';
import type { Verb } from '../../cards/verbs.js';
import type { Store } from '../store/store.js';
import type { UpdateOutcome } from './update.js';
import { describe } from './wording.js';

export const UPDATE_VERB = 'figure.update' satisfies Verb;
export const DATASETS = { cases: 'maalbot.cases', kpis: 'maalbot.kpis' } as const;
/** Static choices are a fallback for clients without Data.Query; this many keeps the card well under 28 KB. */
const STATIC_KPIS = 60;
export const SEARCH_RESULTS = 15;

interface FormExtra {
  errors?: Partial<Record<UpdateField, string>>;
  notice?: { text: string; tone: 'warning' | 'attention' };
  expectedEtag?: string;
}

/** The update card with what the user had entered, and any errors, notice or ETag to carry. */
export async function updateForm(chat: { store: Store; homeOrg: string }, lang: Lang, values: Partial<Record<UpdateField, string>>, extra: FormExtra = {}): Promise<Reply> {
  const cat = await getCatalogue(chat.store);
  const org = values.org && cat.orgs.has(values.org) ? values.org : cat.orgs.has(chat.homeOrg) ? chat.homeOrg : undefined;
  const view = updateFigureCard({
    lang,
    orgs: [...cat.orgs.values()].map((o) => ({ title: o.name, value: o.id })).sort((a, b) => a.title.localeCompare(b.title, 'da')),
    cases: org ? casesOf(cat, org, '') : [],
    kpis: kpisOf(cat, lang, org, values.case, '', STATIC_KPIS, values.kpi),
    values: { ...values, ...(org ? { org } : {}) },
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
    submit: { data: { verb: UPDATE_VERB, lang, ...(extra.expectedEtag ? { expectedEtag: extra.expectedEtag } : {}) } },
    datasets: DATASETS,
  });
  return card(view, lang === 'da' ? 'Opdater et tal' : 'Update a figure');
}

/** The reply to the card's submit, by what updateFigure did. */
export async function outcomeReply(chat: { store: Store; homeOrg: string }, outcome: UpdateOutcome, lang: Lang, values: Partial<Record<UpdateField, string>>): Promise<Reply> {
  switch (outcome.kind) {
    case 'invalid':
      return updateForm(chat, lang, values, { errors: Object.fromEntries(outcome.errors.map((e) => [e.field, e.message])) });
    case 'confirm':
      return updateForm(chat, lang, values, {
        notice: { tone: 'warning', text: lang === 'da' ? `Tallet findes allerede: ${describe(outcome.existing, outcome.kpi, lang)}. Tryk "Gem tallet" igen for at erstatte det.` : `This figure already exists: ${describe(outcome.existing, outcome.kpi, lang)}. Press "Save the figure" again to replace it.` },
        expectedEtag: outcome.existing._etag,
      });
    case 'conflict':
      return updateForm(chat, lang, values, {
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

export function casesOf(cat: Catalogue, org: string, text: string): Choice[] {
  const q = fold(text);
  return [...cat.cases.values()]
    .filter((c) => c.orgId === org && !c.proposalId && c.kind !== 'proposal')
    .filter((c) => !q || fold(`${c.code ?? ''} ${c.title} ${(c.aliases ?? []).join(' ')}`).includes(q))
    .map((c) => ({ title: c.code && !c.title.startsWith(c.code) ? `${c.code}: ${c.title}` : c.title, value: c.id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'da'));
}

/** KPIs of the organisation (and case), best search matches first when the user has typed something. */
export function kpisOf(cat: Catalogue, lang: Lang, org: string | undefined, caseId: string | undefined, text: string, limit: number, keep?: string): Choice[] {
  const family = caseId && cat.cases.has(caseId) ? caseFamily(cat, caseId) : undefined;
  const fits = (k: Kpi) => (!org || k.orgId === org) && (!family || (!!k.caseId && family.has(k.caseId)));
  let kpis: Kpi[];
  if (text.trim()) {
    kpis = cat.index.search(text, { type: 'kpi' }, 100).map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k && fits(k));
  } else {
    kpis = [...cat.kpis.values()].filter(fits).sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  }
  const chosen = keep ? cat.kpis.get(keep) : undefined;
  // The KPI the user already chose must stay a choice, or the card would drop their input.
  if (chosen && !kpis.slice(0, limit).includes(chosen)) kpis = [chosen, ...kpis];
  return kpis.slice(0, limit).map((k) => ({ title: k.name[lang], value: k.id }));
}
