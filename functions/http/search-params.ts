/**
 * Query-string parameters validated like bodies, so a bad `limit` is a 400 naming `limit`, and refused like
 * bodies when one holds a CPR number (a question to /api/query is free text too).
 */
import type { HttpRequest } from '@azure/functions';
import { z } from 'zod';
import { parseOrThrow } from '../domain/validation.js';
import { refusePersonalData } from './request-body.js';

export function readQuery<S extends z.ZodObject>(request: HttpRequest, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = request.query.get(key);
    // An empty parameter ("?org=") means "not given", as it does in most HTML forms.
    if (value !== null && value !== '') raw[key] = value;
  }
  refusePersonalData(raw);
  return parseOrThrow(schema, raw, 'The query string');
}

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page, 1 to 200'),
  continuation: z.string().min(1).max(2000).optional().describe('The token from the previous page'),
});
