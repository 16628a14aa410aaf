/**
 * A zod error that escapes a handler (a store or feature schema refusing a value the request's own schema
 * let through, e.g. an over-long note) is the caller's bad input: REST answers 400 problem+json naming the
 * field, chat answers in the user's language naming it — never a 500 or "something went wrong".
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorReply } from '../../bot/turn.js';
import { toProblem } from '../../functions/http/problem.js';

const refused = z.object({ note: z.string().max(10) }).safeParse({ note: 'x'.repeat(11) }).error!;

describe('an escaped ZodError', () => {
  it('is a 400 over REST with the field named', () => {
    const problem = toProblem(refused, '/api/kpis/x/figures/y');
    expect(problem).toMatchObject({ status: 400, type: 'urn:maalbot:problem:invalid-request' });
    expect(problem.errors).toEqual([{ field: 'note', message: expect.any(String) }]);
    expect(problem.detail).toContain('note');
  });

  it.each([
    ['da', 'Det kunne ikke gemmes: "note" er ikke gyldig.'],
    ['en', 'That could not be saved: "note" is not valid.'],
  ] as const)('is a refusal naming the field in chat (%s), not an apology', (lang, start) => {
    const { reply, unexpected } = errorReply(refused, lang);
    expect(unexpected).toBe(false);
    expect(reply).toEqual({ kind: 'text', text: expect.stringContaining(start) });
  });
});
