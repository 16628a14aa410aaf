/**
 * Builds the one query shape the adapter sends: equality filters on top-level properties, ordered by id.
 * Values only ever travel as parameters; property names are checked against the container's schema,
 * so nothing a caller passes becomes SQL text.
 */
import { createHash } from 'node:crypto';
import type { SqlQuerySpec } from '@azure/cosmos';
import { ValidationError } from '../../domain/errors.js';
import type { Scalar } from '../store.js';

export interface QueryPlan {
  spec: SqlQuerySpec;
  /** Set when the query is confined to one partition: sent as the request's partitionKey. */
  partitionKey?: string;
}

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function buildQuery(
  container: string,
  partitionKeyProperty: string,
  properties: ReadonlySet<string>,
  query: { where?: Record<string, unknown>; partitionKey?: string },
): QueryPlan {
  const conditions: string[] = [];
  const parameters: { name: string; value: Scalar }[] = [];
  const add = (property: string, value: Scalar) => {
    const name = `@p${parameters.length}`;
    parameters.push({ name, value });
    // Bracket notation: several property names (value, kind …) are reserved words in Cosmos SQL.
    conditions.push(`c["${property}"] = ${name}`);
  };

  let partitionKey = query.partitionKey;
  // The partition filter is in the WHERE clause as well as in the request options: the options alone
  // scope the query in Cosmos DB, but the WHERE clause keeps the result right wherever it runs.
  if (partitionKey !== undefined) add(partitionKeyProperty, partitionKey);

  for (const [property, value] of Object.entries(query.where ?? {})) {
    if (value === undefined) continue;
    if (!PROPERTY.test(property) || !properties.has(property)) {
      throw new ValidationError(`${container} cannot be filtered by "${property}"`, [
        { field: `where.${property}`, message: 'not a property of this item' },
      ]);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ValidationError(`${container} filter "${property}" must be a string, number or boolean`, [
        { field: `where.${property}`, message: 'must be a string, number or boolean' },
      ]);
    }
    add(property, value);
    // Filtering on the partition key property is the same cheap single-partition query.
    if (property === partitionKeyProperty && partitionKey === undefined && typeof value === 'string') {
      partitionKey = value;
    }
  }

  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  return {
    spec: { query: `SELECT * FROM c${where} ORDER BY c.id`, parameters },
    ...(partitionKey !== undefined ? { partitionKey } : {}),
  };
}

/*
 * Page tokens wrap the SDK's continuation with a fingerprint of the query it belongs to, so a token
 * from one query handed to another is refused as a bad request instead of resuming somewhere odd.
 */

function fingerprint(plan: QueryPlan): string {
  return createHash('sha256')
    .update(JSON.stringify([plan.spec, plan.partitionKey ?? null]))
    .digest('base64url')
    .slice(0, 16);
}

export function encodeContinuation(plan: QueryPlan, cosmosToken: string): string {
  return Buffer.from(JSON.stringify({ q: fingerprint(plan), t: cosmosToken })).toString('base64url');
}

export function decodeContinuation(plan: QueryPlan, token: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const { q, t } = (decoded ?? {}) as { q?: unknown; t?: unknown };
  if (typeof t !== 'string' || q !== fingerprint(plan)) {
    throw new ValidationError('The continuation token does not belong to this query', [
      { field: 'continuation', message: 'not a token from the previous page of this query' },
    ]);
  }
  return t;
}
