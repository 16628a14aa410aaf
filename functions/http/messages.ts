/**
 * POST /api/messages: the Bot Framework endpoint. Anonymous at the Functions level because the Bot
 * Framework token in the Authorization header is the authentication (checked by the bot endpoint).
 * Thin: body and header to the bot, its result to the response, refusals as problem+json.
 */
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { appFor } from '../app.js';
import { runtime } from '../runtime.js';
import { endpoint } from './endpoint.js';
import { problemResponse } from './problem.js';
import { readText, requireJsonType } from './request-body.js';

export async function postMessages(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  try {
    // The Bot Connector and the Playground send activities as application/json; a cross-site form cannot.
    requireJsonType(request);
    const result = await appFor(await runtime()).bot.handle(await readText(request), request.headers.get('authorization'));
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
      problems: [401, 403, 413, 415],
    },
  },
}));
