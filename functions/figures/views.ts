/**
 * The cards of figure updates: the update card as built from the catalogue (its organisation, case and
 * KPI choices), and the reply to a submit — the card again with errors, a question or a conflict, or a
 * message saying what was saved and what it did to the KPI's goals.
 */
import { card, type Reply, type TurnInfo } from '../../bot/index.js';
import { messageCard } from '../../cards/message.js';
import { updateFigureCard, type Choice, type UpdateField } from '../../cards/update-figure.js';
import { formatQuantity } from '../domain/format.js';
import { statusLabel } from '../domain/goals/index.js';
import type { Kpi } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';
import { caseFamily, getCatalogue, type Catalogue } from '../query/catalogue.js';
import type { Verb } from '../../cards/verbs.js';
import type { Permit } from '../security/index.js';
import type { Store } from '../store/store.js';
import type { UpdateOutcome } from './update.js';
import { describe } from './wording.js';

export const UPDATE_VERB = 'figure.update' satisfies Verb;
const FIND_VERB = 'figure.find' satisfies Verb;
/** KPIs listed on the card at once: enough to pick from in any client, few enough to read; the search finds the rest. */
export const KPI_CHOICES = 30;

/** What building the card needs: the catalogue's store, the home organisation, and who may change which organisation's figures. */
export interface FiguresChat {
  store: Store;
  homeOrg: string;
  permit: Permit;
  now: () => Date;
}

interface FormExtra {
  errors?: Partial<Record<UpdateField, string>>;
  notice?: { text: string; tone: 'warning' | 'attention' };
  expectedEtag?: string;
}

/**
 * The update card with what the user had entered, and any errors, notice or ETag to carry. The
 * organisations offered are those whose figures the user may change (their own), the home organisation
 * chosen first; the KPIs are the chosen organisation's, narrowed by case and search.
 */
export async function updateForm(chat: FiguresChat, turn: TurnInfo, values: Partial<Record<UpdateField, string>>, extra: FormExtra = {}): Promise<Reply> {
  const { lang } = turn;
  const cat = await getCatalogue(chat.store);
  const all = [...cat.orgs.values()];
  const writable = all.filter((o) => chat.permit(turn.user, 'figures.write', { orgId: o.id }));
  const offered = writable.length ? writable : all;
  const org = offered.find((o) => o.id === values.org)?.id ?? offered.find((o) => o.id === chat.homeOrg)?.id ?? offered[0]?.id;
  const cases = org ? casesOf(cat, org) : [];
  const caseId = cases.some((c) => c.value === values.case) ? values.case : undefined;
  const q = values.q?.trim() ?? '';
  const found = kpisOf(cat, lang, org, caseId, q);
  const view = updateFigureCard({
    lang,
    orgs: offered.map((o) => ({ title: o.name, value: o.id })).sort((a, b) => a.title.localeCompare(b.title, 'da')),
    cases,
    kpis: withChosen(cat, found.slice(0, KPI_CHOICES), values.kpi).map((k) => ({ title: k.name[lang], value: k.id })),
    kpiNote: kpiNote(found.length, q, lang),
    values: { ...values, ...(org ? { org } : {}), case: caseId ?? '' },
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
    submit: { data: { verb: UPDATE_VERB, lang, ...(extra.expectedEtag ? { expectedEtag: extra.expectedEtag } : {}) } },
    find: { data: { verb: FIND_VERB, lang } },
  });
  return card(view, lang === 'da' ? 'Opdater et tal' : 'Update a figure');
}

/** Under the KPI list: what it holds when that is not everything, or that the search found nothing. */
function kpiNote(total: number, q: string, lang: Lang): string {
  if (!total && q) return lang === 'da' ? `Ingen nøgletal passer til "${q}". Prøv et andet ord, eller vælg en anden sag.` : `No KPI matches "${q}". Try another word, or choose another case.`;
  if (total <= KPI_CHOICES) return q ? (lang === 'da' ? `${total} nøgletal passer til "${q}".` : `${total} ${total === 1 ? 'KPI matches' : 'KPIs match'} "${q}".`) : '';
  return lang === 'da'
    ? `Viser ${KPI_CHOICES} af ${total} nøgletal. Vælg en sag eller skriv et søgeord, og tryk "Vis nøgletal" for at finde de andre.`
    : `Showing ${KPI_CHOICES} of ${total} KPIs. Choose a case or type a search word and press "Show KPIs" to find the others.`;
}

/** The reply to the card's submit, by what updateFigure did. */
export async function outcomeReply(chat: FiguresChat, outcome: UpdateOutcome, turn: TurnInfo, values: Partial<Record<UpdateField, string>>): Promise<Reply> {
  const { lang } = turn;
  switch (outcome.kind) {
    case 'invalid':
      return updateForm(chat, turn, values, { errors: Object.fromEntries(outcome.errors.map((e) => [e.field, e.message])) });
    case 'confirm':
      return updateForm(chat, turn, values, {
        notice: { tone: 'warning', text: lang === 'da' ? `Tallet findes allerede: ${describe(outcome.existing, outcome.kpi, lang)}. Tryk "Gem tallet" igen for at erstatte det.` : `This figure already exists: ${describe(outcome.existing, outcome.kpi, lang)}. Press "Save the figure" again to replace it.` },
        expectedEtag: outcome.existing._etag,
      });
    case 'conflict':
      return updateForm(chat, turn, values, {
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

/** The organisation's own cases (not proposals), by code and title. */
function casesOf(cat: Catalogue, org: string): Choice[] {
  return [...cat.cases.values()]
    .filter((c) => c.orgId === org && !c.proposalId && c.kind !== 'proposal')
    .map((c) => ({ title: c.code && !c.title.startsWith(c.code) ? `${c.code}: ${c.title}` : c.title, value: c.id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'da'));
}

/** KPIs of the organisation (and case): best search matches first when the user has searched, else those with goals first, by name. */
function kpisOf(cat: Catalogue, lang: Lang, org: string | undefined, caseId: string | undefined, text: string): Kpi[] {
  const family = caseId && cat.cases.has(caseId) ? caseFamily(cat, caseId) : undefined;
  const fits = (k: Kpi) => (!org || k.orgId === org) && (!family || (!!k.caseId && family.has(k.caseId)));
  // Without a search, KPIs with goals first: those are the figures people keep current.
  const goalsFirst = (k: Kpi) => (cat.goalsByKpi.get(k.id)?.length ? 0 : 1);
  if (!text) return [...cat.kpis.values()].filter(fits).sort((a, b) => goalsFirst(a) - goalsFirst(b) || a.name[lang].localeCompare(b.name[lang], lang));
  return cat.index.search(text, { type: 'kpi' }, 200).map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k && fits(k));
}

/** The KPI the user already chose stays a choice, or the card would drop their input. */
function withChosen(cat: Catalogue, kpis: Kpi[], chosenId: string | undefined): Kpi[] {
  const chosen = chosenId ? cat.kpis.get(chosenId) : undefined;
  return chosen && !kpis.includes(chosen) ? [chosen, ...kpis] : kpis;
}
