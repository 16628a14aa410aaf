/** A write that names another item (its organisation, parent case, KPI) is refused when that item is missing. */
import { ValidationError } from '../domain/errors.js';
import type { Store } from '../store/store.js';
import { orgOf } from './ids.js';

export async function requireOrganisation(store: Store, orgId: string, field = 'orgId'): Promise<void> {
  if (!(await store.organisations.get(orgId, orgId))) {
    throw new ValidationError(`There is no organisation "${orgId}".`, [{ field, message: `unknown organisation "${orgId}"` }]);
  }
}

export async function requireCase(store: Store, caseId: string, field: string): Promise<void> {
  const org = orgOf(caseId);
  if (!org || !(await store.cases.get(caseId, org))) {
    throw new ValidationError(`There is no case "${caseId}".`, [{ field, message: `unknown case "${caseId}"` }]);
  }
}
