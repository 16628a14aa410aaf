/**
 * POST /api/query: a question in Danish or English → the figure that answers it.
 * Body {"q", "org"?, "lang"?, "context"?}; response {"answer", "figures", "alternatives"?, "calculation"?, "context"}
 * where figures[0] is the answer (for a computed answer: the result, its kind naming the operation, followed
 * by the operands) and figures is empty when no figure answers the question. Sending a response's `context`
 * with the next question lets it build on this one ("og i 2019?", "what about Viborg?"). Without `lang` the answer is
 * in the question's language (functions/domain/text-language.ts, the rule chat uses), or, when it shows none
 * ("2019?"), in the language of the answer whose `context` was sent.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import { readContext } from '../domain/query/index.js';
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
    context: z
      .string()
      .max(4000, 'context must be the context of a previous answer, unchanged')
      .superRefine((text, issue) => {
        // Checked here too, so a bad context is a 400 naming its field before anything is read.
        const read = readContext(text);
        if ('error' in read) issue.addIssue({ code: 'custom', message: read.error, path: read.path });
      })
      .optional(),
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
  qualifier: z.string().optional(),
  direction: z.enum(['up', 'down', 'none']).optional(),
});

export const QueryResponseSchema = z.object({
  answer: z.string(),
  figures: z.array(FigureSchema),
  alternatives: z.array(z.object({ label: z.string(), q: z.string() })).optional(),
  calculation: z
    .object({
      expression: z.string(),
      operands: z.array(z.object({ label: z.string(), valueText: z.string(), period: z.string(), source: z.string() })),
    })
    .optional(),
  context: z.string().optional(),
});

export async function postQuery(request: HttpRequest): Promise<HttpResponseInit> {
  const body = await readBody(request, QueryRequestSchema, 'The question');
  const { store, config } = await runtime();
  const answer = await answerQuestion(store, body, { homeOrg: config.homeOrg });
  const response: z.infer<typeof QueryResponseSchema> = { answer: answer.text, figures: answer.figures };
  if (answer.alternatives.length) response.alternatives = answer.alternatives;
  if (answer.calculation) response.calculation = answer.calculation;
  if (answer.context) response.context = answer.context;
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
