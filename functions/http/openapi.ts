/** GET /api/openapi.json: the OpenAPI 3.1 document of every described endpoint. Anonymous, like health. */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import packageJson from '../../package.json' with { type: 'json' };
import { describedEndpoints, endpoint } from './endpoint.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { ok } from './responses.js';

let cached: { count: number; document: object } | undefined;

export async function getOpenApi(_request: HttpRequest): Promise<HttpResponseInit> {
  const endpoints = describedEndpoints();
  // Every function file describes its endpoint when imported; rebuild only if one arrived since.
  if (cached?.count !== endpoints.length) {
    cached = { count: endpoints.length, document: buildOpenApiDocument(endpoints, { title: 'Målbot API', version: packageJson.version }) };
  }
  return ok(cached.document);
}

app.http('openapi', endpoint({
  route: 'openapi.json',
  authLevel: 'anonymous',
  operations: {
    GET: { handler: getOpenApi, action: 'public', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } },
  },
}));
