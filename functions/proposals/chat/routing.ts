/**
 * Where proposal messages go. A new proposal goes to the reviewers' conversation (REVIEW_CONVERSATION_ID),
 * or else to each reviewer's personal chat with the bot; in a local trial, where everyone reviews, to the
 * conversation it came from. A decision goes to the submitter's personal chat, or else to the conversation
 * the proposal was submitted from. A message for the conversation of the current turn is sent as a reply
 * in that turn; anything else proactively.
 */
import { messageCard, type Lang } from '../../../cards/index.js';
import { card, cardUpdate, channelConversation, withoutThread, type Reply } from '../../../bot/index.js';
import type { Config } from '../../config.js';
import type { Conversation, Proposal } from '../../domain/model.js';
import { latestDecision } from '../../domain/proposals/index.js';
import type { Store } from '../../store/store.js';
import { replyLang } from '../../domain/text-language.js';
import { PreconditionFailedError } from '../../domain/errors.js';
import type { ReviewerPolicy } from '../reviewers.js';
import { formatWhen } from '../../../cards/proposal-wording.js';
import { button } from './verbs.js';
import { reviewCardFor, WORDS } from './views.js';
import { moveProposal } from '../revise.js';
import type { ProposalContext } from '../context.js';

export interface Messenger {
  /** Resolves to the sent messages' ids. */
  sendTo(conversation: Pick<Conversation, 'reference'>, replies: Reply[]): Promise<string[]>;
  /** Replaces a message sent earlier (Bot Framework updateActivity). */
  update(conversation: Pick<Conversation, 'reference'>, activityId: string, reply: Reply): Promise<void>;
}

/** A message sent unasked has no text to read its language from: the conversation's locale decides. */
export function conversationLang(c: Pick<Conversation, 'locale'> | undefined): Lang {
  return replyLang({ locale: c?.locale });
}

function referenceUser(c: Conversation): { id?: string; aadObjectId?: string } {
  const user = c.reference.user;
  return user && typeof user === 'object' ? (user as { id?: string; aadObjectId?: string }) : {};
}

export async function reviewConversations(store: Store, config: Pick<Config, 'proposals'>, policy: ReviewerPolicy, origin?: string): Promise<Conversation[]> {
  const configured = config.proposals.reviewConversationId;
  if (configured) {
    // Any channel: one the bot has been added to or spoken in has a record; another is reached through a
    // team conversation the bot is in (a channel's id copied from a link may carry a thread's ";messageid=").
    const id = withoutThread(configured);
    const c = await store.conversations.get(id, id);
    if (c) return c.active ? [c] : [];
    if (!id.startsWith('19:')) return [];
    const [team] = await store.conversations.findAll({ where: { scope: 'team', active: true } });
    return team ? [channelConversation(id, team)] : [];
  }
  const reviewers = new Set(config.proposals.reviewerIds);
  if (reviewers.size) {
    const personal = await store.conversations.findAll({ where: { scope: 'personal', active: true } });
    return personal.filter((c) => {
      const u = referenceUser(c);
      return (u.id && reviewers.has(u.id)) || (u.aadObjectId && reviewers.has(u.aadObjectId));
    });
  }
  if (policy.everyone && origin) {
    const c = await store.conversations.get(origin, origin);
    return c ? [c] : [{ id: origin, reference: {}, scope: 'personal', addedAt: new Date(0).toISOString(), active: true }];
  }
  return [];
}

export async function submitterConversation(store: Store, p: Proposal): Promise<Conversation | undefined> {
  const personal = await store.conversations.findAll({ where: { scope: 'personal', active: true } });
  const own = personal.find((c) => referenceUser(c).id === p.submittedBy.id);
  if (own) return own;
  if (!p.conversationId) return undefined;
  return (await store.conversations.get(p.conversationId, p.conversationId)) ?? undefined;
}

const NOTICE = {
  da: {
    approve: (t: string) => `Dit forslag "${t}" er godkendt`,
    reject: (t: string) => `Dit forslag "${t}" er afvist`,
    'request-changes': (t: string) => `Der er ønsket ændringer til dit forslag "${t}"`,
    by: (name: string, when: string) => `Besluttet af ${name} ${when}.`,
    comment: (c: string) => `Kommentar: ${c}`,
    caseMade: 'Forslaget er nu oprettet som en sag, så dets budget og succeskriterium følges i målstatus.',
    fix: 'Ret forslaget og send det igen, når du er klar.',
  },
  en: {
    approve: (t: string) => `Your proposal "${t}" is approved`,
    reject: (t: string) => `Your proposal "${t}" is rejected`,
    'request-changes': (t: string) => `Changes are requested to your proposal "${t}"`,
    by: (name: string, when: string) => `Decided by ${name}, ${when}.`,
    comment: (c: string) => `Comment: ${c}`,
    caseMade: 'The proposal is now a case, so its budget and success criterion are followed in the goal status.',
    fix: 'Edit the proposal and resubmit it when you are ready.',
  },
} as const;

/** The message the submitter gets about the latest decision. */
export function decisionNotice(p: Proposal, lang: Lang): Reply | undefined {
  const d = latestDecision(p.decisions);
  if (!d) return undefined;
  const t = NOTICE[lang];
  const title = t[d.decision](p.title);
  const paragraphs = [
    t.by(d.by.name ?? d.by.id, formatWhen(d.at, lang)),
    ...(d.comment ? [t.comment(d.comment)] : []),
    ...(d.decision === 'approve' && p.caseId ? [t.caseMade] : []),
    ...(d.decision === 'request-changes' ? [t.fix] : []),
  ];
  const tone = d.decision === 'approve' ? 'good' : d.decision === 'reject' ? 'attention' : 'warning';
  const buttons = d.decision === 'request-changes' ? [button('proposal.edit-form', WORDS[lang].edit, lang, { proposalId: p.id })] : [];
  return card(messageCard({ title, paragraphs, tone, buttons }), title);
}

/** Sends `make(lang)` to each conversation: as a reply when it is the turn's own, otherwise proactively. */
export async function deliver(
  targets: Conversation[],
  make: (lang: Lang) => Reply[],
  here: Here,
): Promise<{ replies: Reply[]; delivered: number; posted: ReviewPost[] }> {
  const replies: Reply[] = [];
  const posted: ReviewPost[] = [];
  let delivered = 0;
  for (const target of targets) {
    if (target.id === here.conversationId) {
      replies.push(...make(here.lang));
      delivered++;
      continue;
    }
    try {
      const [activityId] = await here.messenger.sendTo(target, make(conversationLang(target)));
      if (activityId) posted.push({ conversationId: target.id, activityId });
      delivered++;
    } catch (error) {
      here.log(`Could not post to conversation ${target.id}`, error);
    }
  }
  return { replies, delivered, posted };
}

export interface Here {
  /** The conversation of the current turn, if any: messages for it become replies. */
  conversationId?: string;
  lang: Lang;
  messenger: Messenger;
  log: (message: string, error?: unknown) => void;
}

/** A new or resubmitted proposal to the reviewers, and into review once someone was told. */
export async function postForReview(ctx: ProposalContext, config: Pick<Config, 'proposals'>, p: Proposal, here: Here): Promise<{ replies: Reply[]; sent: boolean }> {
  const targets = await reviewConversations(ctx.store, config, ctx.reviewers, here.conversationId);
  const org = await ctx.store.organisations.get(p.orgId, p.orgId);
  const make = (lang: Lang) => [
    card(reviewCardFor(p, { lang, viewer: { id: 'reviewers', kind: 'user' }, policy: ctx.reviewers, forReviewers: true, ...(org ? { orgName: org.name } : {}) }), p.title),
  ];
  const { replies, delivered, posted } = await deliver(targets, make, here);
  if (delivered && p.status === 'submitted') await moveProposal(ctx, p.id, 'start-review', { id: 'maalbot', kind: 'system' });
  if (posted.length) {
    // A channel reached without a record of its own (REVIEW_CONVERSATION_ID) is known from now on, so the
    // card can be edited there later.
    for (const target of targets.filter((t) => posted.some((x) => x.conversationId === t.id))) {
      if (!(await ctx.store.conversations.get(target.id, target.id))) await ctx.store.conversations.create(target).catch(() => undefined);
    }
    await rememberReviewPosts(ctx, p, posted).catch((error: unknown) => here.log(`Could not record where proposal ${p.id} was posted`, error));
  }
  return { replies, sent: delivered > 0 };
}

type ReviewPost = NonNullable<Proposal['reviewPosts']>[number];

/** Adds where the card went to the stored proposal (a resubmission posts new cards; Teams keeps the old). */
async function rememberReviewPosts(ctx: ProposalContext, p: Pick<Proposal, 'id' | 'orgId'>, posted: ReviewPost[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const stored = await ctx.store.proposals.get(p.id, p.orgId);
    if (!stored) return;
    const { _etag, ...current } = stored;
    const reviewPosts = [...(current.reviewPosts ?? []), ...posted].slice(-60);
    try {
      await ctx.store.proposals.replace({ ...current, reviewPosts }, _etag);
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= 2) throw error;
    }
  }
}

/**
 * After a decision, every review card posted for the proposal is replaced by the decided card, so nobody
 * is left looking at buttons that no longer apply (the Action.Execute answer only updates the decider's
 * view; reviewers outside refresh.userIds and older clients see the message as sent).
 */
export async function updateReviewCards(ctx: ProposalContext, p: Proposal, here: Pick<Here, 'messenger' | 'log'>): Promise<number> {
  const org = await ctx.store.organisations.get(p.orgId, p.orgId);
  let updated = 0;
  for (const post of p.reviewPosts ?? []) {
    const conversation = await ctx.store.conversations.get(post.conversationId, post.conversationId);
    if (!conversation) continue;
    const lang = conversationLang(conversation);
    const view = reviewCardFor(p, { lang, viewer: { id: 'reviewers', kind: 'user' }, policy: ctx.reviewers, ...(org ? { orgName: org.name } : {}) });
    try {
      await here.messenger.update(conversation, post.activityId, cardUpdate(view, p.title));
      updated++;
    } catch (error) {
      here.log(`Could not update the review card of proposal ${p.id} in conversation ${post.conversationId}`, error);
    }
  }
  return updated;
}

/** The submitter hears about the latest decision, wherever they are. */
export async function notifySubmitter(store: Store, p: Proposal, here: Here): Promise<Reply[]> {
  const target = await submitterConversation(store, p);
  if (!target) return [];
  return (await deliver([target], (lang) => [decisionNotice(p, lang)!], here)).replies;
}
