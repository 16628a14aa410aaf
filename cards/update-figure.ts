/**
 * The update-figure card (`opdater tal` / `update figures`): organisation, case and KPI as filtered
 * choice sets, kind, period and value as typed. The KPI choices are static (Teams' Data.Query typeahead
 * leaves the list empty in the Agents Playground and some Teams clients, and a bot cannot tell which),
 * so the card has a search field and a "show KPIs" button that sends it back with the KPIs of the
 * chosen organisation and case that match. Only the organisation is required on the card: the find
 * button sends the card before a KPI, period or value is chosen, and the bot names each missing field
 * under it on submit. Sent back after an invalid submit with the input kept and each error under its
 * field; after a conflict with a notice and the current version's ETag.
 */
import template from './update-figure.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Lang, type SubmitData } from './card.js';

export interface Choice {
  title: string;
  value: string;
}

export type UpdateField = 'org' | 'case' | 'q' | 'kpi' | 'kind' | 'period' | 'value' | 'note';

export interface UpdateFigureView {
  lang: Lang;
  orgs: Choice[];
  cases: Choice[];
  kpis: Choice[];
  /** Under the KPI list: how many there are and how to find others ("Viser 30 af 62 …"). */
  kpiNote?: string;
  /** What the user had entered: kept when the card comes back. */
  values?: Partial<Record<UpdateField, string>>;
  errors?: Partial<Record<UpdateField, string>>;
  notice?: { text: string; tone: 'warning' | 'attention' };
  /** The submit button's payload (verb, language, and the ETag of a figure being replaced). */
  submit: { title?: string; data: SubmitData };
  /** The "show KPIs" button's payload: sends the card back with the KPIs that match organisation, case and search. */
  find: { data: SubmitData };
}

const KIND_LABELS: Record<Lang, [string, string][]> = {
  da: [['actual', 'Faktisk'], ['budget', 'Budget'], ['target', 'Mål'], ['expected', 'Forventet'], ['counterfactual', 'Kontrafaktisk'], ['potential', 'Potentiale'], ['difference', 'Forskel']],
  en: [['actual', 'Actual'], ['budget', 'Budget'], ['target', 'Target'], ['expected', 'Expected'], ['counterfactual', 'Counterfactual'], ['potential', 'Potential'], ['difference', 'Difference']],
};

const TEXT = {
  da: {
    title: 'Opdater et tal',
    intro: 'Vælg organisation og nøgletal, og skriv periode og værdi. Find nøgletallet ved at vælge en sag eller søge og trykke "Vis nøgletal". Danske talformater virker: 1.869 og 15,9.',
    save: 'Gem tallet',
    find: 'Vis nøgletal',
    labels: {
      org: 'Organisation', orgRequired: 'Vælg en organisation',
      case: 'Sag (valgfri, afgrænser nøgletallene)', casePlaceholder: 'Vælg en sag, fx KIK II',
      q: 'Søg efter nøgletal (valgfri)', qPlaceholder: 'fx selvforsørgende',
      kpi: 'Nøgletal', kpiPlaceholder: 'Vælg et nøgletal',
      kind: 'Art',
      period: 'Periode', periodPlaceholder: 'fx 2018-09, sep 2018, 30-09-2018',
      value: 'Værdi', valuePlaceholder: 'fx 1.869 eller 15,9',
      note: 'Note (valgfri)',
    },
  },
  en: {
    title: 'Update a figure',
    intro: 'Choose organisation and KPI, then enter period and value. Find the KPI by choosing a case or searching and pressing "Show KPIs". Danish number formats work: 1.869 and 15,9.',
    save: 'Save the figure',
    find: 'Show KPIs',
    labels: {
      org: 'Organisation', orgRequired: 'Choose an organisation',
      case: 'Case (optional, narrows the KPIs)', casePlaceholder: 'Choose a case, e.g. KIK II',
      q: 'Search for a KPI (optional)', qPlaceholder: 'e.g. self-supporting',
      kpi: 'KPI', kpiPlaceholder: 'Choose a KPI',
      kind: 'Kind',
      period: 'Period', periodPlaceholder: 'e.g. 2018-09, Sep 2018, 30-09-2018',
      value: 'Value', valuePlaceholder: 'e.g. 1.869 or 15,9',
      note: 'Note (optional)',
    },
  },
} as const;

const FIELDS: UpdateField[] = ['org', 'case', 'q', 'kpi', 'kind', 'period', 'value', 'note'];

export function updateFigureCard(view: UpdateFigureView): AdaptiveCard {
  const t = TEXT[view.lang];
  const values = Object.fromEntries(FIELDS.map((f) => [f, view.values?.[f] ?? (f === 'kind' ? 'actual' : '')]));
  const errors = Object.fromEntries(FIELDS.map((f) => [f, view.errors?.[f] ?? '']));
  const card = expandTemplate(template, {
    title: t.title,
    intro: t.intro,
    notice: view.notice?.text ?? '',
    noticeColor: view.notice?.tone === 'attention' ? 'Attention' : 'Warning',
    labels: t.labels,
    values,
    errors,
    orgs: view.orgs,
    cases: view.cases,
    kpis: view.kpis,
    kpiNote: view.kpiNote ?? '',
    kinds: KIND_LABELS[view.lang].map(([value, title]) => ({ title, value })),
    find: { title: t.find, data: view.find.data },
    submit: { title: view.submit.title ?? t.save, data: view.submit.data },
  });
  return withoutEmpty(card);
}

/**
 * Templating leaves `"value": ""` and empty choice lists. Teams shows an empty value as a selected blank
 * choice, and a choice set without choices is invalid Adaptive Card (an organisation without cases has
 * no case to choose), so both go.
 */
function withoutEmpty(card: AdaptiveCard): AdaptiveCard {
  const isEmptyChoiceSet = (n: unknown) => !!n && typeof n === 'object' && (n as { type?: unknown }).type === 'Input.ChoiceSet' && !(n as { choices?: unknown[] }).choices?.length;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) if (isEmptyChoiceSet(node[i])) node.splice(i, 1);
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && o.value === '') delete o.value;
    for (const v of Object.values(o)) walk(v);
  };
  walk(card);
  return card;
}
