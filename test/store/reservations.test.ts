/**
 * reserve() over stub reservations: taken when the create succeeds, kept by its holder on a retry,
 * refused to anyone else, and any failure other than "exists" passed on rather than read as taken.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../functions/domain/errors.js';
import { reserve } from '../../functions/store/reservations.js';
import type { Store } from '../../functions/store/store.js';

function store(create: () => Promise<unknown>, holder?: string): Store {
  return { reservations: { create, get: async () => (holder ? { holder } : undefined) } } as unknown as Store;
}

describe('reserve', () => {
  it('takes a free name, keeps it for its holder, refuses it to another', async () => {
    expect(await reserve(store(async () => ({})), 's', 'n', 'me', 'now')).toBe(true);
    const exists = async () => {
      throw new ConflictError('exists');
    };
    expect(await reserve(store(exists, 'me'), 's', 'n', 'me', 'now')).toBe(true);
    expect(await reserve(store(exists, 'other'), 's', 'n', 'me', 'now')).toBe(false);
    // Taken back between the 409 and the read: nobody holds it, so not this holder either.
    expect(await reserve(store(exists), 's', 'n', 'me', 'now')).toBe(false);
  });

  it('passes on a failure that is not "exists"', async () => {
    const down = async () => {
      throw new Error('store unavailable');
    };
    await expect(reserve(store(down, 'me'), 's', 'n', 'me', 'now')).rejects.toThrow('store unavailable');
  });
});
