/**
 * The two proposal lists on their own, over a stub store: whose proposals are "mine", which are pending,
 * newest first with ties by id, and paging that keeps any page number asked for inside the list.
 */
import { describe, expect, it } from 'vitest';
import type { ProposalContext, StoredProposal } from '../../functions/proposals/context.js';
import { myProposals, pendingProposals, PAGE_SIZE } from '../../functions/proposals/queries.js';

function proposal(id: string, submittedAt: string, status: string, by = 'me'): StoredProposal {
  return { id, submittedAt, status, submittedBy: { id: by } } as unknown as StoredProposal;
}

/** A context whose store answers findAll as a store would: every proposal matching the where. */
function context(list: StoredProposal[]): ProposalContext {
  const findAll = async (query: { where?: Record<string, unknown> } = {}) =>
    list.filter((p) => Object.entries(query.where ?? {}).every(([k, v]) => (p as unknown as Record<string, unknown>)[k] === v));
  return { store: { proposals: { findAll } } } as unknown as ProposalContext;
}

const ids = (page: { items: StoredProposal[] }) => page.items.map((p) => p.id);

describe('proposal lists', () => {
  it('mine are the ones I submitted, newest first, ties by id', async () => {
    const ctx = context([
      proposal('h.b', '2026-01-02T00:00:00Z', 'approved'),
      proposal('h.a', '2026-01-02T00:00:00Z', 'submitted'),
      proposal('h.c', '2026-01-03T00:00:00Z', 'rejected'),
      proposal('h.d', '2026-01-04T00:00:00Z', 'submitted', 'someone else'),
      proposal('h.e', '2026-01-01T00:00:00Z', 'in-review'),
    ]);
    const mine = await myProposals(ctx, 'me');
    expect(ids(mine)).toEqual(['h.c', 'h.a', 'h.b', 'h.e']);
    expect(mine).toMatchObject({ total: 4, page: 0, pages: 1 });
  });

  it('pending are those submitted or in review, whoever submitted them, newest first', async () => {
    const ctx = context([
      proposal('h.a', '2026-01-01T00:00:00Z', 'submitted'),
      proposal('h.b', '2026-01-03T00:00:00Z', 'in-review', 'other'),
      proposal('h.c', '2026-01-04T00:00:00Z', 'changes-requested'),
      proposal('h.d', '2026-01-02T00:00:00Z', 'submitted', 'other'),
      proposal('h.e', '2026-01-05T00:00:00Z', 'approved'),
    ]);
    expect(ids(await pendingProposals(ctx))).toEqual(['h.b', 'h.d', 'h.a']);
  });

  it('pages by the size asked, five by default, any page number kept inside the list', async () => {
    const list = Array.from({ length: 11 }, (_, i) => proposal(`h.${String(i).padStart(2, '0')}`, `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, 'submitted'));
    const ctx = context(list);
    expect(PAGE_SIZE).toBe(5);
    expect(await myProposals(ctx, 'me')).toMatchObject({ total: 11, pages: 3, page: 0 });
    expect(ids(await myProposals(ctx, 'me'))).toEqual(['h.10', 'h.09', 'h.08', 'h.07', 'h.06']);
    expect(ids(await myProposals(ctx, 'me', 1))).toEqual(['h.05', 'h.04', 'h.03', 'h.02', 'h.01']);
    expect(await myProposals(ctx, 'me', 2)).toMatchObject({ page: 2, items: [{ id: 'h.00' }] });
    expect(await myProposals(ctx, 'me', 7)).toMatchObject({ page: 2, items: [{ id: 'h.00' }] });
    expect(await myProposals(ctx, 'me', -3)).toMatchObject({ page: 0 });
    expect(await myProposals(ctx, 'me', 1.9)).toMatchObject({ page: 1 });
    expect(await pendingProposals(ctx, 0, 10)).toMatchObject({ pages: 2, total: 11 });
    expect(await pendingProposals(ctx, 0, 11)).toMatchObject({ pages: 1 });
    expect(await pendingProposals(ctx, 1, 4)).toMatchObject({ page: 1, items: [{ id: 'h.06' }, { id: 'h.05' }, { id: 'h.04' }, { id: 'h.03' }] });
  });

  it('an empty list is one empty page', async () => {
    expect(await myProposals(context([]), 'me', 3)).toEqual({ items: [], total: 0, page: 0, pages: 1 });
  });
});
