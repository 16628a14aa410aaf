/**
 * Every operation of every route declares the action it needs, so the role check in endpoint.ts is a
 * decision someone made; an undeclared operation would fall back to admins only.
 */
import { expect, it } from 'vitest';
import { describedEndpoints } from '../../functions/http/endpoint.js';
import { loadFunctions } from '../../functions/local/load-functions.js';
import { ACTION_ROLES } from '../../functions/security/index.js';

it('every operation declares an action, and only health, the OpenAPI document, the bot endpoint and the privacy and terms pages are public', async () => {
  await loadFunctions();
  const operations = describedEndpoints().flatMap((e) => Object.entries(e.operations).map(([method, op]) => ({ name: `${method} ${e.route}`, action: op!.action })));
  expect(operations.length).toBeGreaterThan(15);
  expect(operations.filter((o) => !o.action || o.action === 'undeclared').map((o) => o.name)).toEqual([]);
  expect(operations.filter((o) => o.action === 'public').map((o) => o.name).sort()).toEqual(['GET health', 'GET openapi.json', 'GET privacy', 'GET terms', 'POST messages']);
  expect(operations.every((o) => o.action! in ACTION_ROLES)).toBe(true);
});
