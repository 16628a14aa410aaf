import { describe, expect, it } from 'vitest';
import { updateFigureCard, type UpdateFigureView } from '../../cards/update-figure.js';
import { cardProblems, elementTypes, unexpandedTemplateText } from './support/validate-card.js';

const view = (over: Partial<UpdateFigureView> = {}): UpdateFigureView => ({
  lang: 'da',
  orgs: [{ title: 'Aabenraa', value: 'aabenraa' }, { title: 'Viborg', value: 'viborg' }],
  cases: [{ title: 'KIK II', value: 'aabenraa.kik-ii' }],
  kpis: [{ title: 'KIK II: borgere selvforsørgende', value: 'aabenraa.kik-ii.selvforsoergende' }],
  submit: { data: { verb: 'figure.update', lang: 'da' } },
  find: { data: { verb: 'figure.find', lang: 'da' } },
  ...over,
});

const inputs = (card: any): Record<string, any> => {
  const out: Record<string, any> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) out[n.id] = n;
    for (const k of ['body', 'items', 'columns']) if (n[k]) walk(n[k]);
  };
  walk(card.body);
  return out;
};

const submitsOf = (card: any): { title: string; data: unknown }[] => {
  const out: { title: string; data: unknown }[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (n.type === 'Action.Submit') out.push({ title: n.title, data: n.data });
    for (const k of ['body', 'items', 'columns', 'actions']) if (n[k]) walk(n[k]);
  };
  walk(card);
  return out;
};

describe('the update-figure card', () => {
  it.each(['da', 'en'] as const)('is a valid Adaptive Card 1.5 in %s, with no unknown elements or duplicate ids', (lang) => {
    const card = updateFigureCard(view({ lang, values: { org: 'aabenraa', value: 'mange' }, errors: { value: 'not a number' }, notice: { text: 'x', tone: 'warning' } }));
    const problems = cardProblems(card);
    expect(problems.parse).toEqual([]);
    expect(problems.validation).toEqual([]);
    expect(Object.values(problems.ids).every((n) => n === 1)).toBe(true);
    expect(card.version).toBe('1.5');
    expect(unexpandedTemplateText(card)).toEqual([]);
    expect(new Set(elementTypes(card))).toEqual(new Set(['AdaptiveCard', 'TextBlock', 'Input.ChoiceSet', 'ColumnSet', 'Column', 'Input.Text', 'ActionSet', 'Action.Submit']));
  });

  it('offers static filtered choices (no Data.Query, which some clients leave empty), a search field and a button that sends it back to find KPIs', () => {
    const card = updateFigureCard(view({ kpiNote: 'Viser 30 af 62 nøgletal.' }));
    const i = inputs(card);
    for (const id of ['org', 'case', 'kpi']) expect(i[id].style).toBe('filtered');
    expect(JSON.stringify(card)).not.toContain('Data.Query');
    expect(i.kpi.choices).toEqual([{ title: 'KIK II: borgere selvforsørgende', value: 'aabenraa.kik-ii.selvforsoergende' }]);
    expect(i.q.type).toBe('Input.Text');
    expect(i.kind.value).toBe('actual');
    expect(submitsOf(card)).toEqual([{ title: 'Vis nøgletal', data: { verb: 'figure.find', lang: 'da' } }, { title: 'Gem tallet', data: { verb: 'figure.update', lang: 'da' } }]);
    expect(JSON.stringify(card)).toContain('Viser 30 af 62 nøgletal.');
    // The find button sends the card before a KPI, period or value is chosen: only the organisation may be required.
    expect(Object.values(i).filter((x) => x.isRequired).map((x) => x.id)).toEqual(['org']);
  });

  it('keeps what the user typed and shows each error under its field', () => {
    const card = updateFigureCard(view({ values: { org: 'aabenraa', kpi: 'aabenraa.kik-ii.selvforsoergende', period: 'sep 2018', value: 'mange' }, errors: { value: '"mange" er ikke et tal' } }));
    const i = inputs(card);
    expect([i.org.value, i.kpi.value, i.period.value, i.value.value]).toEqual(['aabenraa', 'aabenraa.kik-ii.selvforsoergende', 'sep 2018', 'mange']);
    const json = JSON.stringify(card);
    expect(json).toContain('"mange\\" er ikke et tal');
    expect(json.match(/"color":"Attention"/g)).toHaveLength(1);
  });

  it('carries the ETag of the figure being replaced in its submit data, and drops an empty case list', () => {
    const card = updateFigureCard(view({ cases: [], submit: { data: { verb: 'figure.update', lang: 'da', expectedEtag: '"e-1"' } } }));
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { verb: 'figure.update', lang: 'da', expectedEtag: '"e-1"' } })]);
    expect(inputs(card).case).toBeUndefined();
    expect(cardProblems(card).validation).toEqual([]);
  });
});
