/**
 * The update-figure card (`opdater tal` / `update figures`): organisation, case and KPI as filtered
 * choice sets, kind, period and value as typed. Case and KPI also carry a Data.Query (Teams' dynamic
 * typeahead, answered by the bot's application/search invoke with the other inputs as filters);
 * clients without it use the static choices. Sent back after an invalid submit with the input kept and
 * each error under its field; after a conflict with a notice and the current version's ETag.
 */
import template from './update-figure.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Lang, type SubmitData } from './card.js';

export interface Choice {
  title: string;
  value: string;
}

export type UpdateField = 'org' | 'case' | 'kpi' | 'kind' | 'period' | 'value' | 'note';

export interface UpdateFigureView {
  lang: Lang;
  orgs: Choice[];
  cases: Choice[];
  kpis: Choice[];
  /** What the user had entered: kept when the card comes back. */
  values?: Partial<Record<UpdateField, string>>;
  errors?: Partial<Record<UpdateField, string>>;
  notice?: { text: string; tone: 'warning' | 'attention' };
  /** The submit button's payload (verb, language, and the ETag of a figure being replaced). */
  submit: { title?: string; data: SubmitData };
  /** Names of the Data.Query datasets the bot answers. */
  datasets: { cases: string; kpis: string };
}

const KIND_LABELS: Record<Lang, [string, string][]> = {
  da: [['actual', 'Faktisk'], ['budget', 'Budget'], ['target', 'Mål'], ['expected', 'Forventet'], ['counterfactual', 'Kontrafaktisk'], ['potential', 'Potentiale'], ['difference', 'Forskel']],
  en: [['actual', 'Actual'], ['budget', 'Budget'], ['target', 'Target'], ['expected', 'Expected'], ['counterfactual', 'Counterfactual'], ['potential', 'Potential'], ['difference', 'Difference']],
};

const TEXT = {
  da: {
    title: 'Opdater et tal',
    intro: 'Vælg organisation, sag og nøgletal, og skriv periode og værdi. Danske talformater virker: 1.869 og 15,9.',
    save: 'Gem tallet',
    labels: {
      org: 'Organisation', orgRequired: 'Vælg en organisation',
      case: 'Sag (valgfri, afgrænser nøgletallene)', casePlaceholder: 'Skriv for at søge, fx KIK II',
      kpi: 'Nøgletal', kpiRequired: 'Vælg et nøgletal', kpiPlaceholder: 'Skriv for at søge, fx selvforsørgende',
      kind: 'Art', kindRequired: 'Vælg en art',
      period: 'Periode', periodPlaceholder: 'fx 2018-09, sep 2018, 30-09-2018', periodRequired: 'Skriv en periode',
      value: 'Værdi', valuePlaceholder: 'fx 1.869 eller 15,9', valueRequired: 'Skriv en værdi',
      note: 'Note (valgfri)',
    },
  },
  en: {
    title: 'Update a figure',
    intro: 'Choose organisation, case and KPI, then enter period and value. Danish number formats work: 1.869 and 15,9.',
    save: 'Save the figure',
    labels: {
      org: 'Organisation', orgRequired: 'Choose an organisation',
      case: 'Case (optional, narrows the KPIs)', casePlaceholder: 'Type to search, e.g. KIK II',
      kpi: 'KPI', kpiRequired: 'Choose a KPI', kpiPlaceholder: 'Type to search, e.g. self-supporting',
      kind: 'Kind', kindRequired: 'Choose a kind',
      period: 'Period', periodPlaceholder: 'e.g. 2018-09, Sep 2018, 30-09-2018', periodRequired: 'Enter a period',
      value: 'Value', valuePlaceholder: 'e.g. 1.869 or 15,9', valueRequired: 'Enter a value',
      note: 'Note (optional)',
    },
  },
} as const;

const FIELDS: UpdateField[] = ['org', 'case', 'kpi', 'kind', 'period', 'value', 'note'];

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
    kinds: KIND_LABELS[view.lang].map(([value, title]) => ({ title, value })),
    datasets: view.datasets,
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
