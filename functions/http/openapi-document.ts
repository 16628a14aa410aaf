/**
 * The OpenAPI 3.1 document, built from the described endpoints and their zod schemas (z.toJSONSchema):
 * there is no second, hand-written copy of any schema to fall out of date.
 * Request bodies are converted as zod inputs (defaults optional) and responses as outputs (defaults
 * filled), so one zod schema can appear twice: "Case" in responses, "CaseInput" in requests.
 */
import { z } from 'zod';
import { CaseSchema, FigureSchema, GoalSchema, KpiSchema, OrganisationSchema, ProposalSchema } from '../domain/model.js';
import { DecisionInputSchema, ProposalDraftSchema } from '../domain/proposals/index.js';
import { KpiDetailSchema, KpiListItemSchema } from './api-schemas.js';
import type { Endpoint, Operation } from './endpoint.js';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problem.js';

type Json = Record<string, unknown>;

const NAMED_OUTPUTS: [z.ZodType, string][] = [
  [OrganisationSchema, 'Organisation'],
  [CaseSchema, 'Case'],
  [KpiSchema, 'Kpi'],
  [KpiListItemSchema, 'KpiListItem'],
  [KpiDetailSchema, 'KpiDetail'],
  [FigureSchema, 'Figure'],
  [GoalSchema, 'Goal'],
  [ProposalSchema, 'Proposal'],
  [ProblemSchema, 'Problem'],
];
const NAMED_INPUTS: [z.ZodType, string][] = [
  [CaseSchema, 'CaseInput'],
  [KpiSchema, 'KpiInput'],
  [ProposalDraftSchema, 'ProposalInput'],
  [DecisionInputSchema, 'DecisionInput'],
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request: each bad field is named in errors',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict: the item exists already',
  412: 'Precondition failed: If-Match does not match the current version',
  413: 'Payload too large (over 1 MB)',
  415: 'Unsupported media type: a JSON body needs Content-Type: application/json',
  428: 'Precondition required: send If-Match',
  500: 'Internal error (details are logged, not returned)',
};

export interface DocumentInfo {
  title: string;
  version: string;
}

export function buildOpenApiDocument(endpoints: readonly Endpoint[], info: DocumentInfo): Json {
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  for (const [schema, id] of NAMED_OUTPUTS) outputs.add(schema, { id });
  for (const [schema, id] of NAMED_INPUTS) inputs.add(schema, { id });
  const ref = (registry: typeof outputs, schema: z.ZodType, fallbackId: string) => {
    if (!registry.has(schema)) registry.add(schema, { id: fallbackId });
    return { $ref: `#/components/schemas/${registry.get(schema)!.id}` };
  };

  const paths: Record<string, Json> = {};
  for (const ep of endpoints) {
    const path = `/api/${ep.route}`;
    const item: Json = (paths[path] ??= {});
    const pathParams = [...ep.route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    for (const [method, op] of Object.entries(ep.operations) as [string, Operation][]) {
      const operationId = op.handler.name;
      const name = operationId.charAt(0).toUpperCase() + operationId.slice(1);
      const responses: Json = {};
      for (const [status, spec] of Object.entries(op.responses)) {
        responses[status] = {
          description: spec.description,
          ...(spec.headers ? { headers: mapValues(spec.headers, (description) => ({ description, schema: { type: 'string' } })) } : {}),
          ...(spec.schema ? { content: { 'application/json': { schema: ref(outputs, spec.schema, `${name}Response`) } } } : {}),
        };
      }
      for (const status of new Set([400, ...(op.problems ?? []), ...(op.body ? [415] : []), 500])) {
        responses[String(status)] = {
          description: STATUS_TEXT[status] ?? 'Error',
          content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
      if (ep.authLevel === 'function') responses['401'] = { description: 'Missing or wrong function key (answered by the Functions host)' };
      item[method.toLowerCase()] = {
        operationId,
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        parameters: [
          ...pathParams.map((p) => ({ name: p, in: 'path', required: true, schema: ep.params?.[p] ? inline(ep.params[p]) : { type: 'string' } })),
          ...queryParameters(op.query),
          ...Object.entries(op.headers ?? {}).map(([h, spec]) => ({ name: h, in: 'header', required: !!spec.required, description: spec.description, schema: { type: 'string' } })),
        ],
        ...(op.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: ref(inputs, op.body, `${name}Request`) } } } }
          : {}),
        ...(op.fileBody
          ? { requestBody: { required: true, content: mapValues(op.fileBody, (description) => ({ schema: { type: 'string', format: 'binary', description } })) } }
          : {}),
        responses,
        ...(ep.authLevel === 'function' ? { security: [{ functionKey: [] }, { functionKeyQuery: [] }] } : { security: [] }),
      };
    }
  }

  const uri = (id: string) => `#/components/schemas/${id}`;
  const schemas = {
    ...components(z.toJSONSchema(outputs, { io: 'output', uri, unrepresentable: 'any' }).schemas),
    ...components(z.toJSONSchema(inputs, { io: 'input', uri, unrepresentable: 'any' }).schemas),
  };
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'The HTTP API of Målbot: organisations, cases, KPIs, figures and goals. Errors are application/problem+json (RFC 9457).' },
    paths,
    components: {
      schemas,
      securitySchemes: {
        functionKey: { type: 'apiKey', in: 'header', name: 'x-functions-key' },
        functionKeyQuery: { type: 'apiKey', in: 'query', name: 'code' },
      },
    },
  };
}

function queryParameters(query: z.ZodObject | undefined): Json[] {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => {
    const json = inline(schema as z.ZodType, 'input');
    return {
      name,
      in: 'query',
      required: !(schema as z.ZodType).safeParse(undefined).success,
      ...(typeof json.description === 'string' ? { description: json.description } : {}),
      schema: json,
    };
  });
}

function inline(schema: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return json;
}

function components(schemas: Record<string, unknown>): Record<string, unknown> {
  if ('__shared' in schemas) throw new Error('A schema refers to itself; give it an id before documenting it.');
  return mapValues(schemas, (schema) => {
    const { $schema: _dialect, $id: _id, ...rest } = schema as Json;
    return rest;
  });
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
