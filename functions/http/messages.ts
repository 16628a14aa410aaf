/**
 * POST /api/messages: the Bot Framework endpoint. Anonymous at the Functions level because the Bot
 * Framework token in the Authorization header is the authentication (checked by the bot endpoint).
 * Thin: body and header to the bot, its result to the response, refusals as problem+json.
 */
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { createBotEndpoint, productFeatures, type BotEndpoint, type BotLog } from '../../bot/index.js';
import { runtime, type Runtime } from '../runtime.js';
import { botLog } from '../telemetry.js';
import { endpoint } from './endpoint.js';
import { problemResponse } from './problem.js';
import { readText } from './request-body.js';

// One bot per runtime: tests and the local host swap runtimes, the Functions host keeps one for its life.
const bots = new WeakMap<Runtime, BotEndpoint>();

// Structured, scrubbed and tagged with the invocation and activity ids (functions/telemetry.ts).
const log: BotLog = botLog;

export function botFor(rt: Runtime): BotEndpoint {
  let bot = bots.get(rt);
  if (!bot) {
    bot = createBotEndpoint({ config: rt.config, store: rt.store, features: productFeatures(rt), log });
    bots.set(rt, bot);
  }
  return bot;
}

export async function postMessages(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  try {
    const result = await botFor(await runtime()).handle(await readText(request), request.headers.get('authorization'));
    return result.body === undefined ? { status: result.status } : { status: result.status, jsonBody: result.body };
  } catch (error) {
    return problemResponse(error, request, context);
  }
}

// Described through endpoint() so /api/openapi.json lists it like every other route.
app.http('messages', endpoint({
  route: 'messages',
  authLevel: 'anonymous',
  operations: {
    POST: {
      handler: postMessages,
      action: 'public',
      summary: 'Bot Framework activities (Teams)',
      description: 'Authenticated by the Bot Framework token in Authorization, not by a function key.',
      headers: { Authorization: { description: 'Bot Framework bearer token', required: true } },
      responses: { 200: { description: 'Handled; an invoke activity gets its invoke response as the body' } },
      problems: [401, 403, 413],
    },
  },
}));
