/** The two lists people ask for: my proposals, and those waiting for a reviewer. Newest first. */
import { isPending } from '../domain/proposals/index.js';
import type { ProposalContext, StoredProposal } from './context.js';

export interface ProposalPage {
  items: StoredProposal[];
  total: number;
  page: number;
  pages: number;
}

export const PAGE_SIZE = 5;

export async function myProposals(ctx: ProposalContext, personId: string, page = 0, size = PAGE_SIZE): Promise<ProposalPage> {
  // The submitter is a nested object, which store filters cannot reach; proposals are few enough to scan.
  const all = await ctx.store.proposals.findAll();
  return pageOf(newestFirst(all.filter((p) => p.submittedBy.id === personId)), page, size);
}

export async function pendingProposals(ctx: ProposalContext, page = 0, size = PAGE_SIZE): Promise<ProposalPage> {
  const [submitted, inReview] = await Promise.all([
    ctx.store.proposals.findAll({ where: { status: 'submitted' } }),
    ctx.store.proposals.findAll({ where: { status: 'in-review' } }),
  ]);
  return pageOf(newestFirst([...submitted, ...inReview].filter((p) => isPending(p.status))), page, size);
}

function newestFirst(list: StoredProposal[]): StoredProposal[] {
  return list.sort((a, b) => (a.submittedAt === b.submittedAt ? a.id.localeCompare(b.id) : b.submittedAt.localeCompare(a.submittedAt)));
}

function pageOf(list: StoredProposal[], page: number, size: number): ProposalPage {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: list.slice(p * size, p * size + size), total: list.length, page: p, pages };
}
