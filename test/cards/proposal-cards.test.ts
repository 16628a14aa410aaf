/**
 * Every proposal card as the bot sends it — both forms (empty, refused with errors, as a dialog, as a
 * revision), the review card for reviewers and others in each status, the confirmation and the lists —
 * validated by the Adaptive Cards SDK at version 1.5: no parse or validation events, no duplicate ids,
 * only elements Teams renders, every input labelled, every button a known verb with a Submit fallback.
 */
import { describe, expect, it } from 'vitest';
import { CARD_VERSION, type AdaptiveCard, type Lang } from '../../cards/index.js';
import { loadConfig } from '../../functions/config.js';
import type { Proposal } from '../../functions/domain/model.js';
import { confirmationCard, formCard, listCard, reviewCardFor } from '../../functions/proposals/chat/views.js';
import { PROPOSAL_VERBS } from '../../functions/proposals/chat/verbs.js';
import { reviewerPolicy } from '../../functions/proposals/reviewers.js';
import { cardProblems, elementTypes, unexpandedTemplateText } from './support/validate-card.js';

const KNOWN_TYPES = new Set([
  'AdaptiveCard', 'TextBlock', 'Container', 'ActionSet', 'FactSet', 'ColumnSet', 'Column', 'Table', 'TableRow', 'TableCell',
  'Input.Text', 'Input.Number', 'Input.ChoiceSet', 'Action.Submit', 'Action.Execute', 'Action.ShowCard', 'Action.ToggleVisibility',
]);

const orgs = [{ id: 'herning', name: 'Herning Kommune' }, { id: 'viborg', name: 'Viborg Kommune' }];
// The reviewer belongs to Herning, the proposals' organisation (a reviewer decides only their own organisation's).
const reviewers = reviewerPolicy(loadConfig({ REVIEWER_IDS: '29:manager-1', HOME_ORG: 'herning' }));
const manager = { id: '29:manager-1', name: 'Lone Leder', kind: 'user' as const };
const staff = { id: '29:staff-1', name: 'Sofie', kind: 'user' as const };

const base: Proposal = {
  id: 'herning.forslag-0123456789ab',
  orgId: 'herning',
  kind: 'priority',
  number: 'BIC 08',
  responsibleUnit: 'BIC',
  title: 'Flere virksomhedspraktikker',
  proposedBy: 'Sofie',
  effortTypes: ['tidlig', 'afhjaelpende'],
  approach: 'investering',
  economy: [{ year: 2027, operatingCostChange: 375, benefitSaving: 1161, staffChange: 0.61 }, { year: 2028, operatingCostChange: -281, benefitSaving: 1600, staffChange: 1 }],
  background: 'x'.repeat(900),
  plannedAction: 'To jobkonsulenter.',
  successCriterion: '12 borgere i job pr. år',
  status: 'in-review',
  submittedBy: { id: staff.id, name: 'Sofie', kind: 'user' },
  submittedAt: '2026-11-23T09:00:00.000Z',
  decisions: [],
};
const quickWin: Proposal = { ...base, id: 'herning.quick-win-0123456789ab', kind: 'quick-win', number: undefined, effortTypes: [], approach: undefined, economy: [], description: 'Ét system', estimatedYearlySaving: 250, targetGroup: 'Ledige' };
const decided = (decision: 'approve' | 'reject' | 'request-changes', status: Proposal['status']): Proposal => ({
  ...base,
  status,
  decisions: [{ decision, by: { id: manager.id, name: manager.name, kind: 'user' }, at: '2026-11-24T10:30:00.000Z', comment: 'Begrundelse' }],
});

function cards(lang: Lang): [string, AdaptiveCard][] {
  const errors = [
    { field: 'title', message: 'Skal udfyldes.' },
    { field: 'economy.1.staffChange', message: 'Højst 2 decimaler.' },
    { field: 'estimatedYearlySaving', message: 'Skriv et tal.' },
  ];
  const page = { items: [{ ...base, _etag: 'e' }, { ...quickWin, _etag: 'e' }], total: 12, page: 1, pages: 3 };
  return [
    ['quick-win form', formCard({ kind: 'quick-win', lang, orgs, values: { orgId: 'herning' } })],
    ['quick-win form refused', formCard({ kind: 'quick-win', lang, orgs, values: { title: '', estimatedYearlySaving: '1.6oo' }, errors, notice: 'Ret felterne', formId: 'f' })],
    ['priority form', formCard({ kind: 'priority', lang, orgs, values: {} })],
    ['priority form refused', formCard({ kind: 'priority', lang, orgs, values: { 'economy.1.staffChange': '0,615', effortTypes: 'tidlig,eftervaern' }, errors })],
    ['priority form in a dialog', formCard({ kind: 'priority', lang, orgs, values: {}, dialog: true })],
    ['priority form to resubmit', formCard({ kind: 'priority', lang, orgs, values: { title: 'x' }, proposalId: base.id, revision: 'resubmit' })],
    ['review card for reviewers', reviewCardFor(base, { lang, viewer: manager, policy: reviewers, orgName: 'Herning Kommune' })],
    ['review card refused decision', reviewCardFor(base, { lang, viewer: manager, policy: reviewers, errors: { reason: 'Skriv en begrundelse.' }, notice: { text: 'Skriv en begrundelse.', tone: 'attention' } })],
    ['review card for staff', reviewCardFor(base, { lang, viewer: staff, policy: reviewers })],
    ['quick win review', reviewCardFor(quickWin, { lang, viewer: manager, policy: reviewers })],
    ['approved, for a reviewer', reviewCardFor(decided('approve', 'approved'), { lang, viewer: manager, policy: reviewers, notice: { text: 'ok', tone: 'good' } })],
    ['rejected', reviewCardFor(decided('reject', 'rejected'), { lang, viewer: staff, policy: reviewers })],
    ['changes requested, for the submitter', reviewCardFor(decided('request-changes', 'changes-requested'), { lang, viewer: staff, policy: reviewers })],
    ['confirmation', confirmationCard(base, lang, true)],
    ['confirmation, nobody to review', confirmationCard(quickWin, lang, false, true)],
    ['list, middle page', listCard(page, 'pending', lang)],
    ['list, empty', listCard({ items: [], total: 0, page: 0, pages: 1 }, 'mine', lang)],
  ];
}

function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  visit(o);
  for (const key of ['body', 'items', 'columns', 'rows', 'cells', 'actions', 'card', 'fallback', 'refresh', 'action']) if (o[key]) walk(o[key], visit);
}

describe.each(['da', 'en'] as const)('%s', (lang) => {
  describe.each(cards(lang))('%s', (_name, card) => {
    it('is an Adaptive Card 1.5 that parses and validates without events and has no duplicate ids', () => {
      expect(card.version).toBe(CARD_VERSION);
      const problems = cardProblems(card);
      expect(problems.parse).toEqual([]);
      expect(problems.validation).toEqual([]);
      expect(Object.entries(problems.ids).filter(([, n]) => n > 1)).toEqual([]);
    });

    it('uses only elements Teams renders at 1.5 and leaves no template expression unexpanded', () => {
      const types = new Set<string>();
      walk(card, (o) => typeof o.type === 'string' && types.add(o.type));
      expect([...types].filter((t) => !KNOWN_TYPES.has(t))).toEqual([]);
      expect(elementTypes(card).length).toBeGreaterThan(3);
      expect(unexpandedTemplateText(card)).toEqual([]);
    });

    it('labels every input and gives every required or checked input an error message', () => {
      walk(card, (o) => {
        if (typeof o.type !== 'string' || !o.type.startsWith('Input.')) return;
        expect(o.label, `${o.id} label`).toBeTruthy();
        if (o.isRequired || o.regex || o.min !== undefined) expect(o.errorMessage, `${o.id} errorMessage`).toBeTruthy();
      });
    });

    it('gives every button a known verb, and every Action.Execute an Action.Submit fallback with the same data', () => {
      walk(card, (o) => {
        if (o.type === 'Action.Execute') {
          expect(Object.keys(PROPOSAL_VERBS)).toContain(o.verb);
          expect((o.data as { verb: string }).verb).toBe(o.verb);
          if (o !== (card.refresh as { action?: unknown } | undefined)?.action) expect(o.fallback).toEqual({ type: 'Action.Submit', title: o.title, data: o.data });
        }
        if (o.type === 'Action.Submit') expect(Object.keys(PROPOSAL_VERBS)).toContain((o.data as { verb: string }).verb);
      });
    });
  });
});

describe('what the cards show', () => {
  it('shows the decision buttons to reviewers of an open proposal only, and refreshes for the reviewers', () => {
    const decisions = (c: AdaptiveCard) => JSON.stringify(c.actions ?? []).match(/"decision":"[a-z-]+"/g) ?? [];
    expect(new Set(decisions(reviewCardFor(base, { lang: 'da', viewer: manager, policy: reviewers })))).toEqual(new Set(['"decision":"approve"', '"decision":"reject"', '"decision":"request-changes"']));
    expect(decisions(reviewCardFor(base, { lang: 'da', viewer: staff, policy: reviewers }))).toEqual([]);
    expect(decisions(reviewCardFor(decided('approve', 'approved'), { lang: 'da', viewer: manager, policy: reviewers }))).toEqual([]);
    expect(reviewCardFor(base, { lang: 'da', viewer: staff, policy: reviewers }).refresh).toMatchObject({ userIds: ['29:manager-1'] });
  });

  it('says who decided and when, in Danish time', () => {
    const text = JSON.stringify(reviewCardFor(decided('reject', 'rejected'), { lang: 'da', viewer: staff, policy: reviewers }));
    expect(text).toContain('Afvist af Lone Leder 24.11.2026 kl. 11.30');
    expect(text).toContain('“Begrundelse”');
  });

  it('names a decider only for the status that decision made: a resubmitted or implemented proposal is not "by" the reviewer', () => {
    const resubmitted = { ...decided('request-changes', 'changes-requested'), status: 'submitted' as const };
    const text = JSON.stringify(reviewCardFor(resubmitted, { lang: 'da', viewer: manager, policy: reviewers }));
    expect(text).toContain('Indsendt. Venter på en beslutning.');
    expect(text).not.toContain('af Lone Leder');
    const implemented = JSON.stringify(reviewCardFor({ ...decided('approve', 'approved'), status: 'implemented' }, { lang: 'en', viewer: staff, policy: reviewers }));
    expect(implemented).toContain('Implemented. Approved by Lone Leder, 24 Nov 2026, 11:30');
  });

  it('mirrors the Herning form: every field, the four-year economy table, multi-select effort types', () => {
    const card = formCard({ kind: 'priority', lang: 'da', orgs, values: {} });
    const inputs: Record<string, Record<string, unknown>> = {};
    walk(card, (o) => typeof o.type === 'string' && o.type.startsWith('Input.') && (inputs[o.id as string] = o));
    expect(Object.keys(inputs)).toEqual([
      'responsibleUnit', 'number', 'orgId', 'title', 'proposedBy', 'effortTypes', 'approach',
      ...[0, 1, 2, 3].flatMap((i) => ['year', 'operatingCostChange', 'benefitSaving', 'staffChange'].map((f) => `economy.${i}.${f}`)),
      'background', 'legalRequirements', 'currentPractice', 'plannedAction', 'consequences', 'successCriterion',
    ]);
    expect(inputs.effortTypes).toMatchObject({ isMultiSelect: true, choices: [{ value: 'forebyggende' }, { value: 'tidlig' }, { value: 'afhjaelpende' }, { value: 'eftervaern' }] });
    expect(inputs['economy.0.year']).toMatchObject({ type: 'Input.Number', min: 2000, max: 2100, value: new Date().getUTCFullYear() + 1 });
    expect(inputs['economy.3.staffChange']).toMatchObject({ regex: expect.any(String), maxLength: 20 });
    expect(inputs.title).toMatchObject({ isRequired: true, maxLength: 300 });
    expect(inputs.plannedAction).toMatchObject({ isRequired: true, isMultiline: true, maxLength: 4000 });
  });
});
