/**
 * Paging for lists the store cannot filter itself (text search): the filtered list is cut in memory and
 * the continuation is an offset. Its shape ("o40") differs from the store's own tokens, so a token from
 * one kind of list is refused by the other instead of silently restarting.
 */
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import type { Page } from '../store/store.js';

export function pageOf<T>(items: T[], limit: number, continuation?: string): Page<T> {
  const offset = continuation === undefined ? 0 : parseOffset(continuation);
  const next = offset + limit;
  return { items: items.slice(offset, next), ...(next < items.length ? { continuation: `o${next}` } : {}) };
}

function parseOffset(token: string): number {
  const m = /^o(\d{1,9})$/.exec(token);
  if (!m) {
    throw new ValidationError('The continuation token does not belong to this list.', [
      { field: 'continuation', message: 'unknown token' },
    ]);
  }
  return Number(m[1]);
}

/** The response shape of every list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    continuation: z.string().optional().describe('Pass as ?continuation= for the next page; absent on the last page'),
  });
}
