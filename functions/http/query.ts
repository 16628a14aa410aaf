/**
 * POST /api/query: a question in Danish or English → the figure that answers it.
 * Body {"q", "org"?, "lang"?}; response {"answer", "figures", "alternatives"?} where figures[0] is the
 * answer and figures is empty when no figure answers the question.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import { answerQuestion } from '../query/index.js';
import { runtime } from '../runtime.js';
import { endpoint } from './endpoint.js';
import { readBody } from './request-body.js';
import { ok } from './responses.js';

export const QueryRequestSchema = z
  .object({
    q: z.string().trim().min(1, 'q must be a question').max(500),
    org: z.string().min(1).max(200).optional(),
    lang: z.enum(['da', 'en']).optional(),
  })
  .strict();

const FigureSchema = z.object({
  kpi: z.string(),
  org: z.string(),
  period: z.string(),
  kind: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
});

export const QueryResponseSchema = z.object({
  answer: z.string(),
  figures: z.array(FigureSchema),
  alternatives: z.array(z.object({ label: z.string(), q: z.string() })).optional(),
});

export async function postQuery(request: HttpRequest): Promise<HttpResponseInit> {
  const body = await readBody(request, QueryRequestSchema, 'The question');
  const { store, config } = await runtime();
  const answer = await answerQuestion(store, body, { homeOrg: config.homeOrg });
  const response: z.infer<typeof QueryResponseSchema> = { answer: answer.text, figures: answer.figures };
  if (answer.alternatives.length) response.alternatives = answer.alternatives;
  return ok(response);
}

app.http('query', endpoint({
  route: 'query',
  authLevel: 'function',
  operations: {
    POST: {
      handler: postQuery,
      action: 'read',
      summary: 'Answer a question about the figures',
      body: QueryRequestSchema,
      responses: { 200: { description: 'The answer; figures[0] answers the question', schema: QueryResponseSchema } },
    },
  },
}));
