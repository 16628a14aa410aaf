/**
 * A submit whose create fails: only a conflict means a twin got there first (answered as that duplicate);
 * any other failure, or a conflict with no proposal to show for it, is passed on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../functions/domain/errors.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { submitProposal } from '../../functions/proposals/index.js';
import type { Store } from '../../functions/store/store.js';
import { openFixture, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

/** The fixture's store whose proposal create does `create` instead (given the real one). */
function failingCreate(create: (real: (item: unknown) => Promise<unknown>, item: unknown) => Promise<unknown>): Store {
  const proposals = new Proxy(f.store.proposals, {
    get: (target, prop) => {
      const value = (Reflect.get(target, prop) as (...a: unknown[]) => Promise<unknown>).bind(target);
      return prop === 'create' ? (item: unknown) => create(value, item) : value;
    },
  });
  return new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) });
}

const options = { person: STAFF, lang: 'da' as const, idempotencyKey: submissionKey('form-failing', STAFF.id) };

describe('a submit whose create fails', () => {
  it('passes on a failure that is no conflict, even when the proposal was written', async () => {
    const store = failingCreate(async (real, item) => {
      await real(item);
      throw new Error('disk full');
    });
    await expect(submitProposal({ ...f.ctx, store }, QUICK_WIN, options)).rejects.toThrow('disk full');
  });

  it('answers a conflict with the proposal that won, and passes on one with no proposal to show', async () => {
    const ghost = failingCreate(() => Promise.reject(new ConflictError('taken')));
    await expect(submitProposal({ ...f.ctx, store: ghost }, QUICK_WIN, options)).rejects.toThrow('taken');
    let winner: unknown;
    const twin = failingCreate(async (real, item) => {
      winner = await real(item);
      throw new ConflictError('taken');
    });
    const outcome = await submitProposal({ ...f.ctx, store: twin }, QUICK_WIN, options);
    expect(outcome).toMatchObject({ kind: 'duplicate', proposal: { id: (winner as { id: string }).id, title: QUICK_WIN.title } });
  });
});
