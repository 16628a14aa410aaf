/**
 * Proposals in chat: the `forslag`/`idea` command, the two list commands, the forms' submits (as
 * Action.Execute invokes, Action.Submit messages or a dialog's task/submit), reviewers' decisions and the
 * cards' refresh. Every handler answers with the card the button was on, as it should look now.
 */
import { card, cardUpdate, onVerb, text, type BotFeatures, type DialogHandler, type Reply, type TurnInfo } from '../../../bot/index.js';
import { messageCard } from '../../../cards/index.js';
import { formatWhen } from '../../../cards/proposal-wording.js';
import type { Config } from '../../config.js';
import type { Runtime } from '../../runtime.js';
import { COMMENT_FIELD, draftFromForm, submissionKey } from '../../domain/proposals/index.js';
import { readProposal, type ProposalContext, type StoredProposal } from '../context.js';
import { decideProposal } from '../decide.js';
import { myProposals, pendingProposals } from '../queries.js';
import { reviewerPolicy, type Person, type ReviewerPolicy } from '../reviewers.js';
import { moveProposal, reviseProposal } from '../revise.js';
import { submitProposal } from '../submit.js';
import { notifySubmitter, postForReview, updateReviewCards, type Here, type Messenger } from './routing.js';
import type { VerbPayload } from '../../../cards/verbs.js';
import { notifyWaitMs, waitAtMost } from '../../security/deadline.js';
import { button, dialogButton } from './verbs.js';
import { confirmationCard, formCard, keptValues, listCard, organisationChoices, reviewCardFor, valuesOf, WORDS, type FormState } from './views.js';
import { DECIDED_WORD, SAY } from './wording.js';

export interface ProposalFeatureOptions {
  /** How to reach conversations other than the turn's own (the bot endpoint's proactive send). */
  messenger: Messenger;
  log?: (message: string, error?: unknown) => void;
  now?: () => string;
}

type Handlers = Required<Pick<BotFeatures, 'openProposalForm' | 'listProposals'>> & { cardActions: Record<string, NonNullable<BotFeatures['cardActions']>[string]>; dialogs: Record<string, DialogHandler> };

/** What every proposal handler works with. */
interface ProposalChat {
  ctx: ProposalContext;
  config: Pick<Config, 'homeOrg' | 'proposals' | 'bot'>;
  policy: ReviewerPolicy;
  here: (turn: TurnInfo) => Here;
}

/** The commands, card verbs and dialog of proposals, each a named handler below. */
export function proposalFeatures(runtime: Runtime, options: ProposalFeatureOptions): Handlers {
  const policy = reviewerPolicy(runtime.config);
  const log = options.log ?? (() => undefined);
  const chat: ProposalChat = {
    ctx: { store: runtime.store, reviewers: policy, now: options.now ?? (() => new Date().toISOString()) },
    config: runtime.config,
    policy,
    here: (turn) => ({ conversationId: turn.conversation.id, lang: turn.lang, messenger: options.messenger, log }),
  };
  return {
    openProposalForm: (turn, args) => openProposalForm(chat, turn, args),
    listProposals: async (turn, which) => [card(await list(chat, which, 0, turn), WORDS[turn.lang][which])],
    cardActions: {
      'proposal.new': onVerb('proposal.new', ({ kind }, turn) => newForm(chat, kind, turn)),
      'proposal.submit': onVerb('proposal.submit', (_p, turn, data) => submitFromCard(chat, data, turn, WORDS[turn.lang].submit)),
      'proposal.revise': onVerb('proposal.revise', (_p, turn, data) => submitFromCard(chat, data, turn, WORDS[turn.lang].resubmit)),
      'proposal.decide': onVerb('proposal.decide', (payload, turn) => decide(chat, payload, turn)),
      'proposal.refresh': onVerb('proposal.refresh', ({ proposalId }, turn) => showReview(chat, proposalId, turn, cardUpdate)),
      'proposal.show': onVerb('proposal.show', ({ proposalId }, turn) => showReview(chat, proposalId, turn, card)),
      'proposal.edit-form': onVerb('proposal.edit-form', ({ proposalId }, turn) => editForm(chat, proposalId, turn)),
      'proposal.list': onVerb('proposal.list', async ({ list: which, page }, turn) => [cardUpdate(await list(chat, which, page, turn), WORDS[turn.lang][which])]),
      'proposal.implement': onVerb('proposal.implement', ({ proposalId }, turn) => move(chat, proposalId, 'implement', turn)),
      'proposal.archive': onVerb('proposal.archive', ({ proposalId }, turn) => move(chat, proposalId, 'archive', turn)),
    },
    dialogs: { 'proposal.dialog': { open: (data, turn) => openDialog(chat, data, turn), submit: (data, turn) => submitDialog(chat, data, turn) } },
  };
}

/** `forslag` / `idea` [quick win | priority | pending | mine]: a form, a list, or the choice between them. */
async function openProposalForm(chat: ProposalChat, turn: TurnInfo, args: string): Promise<Reply[]> {
  const a = args.toLocaleLowerCase('da');
  if (/quick|hurtig|idé|ide\b/.test(a)) return [card(await form(chat, { kind: 'quick-win', lang: turn.lang }), 'Quick win')];
  if (/priorit|skema|lang|full/.test(a)) return [card(await form(chat, { kind: 'priority', lang: turn.lang, values: proposer(turn, 'priority') }), WORDS[turn.lang].priority)];
  if (/behandling|pending/.test(a)) return [card(await list(chat, 'pending', 0, turn), WORDS[turn.lang].pending)];
  if (/mine|my\b/.test(a)) return [card(await list(chat, 'mine', 0, turn), WORDS[turn.lang].mine)];
  return [chooser(turn)];
}

/** proposal.new: the chosen form in place of the chooser. */
async function newForm(chat: ProposalChat, kind: 'quick-win' | 'priority', turn: TurnInfo): Promise<Reply[]> {
  const view = await form(chat, { kind, lang: turn.lang, values: proposer(turn, kind) });
  return [cardUpdate(view, kind === 'priority' ? WORDS[turn.lang].priority : 'Quick win')];
}

/** proposal.submit and proposal.revise: the form again with its errors, or the confirmation in its place. */
async function submitFromCard(chat: ProposalChat, data: Record<string, unknown>, turn: TurnInfo, summary: string): Promise<Reply[]> {
  const r = await submitForm(chat, data, turn, false);
  return [cardUpdate(r.card, summary), ...r.replies];
}

/** proposal.dialog, task/fetch: the form in a Teams dialog. */
async function openDialog(chat: ProposalChat, data: Record<string, unknown>, turn: TurnInfo) {
  const kind = data.kind === 'quick-win' ? 'quick-win' : 'priority';
  return { kind: 'card' as const, title: kind === 'priority' ? WORDS[turn.lang].priority : 'Quick win', card: await form(chat, { kind, lang: turn.lang, values: proposer(turn, kind), dialog: true }) };
}

/** proposal.dialog, task/submit: the dialog stays open with the errors, or closes and the confirmation is posted. */
async function submitDialog(chat: ProposalChat, data: Record<string, unknown>, turn: TurnInfo): ReturnType<DialogHandler['submit']> {
  const r = await submitForm(chat, data, turn, true);
  if (!r.done) return { dialog: { kind: 'card', title: WORDS[turn.lang].priority, card: r.card }, replies: [] };
  return { dialog: { kind: 'close' }, replies: [card(r.card, WORDS[turn.lang].submit), ...r.replies] };
}

/** A form's submit, new or revised: the same card with errors, or the confirmation. */
async function submitForm(chat: ProposalChat, data: Record<string, unknown>, turn: TurnInfo, dialog: boolean): Promise<{ card: ReturnType<typeof formCard>; done: boolean; replies: Reply[] }> {
  const { ctx } = chat;
  const kind = data.kind === 'priority' ? 'priority' : 'quick-win';
  const formId = String(data.formId ?? '');
  const proposalId = typeof data.proposalId === 'string' ? data.proposalId : undefined;
  const input = draftFromForm(kind, data);
  const acting = { person: person(turn), lang: turn.lang };
  let outcome: Awaited<ReturnType<typeof reviseProposal>> | Awaited<ReturnType<typeof submitProposal>>;
  let revision: 'resubmit' | 'edit' | undefined;
  if (proposalId) {
    const current = await readProposal(ctx, proposalId);
    revision = current?.status === 'approved' ? 'edit' : 'resubmit';
    outcome = await reviseProposal(ctx, proposalId, input, revision, acting);
  } else {
    outcome = await submitProposal(ctx, input, { ...acting, idempotencyKey: submissionKey(formId, turn.user.id), conversationId: turn.conversation.id });
  }
  if (outcome.kind === 'invalid') {
    const notice = outcome.cpr ? SAY[turn.lang].cpr : WORDS[turn.lang].fixFields;
    const again = await form(chat, { kind, lang: turn.lang, values: keptValues(data, turn.lang), errors: outcome.errors, notice, formId, dialog, ...(proposalId ? { proposalId, ...(revision ? { revision } : {}) } : {}) });
    return { card: again, done: false, replies: [] };
  }
  if (outcome.kind === 'not-found') return { card: messageCard({ title: SAY[turn.lang].notFound, paragraphs: [] }), done: true, replies: [] };
  if (outcome.kind === 'not-permitted' || outcome.kind === 'not-now') {
    return { card: await review(chat, outcome.proposal, turn, { notice: { text: outcome.kind === 'not-now' ? SAY[turn.lang].notNow : SAY[turn.lang].notReviewer, tone: 'attention' } }), done: true, replies: [] };
  }
  const fresh = outcome.kind === 'created' || (outcome.kind === 'changed' && revision === 'resubmit');
  // A reviewers' conversation that does not respond must not hold up the confirmation: waited for a bounded time.
  const here = chat.here(turn);
  const routed = fresh ? await waitAtMost(postForReview(ctx, chat.config, outcome.proposal, here), notifyWaitMs(chat.config), { replies: [], sent: true }, here.log, `Posting proposal ${outcome.proposal.id} for review`) : { replies: [], sent: true };
  const latest = (await ctx.store.proposals.get(outcome.proposal.id, outcome.proposal.orgId)) ?? outcome.proposal;
  return { card: confirmationCard(latest, turn.lang, routed.sent, revision === 'resubmit'), done: true, replies: routed.replies };
}

/** proposal.decide: a reviewer approves, rejects or asks for changes; the submitter is told. */
async function decide(chat: ProposalChat, payload: VerbPayload<'proposal.decide'>, turn: TurnInfo): Promise<Reply[]> {
  const { ctx } = chat;
  const field = payload.decision === 'approve' ? undefined : COMMENT_FIELD[payload.decision];
  const comment = field ? payload[field] : undefined;
  const outcome = await decideProposal(ctx, payload.proposalId, { decision: payload.decision, ...(comment?.trim() ? { comment: comment.trim() } : {}) }, { person: person(turn), lang: turn.lang, ...(field ? { commentField: field } : {}) });
  const s = SAY[turn.lang];
  switch (outcome.kind) {
    case 'not-found':
      return [text(s.notFound)];
    case 'invalid': {
      const p = await readProposal(ctx, payload.proposalId);
      if (!p) return [text(s.notFound)];
      const errors = Object.fromEntries(outcome.errors.map((e) => [e.field, e.message]));
      return [cardUpdate(await review(chat, p, turn, { errors, notice: { text: outcome.errors[0]!.message, tone: 'attention' } }), p.title)];
    }
    case 'not-permitted':
      return [cardUpdate(await review(chat, outcome.proposal, turn, { notice: { text: s.notReviewer, tone: 'attention' } }), outcome.proposal.title)];
    case 'already-decided': {
      const d = outcome.decision;
      const note = d ? s.already(DECIDED_WORD[turn.lang][d.decision], d.by.name ?? d.by.id, formatWhen(d.at, turn.lang)) : s.notNow;
      return [cardUpdate(await review(chat, outcome.proposal, turn, { notice: { text: note, tone: 'attention' } }), outcome.proposal.title)];
    }
    case 'decided': {
      const p = outcome.proposal;
      // The review cards and the submitter are told at once, waited for a bounded time, so a conversation that does not respond cannot hold up the decision.
      const here = chat.here(turn);
      const wait = notifyWaitMs(chat.config);
      const [, notified] = await Promise.all([
        waitAtMost(updateReviewCards(ctx, p, here), wait, 0, here.log, `Updating the review cards of ${p.id}`),
        waitAtMost(notifySubmitter(ctx.store, p, here), wait, [], here.log, `Telling the submitter of ${p.id}`),
      ]);
      return [cardUpdate(await review(chat, p, turn, { notice: { text: s.decided[payload.decision], tone: 'good' } }), p.title), ...notified];
    }
  }
}

/** proposal.refresh (the viewer's own version, in place) and proposal.show (as a new card). */
async function showReview(chat: ProposalChat, proposalId: string, turn: TurnInfo, as: typeof card | typeof cardUpdate): Promise<Reply[]> {
  const p = await readProposal(chat.ctx, proposalId);
  return p ? [as(await review(chat, p, turn), p.title)] : [text(SAY[turn.lang].notFound)];
}

/** proposal.edit-form: the proposal's form, filled in, to resubmit or (approved) edit. */
async function editForm(chat: ProposalChat, proposalId: string, turn: TurnInfo): Promise<Reply[]> {
  const p = await readProposal(chat.ctx, proposalId);
  if (!p) return [text(SAY[turn.lang].notFound)];
  const revision = p.status === 'approved' ? 'edit' : 'resubmit';
  return [card(await form(chat, { kind: p.kind, lang: turn.lang, values: valuesOf(p), proposalId, revision }), p.title)];
}

/** proposal.implement and proposal.archive. */
async function move(chat: ProposalChat, proposalId: string, action: 'implement' | 'archive', turn: TurnInfo): Promise<Reply[]> {
  const outcome = await moveProposal(chat.ctx, proposalId, action, person(turn));
  if (outcome.kind === 'not-found' || outcome.kind === 'invalid') return [text(SAY[turn.lang].notFound)];
  const s = SAY[turn.lang];
  const notice = outcome.kind === 'not-permitted' ? s.notReviewer : outcome.kind === 'not-now' ? s.notNow : s.moved;
  return [cardUpdate(await review(chat, outcome.proposal, turn, { notice: { text: notice, tone: outcome.kind === 'changed' ? 'good' : 'attention' } }), outcome.proposal.title)];
}

async function list(chat: ProposalChat, which: 'mine' | 'pending', page: number, turn: TurnInfo) {
  const result = which === 'mine' ? await myProposals(chat.ctx, turn.user.id, page) : await pendingProposals(chat.ctx, page);
  return listCard(result, which, turn.lang);
}

async function form(chat: ProposalChat, state: Omit<FormState, 'orgs' | 'values'> & { values?: Record<string, string> }): Promise<ReturnType<typeof formCard>> {
  const orgs = await organisationChoices(chat.ctx.store);
  const home = orgs.some((o) => o.id === chat.config.homeOrg) ? chat.config.homeOrg : orgs[0]?.id;
  return formCard({ ...state, orgs, values: { ...(home ? { orgId: home } : {}), ...state.values } });
}

async function review(chat: ProposalChat, p: StoredProposal, turn: TurnInfo, extra: Partial<Parameters<typeof reviewCardFor>[1]> = {}) {
  const org = await chat.ctx.store.organisations.get(p.orgId, p.orgId);
  return reviewCardFor(p, { lang: turn.lang, viewer: person(turn), policy: chat.policy, ...(org ? { orgName: org.name } : {}), ...extra });
}

function chooser(turn: TurnInfo): Reply {
  const w = WORDS[turn.lang];
  const s = SAY[turn.lang];
  const buttons = [
    button('proposal.new', w.quickWin, turn.lang, { kind: 'quick-win' }),
    button('proposal.new', w.priority, turn.lang, { kind: 'priority' }),
    dialogButton(w.inDialog, turn.lang, { kind: 'priority' }),
    button('proposal.list', w.mine, turn.lang, { list: 'mine', page: 0 }),
    button('proposal.list', w.pending, turn.lang, { list: 'pending', page: 0 }),
  ];
  return card(messageCard({ title: s.choose, paragraphs: [...s.chooseText], buttons }), s.choose);
}

function person(turn: TurnInfo): Person {
  return { id: turn.user.id, kind: 'user', ...(turn.user.name ? { name: turn.user.name } : {}), ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}) };
}

/** A priority form starts with the user's name as proposer. */
function proposer(turn: TurnInfo, kind: 'quick-win' | 'priority'): Record<string, string> {
  return kind === 'priority' && turn.user.name ? { proposedBy: turn.user.name } : {};
}
