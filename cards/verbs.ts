/**
 * Every card verb Målbot understands, in one table: what its button carries (a zod schema, which also
 * checks what comes back from Teams) and the permission it needs. Card builders make buttons with
 * `button()`, which takes only a verb listed here with its payload; the bot dispatches by this table and
 * the chat guard (bot/guard.ts) reads the permission from it. A new button starts with a row here.
 *
 * Permissions are named as functions/security/policy.ts's actions (the guard's types check they exist).
 */
import { z } from 'zod';
import type { Button, Lang } from './card.js';

export type Permission = 'read' | 'subscriptions.change' | 'figures.write' | 'proposals.submit';

const ProposalId = z.string().min(1).max(200);
const Kind = z.enum(['quick-win', 'priority']);
const FormId = z.string().min(1).max(100);

interface VerbSpec {
  schema: z.ZodType<Record<string, unknown>>;
  permission: Permission;
}

export const VERBS = {
  // The bot's own buttons (help and welcome cards); each runs the command of the same name.
  help: { schema: z.object({}), permission: 'read' },
  /** Runs an example question as if the user had typed it. */
  ask: { schema: z.object({ question: z.string().min(1).max(500) }), permission: 'read' },
  status: { schema: z.object({}), permission: 'read' },
  subscribe: { schema: z.object({}), permission: 'subscriptions.change' },
  unsubscribe: { schema: z.object({}), permission: 'subscriptions.change' },
  proposal: { schema: z.object({}), permission: 'proposals.submit' },

  /** A "did you mean" button: asks its reading as a new question (none: an honest no-match). */
  'query.alternative': { schema: z.object({ question: z.string().max(500).optional() }), permission: 'read' },

  /** The update card's submit: its inputs ride along, checked by figures/update.ts. */
  'figure.update': { schema: z.looseObject({ expectedEtag: z.string().max(200).optional() }), permission: 'figures.write' },
  /** The update card's "show KPIs": the card back with the KPIs that match its organisation, case and search. */
  'figure.find': { schema: z.looseObject({}), permission: 'figures.write' },
  /** A KPI offered by "hvem ændrede" without a name: its history. */
  'figure.history': { schema: z.object({ kpiId: z.string().min(1).max(200) }), permission: 'read' },

  'digest.pause': { schema: z.looseObject({ subscriptionId: z.string().max(400).optional() }), permission: 'subscriptions.change' },
  'digest.case': { schema: z.looseObject({ caseId: z.string().max(200).optional() }), permission: 'read' },
  'digest.settings': { schema: z.object({}), permission: 'subscriptions.change' },
  /** The settings card's submit: ChoiceSet values, read by digest/chat.ts's settingsFromCard. */
  'digest.save': { schema: z.looseObject({}), permission: 'subscriptions.change' },

  // Proposals: who may decide is the proposal feature's own check (functions/proposals/reviewers.ts).
  /** Open a form in the chat. */
  'proposal.new': { schema: z.object({ kind: Kind }), permission: 'proposals.submit' },
  /** A form's submit: the inputs ride along, validated by the domain schema, not here. */
  'proposal.submit': { schema: z.looseObject({ formId: FormId, kind: Kind }), permission: 'proposals.submit' },
  /** A prefilled form's submit: resubmit after changes were requested, or a reviewer's edit. */
  'proposal.revise': { schema: z.looseObject({ formId: FormId, proposalId: ProposalId, kind: Kind }), permission: 'proposals.submit' },
  'proposal.decide': {
    schema: z.looseObject({
      proposalId: ProposalId,
      decision: z.enum(['approve', 'reject', 'request-changes']),
      reason: z.string().max(5000).optional(),
      comment: z.string().max(5000).optional(),
    }),
    permission: 'read',
  },
  /** Teams asks for the viewer's own version of a review card. */
  'proposal.refresh': { schema: z.object({ proposalId: ProposalId }), permission: 'read' },
  'proposal.show': { schema: z.object({ proposalId: ProposalId }), permission: 'read' },
  'proposal.edit-form': { schema: z.object({ proposalId: ProposalId }), permission: 'proposals.submit' },
  'proposal.list': { schema: z.object({ list: z.enum(['mine', 'pending']), page: z.coerce.number().int().min(0).max(10_000) }), permission: 'read' },
  'proposal.implement': { schema: z.object({ proposalId: ProposalId }), permission: 'read' },
  'proposal.archive': { schema: z.object({ proposalId: ProposalId }), permission: 'read' },
  /** The priority form as a Teams dialog: task/fetch opens it, task/submit submits it. */
  'proposal.dialog': { schema: z.looseObject({ kind: Kind, formId: FormId.optional() }), permission: 'proposals.submit' },
} as const satisfies Record<string, VerbSpec>;

export type Verb = keyof typeof VERBS;
/** What a handler of `V` receives: the payload as its schema parsed it. */
export type VerbPayload<V extends Verb> = z.output<(typeof VERBS)[V]['schema']>;
/** What a button of `V` carries (before parsing: e.g. a page number may still be a string). */
export type VerbInput<V extends Verb> = z.input<(typeof VERBS)[V]['schema']>;

/** The verbs the bot answers itself; every other verb belongs to a feature. */
export const BOT_VERBS = ['help', 'ask', 'status', 'subscribe', 'unsubscribe', 'proposal'] as const satisfies readonly Verb[];
export type BotVerb = (typeof BOT_VERBS)[number];
export type FeatureVerb = Exclude<Verb, BotVerb>;

export function isVerb(verb: string): verb is Verb {
  return Object.hasOwn(VERBS, verb);
}

export function isBotVerb(verb: string): verb is BotVerb {
  return (BOT_VERBS as readonly string[]).includes(verb);
}

/** Every submit carries the card's language, so the answer to a button is in the language of the card. */
export const SubmitEnvelopeSchema = z.looseObject({
  verb: z.string().min(1).max(100),
  lang: z.enum(['da', 'en']).optional(),
});

/** A button that posts `verb` with its payload and the card's language. */
export function button<V extends Verb>(verb: V, title: string, lang: Lang, payload: VerbInput<V>): Button {
  return { title, data: { ...payload, verb, lang } };
}

/** A button that opens a Teams dialog (task module) rather than posting to the bot. */
export function dialogButton(title: string, lang: Lang, payload: VerbInput<'proposal.dialog'>): Button {
  return { title, data: { ...payload, verb: 'proposal.dialog', lang, msteams: { type: 'task/fetch' } } };
}
