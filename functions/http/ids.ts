/** Case, KPI and goal ids begin with their organisation's slug ("aabenraa.kik-ii"): the partition key. */
import { NotFoundError, ValidationError } from '../domain/errors.js';

export function orgOf(id: string): string | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(0, dot) : undefined;
}

/** The organisation of an id from the URL; an id without one cannot exist. */
export function orgOfPathId(id: string | undefined, what: string): string {
  const org = id ? orgOf(id) : undefined;
  if (!org) throw new NotFoundError(`There is no ${what} "${id ?? ''}".`);
  return org;
}

/** A new item's id must start with its organisation: that is where the store will look for it. */
export function requireOrgPrefix(item: { id: string; orgId: string }): void {
  if (!item.id.startsWith(`${item.orgId}.`)) {
    throw new ValidationError(`The id must start with the organisation: "${item.orgId}.…".`, [
      { field: 'id', message: `must start with "${item.orgId}."` },
    ]);
  }
}
