/**
 * What must be reachable without signing in, in Azure: the Bot Connector posts to /api/messages with its
 * own token, probes call /api/health, and Teams shows the privacy and terms pages the manifest names.
 * Each is a registered anonymous function and excluded from App Service authentication, which would
 * otherwise reject the Bot Connector's bearer token (issued for the bot, not the API) with 401.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApi, type Api } from '../functions/api-harness.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('infra/teams/manifest.json')) as { developer: { privacyUrl: string; termsOfUseUrl: string } };
const manifestPaths = [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl].map((url) => url.replace('https://${{BOT_DOMAIN}}', ''));
const excluded = JSON.parse(/excludedPaths:\s*(\[[^\]]*\])/.exec(read('infra/app/api.bicep'))![1]!.replace(/'/g, '"')) as string[];

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api?.close());

it('serves the privacy and terms pages at the manifest URLs, anonymously', () => {
  expect(manifestPaths).toEqual(['/api/privacy', '/api/terms']);
  for (const path of manifestPaths) {
    const fn = api.functions.http.find((f) => `/api/${f.route}` === path);
    expect(fn, path).toBeDefined();
    expect(fn).toMatchObject({ authLevel: 'anonymous', methods: ['GET'] });
  }
});

it('answers each page in Danish and English as HTML', async () => {
  // Imported once the harness has loaded the functions (importing it registers them).
  const { legalPage } = await import('../../functions/http/legal.js');
  for (const page of ['privacy', 'terms'] as const) {
    const response = legalPage(page);
    expect(response.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8' });
    expect(String(response.body)).toMatch(/<section lang="da">.*<section lang="en">/s);
  }
  expect(String(legalPage('privacy').body)).toContain('CPR');
});

it('excludes exactly the bot endpoint, the health probe and the two pages from App Service authentication', () => {
  for (const route of ['messages', 'health']) expect(api.functions.http.find((f) => f.route === route)?.authLevel).toBe('anonymous');
  expect(excluded.sort()).toEqual(['/api/health', '/api/messages', ...manifestPaths].sort());
});
