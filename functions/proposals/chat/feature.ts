/**
 * Proposals in chat: the `forslag`/`idea` command, the two list commands, the forms' submits (as
 * Action.Execute invokes, Action.Submit messages or a dialog's task/submit), reviewers' decisions and the
 * cards' refresh. Every handler answers with the card the button was on, as it should look now.
 */
import { onVerb, type BotFeatures, type DialogHandler, type TurnInfo } from '../../../bot/index.js';
import { card, cardUpdate, text, type Reply } from '../../../bot/index.js';
import { messageCard } from '../../../cards/index.js';
import { formatWhen } from '../../../cards/proposal-wording.js';
import type { Runtime } from '../../runtime.js';
import { COMMENT_FIELD, draftFromForm, submissionKey } from '../../domain/proposals/index.js';
import { readProposal, type ProposalContext, type StoredProposal } from '../context.js';
import { decideProposal } from '../decide.js';
import { myProposals, pendingProposals } from '../queries.js';
import { reviewerPolicy, type Person } from '../reviewers.js';
import { moveProposal, reviseProposal } from '../revise.js';
import { submitProposal } from '../submit.js';
import { notifySubmitter, postForReview, updateReviewCards, type Here, type Messenger } from './routing.js';
import type { VerbPayload } from '../../../cards/verbs.js';
import { button, dialogButton } from './verbs.js';
import { confirmationCard, formCard, keptValues, listCard, organisationChoices, reviewCardFor, valuesOf, WORDS, type FormState } from './views.js';

export interface ProposalFeatureOptions {
  /** How to reach conversations other than the turn's own (the bot endpoint's proactive send). */
  messenger: Messenger;
  log?: (message: string, error?: unknown) => void;
  now?: () => string;
}

type Handlers = Required<Pick<BotFeatures, 'openProposalForm' | 'listProposals'>> & { cardActions: Record<string, NonNullable<BotFeatures['cardActions']>[string]>; dialogs: Record<string, DialogHandler> };

const SAY = {
  da: {
    choose: 'Hvad vil du sende?',
    chooseText: ['En quick win er en idé, der hurtigt kan gøre en forskel – det tager under et minut.', 'Et prioriteringsforslag følger skemaet med økonomi for fire år.'],
    notFound: 'Det forslag findes ikke (længere).',
    notReviewer: 'Tak, men kun de ledere, der er udpeget til at behandle forslag, kan tage stilling. Intet er ændret.',
    already: (status: string, name: string, when: string) => `Forslaget er allerede ${status} af ${name} ${when}. Din beslutning er ikke registreret.`,
    decided: { approve: 'Du har godkendt forslaget.', reject: 'Du har afvist forslaget.', 'request-changes': 'Du har bedt om ændringer.' },
    notNow: 'Det kan ikke lade sig gøre i forslagets nuværende status. Intet er ændret.',
    moved: 'Status er opdateret.',
    cpr: 'Formularen indeholder et CPR-nummer. Målbot gemmer ingen personoplysninger, så intet er gemt, og nummeret er fjernet fra felterne herunder. Beskriv borgeren uden CPR-nummer og send igen.',
  },
  en: {
    choose: 'What would you like to send?',
    chooseText: ['A quick win is an idea that can make a difference quickly – it takes under a minute.', 'A priority proposal follows the form, with the economy for four years.'],
    notFound: 'That proposal does not exist (any more).',
    notReviewer: 'Thank you, but only the managers appointed to review proposals can decide. Nothing has changed.',
    already: (status: string, name: string, when: string) => `The proposal was already ${status} by ${name}, ${when}. Your decision was not recorded.`,
    decided: { approve: 'You approved the proposal.', reject: 'You rejected the proposal.', 'request-changes': 'You requested changes.' },
    notNow: 'That is not possible in the proposal\'s current status. Nothing has changed.',
    moved: 'The status is updated.',
    cpr: 'The form contains a CPR number. Målbot stores no personal data, so nothing was saved, and the number has been removed from the fields below. Describe the citizen without the CPR number and send again.',
  },
} as const;

const DECIDED_WORD = {
  da: { approve: 'godkendt', reject: 'afvist', 'request-changes': 'sendt tilbage med ønsker om ændringer' },
  en: { approve: 'approved', reject: 'rejected', 'request-changes': 'sent back with requested changes' },
} as const;

export function proposalFeatures(runtime: Runtime, options: ProposalFeatureOptions): Handlers {
  const { store, config } = runtime;
  const policy = reviewerPolicy(config);
  const ctx: ProposalContext = { store, reviewers: policy, now: options.now ?? (() => new Date().toISOString()) };
  const log = options.log ?? (() => undefined);
  const person = (turn: TurnInfo): Person => ({ id: turn.user.id, kind: 'user', ...(turn.user.name ? { name: turn.user.name } : {}), ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}) });
  const here = (turn: TurnInfo): Here => ({ conversationId: turn.conversation.id, lang: turn.lang, messenger: options.messenger, log });

  async function form(state: Omit<FormState, 'orgs' | 'values'> & { values?: Record<string, string> }): Promise<ReturnType<typeof formCard>> {
    const orgs = await organisationChoices(store);
    const home = orgs.some((o) => o.id === config.homeOrg) ? config.homeOrg : orgs[0]?.id;
    return formCard({ ...state, orgs, values: { ...(home ? { orgId: home } : {}), ...state.values } });
  }

  async function review(p: StoredProposal, turn: TurnInfo, extra: Partial<Parameters<typeof reviewCardFor>[1]> = {}) {
    const org = await store.organisations.get(p.orgId, p.orgId);
    return reviewCardFor(p, { lang: turn.lang, viewer: person(turn), policy, ...(org ? { orgName: org.name } : {}), ...extra });
  }

  /** A form's submit, new or revised: the same card with errors, or the confirmation. */
  async function submitForm(data: Record<string, unknown>, turn: TurnInfo, dialog: boolean): Promise<{ card: ReturnType<typeof formCard>; done: boolean; replies: Reply[] }> {
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
      const again = await form({ kind, lang: turn.lang, values: keptValues(data, turn.lang), errors: outcome.errors, notice, formId, dialog, ...(proposalId ? { proposalId, ...(revision ? { revision } : {}) } : {}) });
      return { card: again, done: false, replies: [] };
    }
    if (outcome.kind === 'not-found') return { card: messageCard({ title: SAY[turn.lang].notFound, paragraphs: [] }), done: true, replies: [] };
    if (outcome.kind === 'not-permitted' || outcome.kind === 'not-now') {
      return { card: await review(outcome.proposal, turn, { notice: { text: outcome.kind === 'not-now' ? SAY[turn.lang].notNow : SAY[turn.lang].notReviewer, tone: 'attention' } }), done: true, replies: [] };
    }
    const fresh = outcome.kind === 'created' || (outcome.kind === 'changed' && revision === 'resubmit');
    const routed = fresh ? await postForReview(ctx, config, outcome.proposal, here(turn)) : { replies: [], sent: true };
    const latest = (await store.proposals.get(outcome.proposal.id, outcome.proposal.orgId)) ?? outcome.proposal;
    return { card: confirmationCard(latest, turn.lang, routed.sent, revision === 'resubmit'), done: true, replies: routed.replies };
  }

  async function decide(payload: VerbPayload<'proposal.decide'>, turn: TurnInfo): Promise<Reply[]> {
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
        return [cardUpdate(await review(p, turn, { errors, notice: { text: outcome.errors[0]!.message, tone: 'attention' } }), p.title)];
      }
      case 'not-permitted':
        return [cardUpdate(await review(outcome.proposal, turn, { notice: { text: s.notReviewer, tone: 'attention' } }), outcome.proposal.title)];
      case 'already-decided': {
        const d = outcome.decision;
        const note = d ? s.already(DECIDED_WORD[turn.lang][d.decision], d.by.name ?? d.by.id, formatWhen(d.at, turn.lang)) : s.notNow;
        return [cardUpdate(await review(outcome.proposal, turn, { notice: { text: note, tone: 'attention' } }), outcome.proposal.title)];
      }
      case 'decided': {
        const p = outcome.proposal;
        await updateReviewCards(ctx, p, here(turn));
        const notified = await notifySubmitter(store, p, here(turn));
        return [cardUpdate(await review(p, turn, { notice: { text: s.decided[payload.decision], tone: 'good' } }), p.title), ...notified];
      }
    }
  }

  async function list(which: 'mine' | 'pending', page: number, turn: TurnInfo) {
    const result = which === 'mine' ? await myProposals(ctx, turn.user.id, page) : await pendingProposals(ctx, page);
    return listCard(result, which, turn.lang);
  }

  async function editForm(proposalId: string, turn: TurnInfo): Promise<Reply[]> {
    const p = await readProposal(ctx, proposalId);
    if (!p) return [text(SAY[turn.lang].notFound)];
    const revision = p.status === 'approved' ? 'edit' : 'resubmit';
    return [card(await form({ kind: p.kind, lang: turn.lang, values: valuesOf(p), proposalId, revision }), p.title)];
  }

  const chooser = (turn: TurnInfo): Reply => {
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
  };

  return {
    async openProposalForm(turn, args) {
      const a = args.toLocaleLowerCase('da');
      if (/quick|hurtig|idé|ide\b/.test(a)) return [card(await form({ kind: 'quick-win', lang: turn.lang }), 'Quick win')];
      if (/priorit|skema|lang|full/.test(a)) return [card(await form({ kind: 'priority', lang: turn.lang, values: turn.user.name ? { proposedBy: turn.user.name } : {} }), WORDS[turn.lang].priority)];
      if (/behandling|pending/.test(a)) return [card(await list('pending', 0, turn), WORDS[turn.lang].pending)];
      if (/mine|my\b/.test(a)) return [card(await list('mine', 0, turn), WORDS[turn.lang].mine)];
      return [chooser(turn)];
    },
    async listProposals(turn, which) {
      return [card(await list(which, 0, turn), WORDS[turn.lang][which])];
    },
    cardActions: {
      'proposal.new': onVerb('proposal.new', async ({ kind }, turn) => [
        cardUpdate(await form({ kind, lang: turn.lang, values: kind === 'priority' && turn.user.name ? { proposedBy: turn.user.name } : {} }), kind === 'priority' ? WORDS[turn.lang].priority : 'Quick win'),
      ]),
      'proposal.submit': onVerb('proposal.submit', async (_p, turn, raw) => {
        const r = await submitForm(raw, turn, false);
        return [cardUpdate(r.card, WORDS[turn.lang].submit), ...r.replies];
      }),
      'proposal.revise': onVerb('proposal.revise', async (_p, turn, raw) => {
        const r = await submitForm(raw, turn, false);
        return [cardUpdate(r.card, WORDS[turn.lang].resubmit), ...r.replies];
      }),
      'proposal.decide': onVerb('proposal.decide', decide),
      'proposal.refresh': onVerb('proposal.refresh', async ({ proposalId }, turn) => {
        const p = await readProposal(ctx, proposalId);
        return p ? [cardUpdate(await review(p, turn), p.title)] : [text(SAY[turn.lang].notFound)];
      }),
      'proposal.show': onVerb('proposal.show', async ({ proposalId }, turn) => {
        const p = await readProposal(ctx, proposalId);
        return p ? [card(await review(p, turn), p.title)] : [text(SAY[turn.lang].notFound)];
      }),
      'proposal.edit-form': onVerb('proposal.edit-form', ({ proposalId }, turn) => editForm(proposalId, turn)),
      'proposal.list': onVerb('proposal.list', async ({ list: which, page }, turn) => [cardUpdate(await list(which, page, turn), WORDS[turn.lang][which])]),
      'proposal.implement': onVerb('proposal.implement', ({ proposalId }, turn) => move(proposalId, 'implement', turn)),
      'proposal.archive': onVerb('proposal.archive', ({ proposalId }, turn) => move(proposalId, 'archive', turn)),
    },
    dialogs: {
      'proposal.dialog': {
        async open(data, turn) {
          const kind = data.kind === 'quick-win' ? 'quick-win' : 'priority';
          const values: Record<string, string> = kind === 'priority' && turn.user.name ? { proposedBy: turn.user.name } : {};
          return { kind: 'card', title: kind === 'priority' ? WORDS[turn.lang].priority : 'Quick win', card: await form({ kind, lang: turn.lang, values, dialog: true }) };
        },
        async submit(data, turn) {
          const r = await submitForm(data, turn, true);
          if (!r.done) return { dialog: { kind: 'card', title: WORDS[turn.lang].priority, card: r.card }, replies: [] };
          return { dialog: { kind: 'close' }, replies: [card(r.card, WORDS[turn.lang].submit), ...r.replies] };
        },
      },
    },
  };

  async function move(proposalId: string, action: 'implement' | 'archive', turn: TurnInfo): Promise<Reply[]> {
    const outcome = await moveProposal(ctx, proposalId, action, person(turn));
    if (outcome.kind === 'not-found' || outcome.kind === 'invalid') return [text(SAY[turn.lang].notFound)];
    const s = SAY[turn.lang];
    const notice = outcome.kind === 'not-permitted' ? s.notReviewer : outcome.kind === 'not-now' ? s.notNow : s.moved;
    return [cardUpdate(await review(outcome.proposal, turn, { notice: { text: notice, tone: outcome.kind === 'changed' ? 'good' : 'attention' } }), outcome.proposal.title)];
  }
}
