/** Response shapes shared by the handlers: JSON bodies without store bookkeeping, ETags as HTTP wants them. */
import type { HttpResponseInit } from '@azure/functions';
import { PreconditionFailedError } from '../domain/errors.js';
import { unstored, type Stored } from '../store/store.js';

export function ok(body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status: 200, jsonBody: body, headers };
}

export function created<T extends object>(stored: Stored<T>, location: string): HttpResponseInit {
  return { status: 201, jsonBody: unstored(stored), headers: { location, etag: etagHeader(stored._etag) } };
}

/** One stored item: the entity as body, its version as the ETag header. */
export function item<T extends object>(stored: Stored<T>): HttpResponseInit {
  return ok(unstored(stored), { etag: etagHeader(stored._etag) });
}

export function items<T extends object>(page: { items: Stored<T>[]; continuation?: string }) {
  return { items: page.items.map((i) => unstored(i)), ...(page.continuation ? { continuation: page.continuation } : {}) };
}

/** HTTP ETags are quoted strings; Cosmos's already are, the embedded store's may not be. */
export function etagHeader(etag: string): string {
  return etag.startsWith('"') || etag.startsWith('W/"') ? etag : `"${etag}"`;
}

/**
 * Checks an If-Match header against the item just read. Passing the read ETag on to the store's
 * replace() then also catches a change that lands between this read and the write.
 */
export function checkIfMatch(header: string | null, current: Stored<object>): void {
  if (header === null) return;
  const wanted = header.split(',').map((t) => t.trim());
  const matches = wanted.some((t) => t === '*' || t === current._etag || t === etagHeader(current._etag));
  if (!matches) {
    throw new PreconditionFailedError('The item has changed since you read it (If-Match does not match its ETag). Read it again and retry.');
  }
}

export function location(...segments: string[]): string {
  return `/api/${segments.map(encodeURIComponent).join('/')}`;
}
