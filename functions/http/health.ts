/**
 * GET /api/health: is the process up and its store open? Anonymous and cheap (no queries), so probes
 * and the local start-up check can call it often.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { runtime } from '../runtime.js';
import { endpoint } from './endpoint.js';
import { ok } from './responses.js';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.enum(['embedded', 'cosmos']),
});

export async function getHealth(_request: HttpRequest): Promise<HttpResponseInit> {
  const { store } = await runtime();
  return ok({ status: 'ok', version: packageJson.version, store: store.kind } satisfies z.infer<typeof HealthSchema>);
}

app.http('health', endpoint({
  route: 'health',
  authLevel: 'anonymous',
  operations: {
    GET: { handler: getHealth, action: 'public', summary: 'Liveness and store kind', responses: { 200: { description: 'Up', schema: HealthSchema } } },
  },
}));
