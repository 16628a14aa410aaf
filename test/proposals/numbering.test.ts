/**
 * Reserving proposal numbers over a stub store of reservations: the id a number is reserved under (one
 * per spelling, safe for Cosmos ids), a number a listed proposal already has, a retry by the holder,
 * the next free number after taken ones, and the error when no number is free after 500 tries.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../functions/domain/errors.js';
import { numberReservationId, reserveNextNumber, reserveNumber } from '../../functions/proposals/numbering.js';
import type { Store } from '../../functions/store/store.js';

/** Reservations held in a map, created once each as the store would (a second create is a 409). */
function store(held: Record<string, string> = {}): { store: Store; held: Map<string, string> } {
  const map = new Map(Object.entries(held));
  const reservations = {
    async create(r: { id: string; holder: string }) {
      if (map.has(r.id)) throw new ConflictError('exists');
      map.set(r.id, r.holder);
      return r;
    },
    async get(id: string) {
      return map.has(id) ? { id, holder: map.get(id) } : undefined;
    },
  };
  return { store: { reservations } as unknown as Store, held: map };
}

const at = '2026-11-23T09:00:00.000Z';
const proposal = { id: 'herning.p1', orgId: 'herning', responsibleUnit: 'BIC' };

describe('proposal numbers', () => {
  it('reserves one id per number however it is spelled, escaped for a Cosmos id', () => {
    expect(numberReservationId('herning', 'BIC 08')).toBe('proposal-number:herning:bic08');
    expect(numberReservationId('herning', ' bic  08 ')).toBe('proposal-number:herning:bic08');
    expect(numberReservationId('vejle', 'A/B #1?')).toBe('proposal-number:vejle:a%2Fb%231%3F');
  });

  it('takes a free number, keeps it on a retry, and refuses one held by another or listed on another proposal', async () => {
    const { store: s, held } = store({ 'proposal-number:herning:bic09': 'herning.other' });
    expect(await reserveNumber(s, proposal, 'BIC 08', [], at)).toBe(true);
    expect(held.get('proposal-number:herning:bic08')).toBe('herning.p1');
    expect(await reserveNumber(s, proposal, 'bic08', [], at)).toBe(true);
    expect(await reserveNumber(s, proposal, 'BIC 09', [], at)).toBe(false);
    expect(await reserveNumber(s, proposal, 'BIC 10', [{ id: 'herning.old', number: 'BIC 10' }], at)).toBe(false);
    expect(held.has('proposal-number:herning:bic10')).toBe(false);
    // Its own number on the list (an edit keeping it) is no obstacle.
    expect(await reserveNumber(s, proposal, 'BIC 11', [{ id: 'herning.p1', number: 'BIC 11' }], at)).toBe(true);
  });

  it('reserves the first free number after the unit\'s last', async () => {
    const { store: s } = store({ 'proposal-number:herning:bic08': 'herning.a', 'proposal-number:herning:bic09': 'herning.b' });
    const existing = [{ id: 'herning.x', number: 'BIC 07', responsibleUnit: 'BIC' }];
    expect(await reserveNextNumber(s, proposal, existing, at)).toBe('BIC 10');
  });

  it('gives up after 500 taken numbers, naming the last one tried', async () => {
    const taken = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`proposal-number:herning:bic${String(i + 1).padStart(2, '0')}`, 'herning.other']));
    const { store: s } = store(taken);
    const refused = reserveNextNumber(s, proposal, [], at);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({
      message: 'No free proposal number found after 500 tries (last BIC 501); try again.',
      reason: { code: 'proposal.no-free-number', params: { last: 'BIC 501' } },
    });
    const { store: roomy } = store(Object.fromEntries(Object.entries(taken).slice(0, 499)));
    expect(await reserveNextNumber(roomy, proposal, [], at)).toBe('BIC 500');
  });
});
