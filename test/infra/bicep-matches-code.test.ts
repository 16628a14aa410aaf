// Bicep cannot be compiled without internet, so this holds the infrastructure to the code by reading it:
// every setting the app reads in Azure is set by the Bicep, nothing secret is, and the Cosmos containers
// declared are exactly the ones the store uses, with the same partition keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../functions/config.js';
import { containers } from '../../functions/store/containers.js';

const read = (path: string) => readFileSync(new URL(`../../infra/${path}`, import.meta.url), 'utf8');

/** Keys of the object literal that follows `marker` (one level deep). */
function objectKeys(source: string, marker: RegExp): string[] {
  const start = source.search(marker);
  expect(start, `${marker} not found`).toBeGreaterThanOrEqual(0);
  const open = source.indexOf('{', start);
  let depth = 0;
  let end = open;
  for (; end < source.length; end++) {
    if (source[end] === '{') depth++;
    if (source[end] === '}' && --depth === 0) break;
  }
  const body = source.slice(open + 1, end);
  return [...body.matchAll(/^\s*([A-Za-z_][\w]*)\s*:/gm)].map((m) => m[1]!);
}

const bicepSettings = new Set([
  ...objectKeys(read('main.bicep'), /appSettings:\s*\{/),
  ...objectKeys(read('app/api.bicep'), /union\(appSettings,\s*\{/),
]);

/** A secret may be set only as a Key Vault reference, which the platform resolves with the app's identity. */
function keyVaultReference(name: string): boolean {
  return new RegExp(`^\\s*${name}:.*'@Microsoft\\.KeyVault\\(SecretUri=`, 'm').test(read('main.bicep'));
}

describe('infra/ against functions/config.ts', () => {
  it('sets every non-secret setting the app reads in Azure', () => {
    const needed = SETTINGS.filter((s) => s.where !== 'local' && !s.secret).map((s) => s.env);
    const missing = needed.filter((name) => !bicepSettings.has(name));
    expect(missing).toEqual([]);
  });

  it('sets no secret and no setting the app does not know', () => {
    const known = new Set(SETTINGS.map((s) => s.env));
    const hostSettings = /^(AzureWebJobsStorage__|APPLICATIONINSIGHTS_AUTHENTICATION_STRING$|languageWorkers__node__arguments$)/;
    const unknown = [...bicepSettings].filter((name) => !known.has(name) && !hostSettings.test(name));
    expect(unknown).toEqual([]);
    const secrets = SETTINGS.filter((s) => s.secret && bicepSettings.has(s.env) && !keyVaultReference(s.env)).map((s) => s.env);
    expect(secrets).toEqual([]);
  });

  it('declares exactly the Cosmos containers the store uses, with the same partition keys', () => {
    const declared = [...read('app/db.bicep').matchAll(/\{\s*name:\s*'([^']+)',\s*partitionKey:\s*'\/([^']+)'\s*\}/g)].map(
      (m) => `${m[1]} /${m[2]}`,
    );
    const used = Object.entries(containers).map(([name, c]) => `${name} /${c.partitionKey}`);
    expect(declared.sort()).toEqual(used.sort());
  });

  it('assigns the roles before the site is created (the site reaches its storage through the identity)', () => {
    const main = read('main.bicep');
    const block = (name: string) => main.slice(main.indexOf(`module ${name} `), main.indexOf('\n}\n', main.indexOf(`module ${name} `)));
    expect(block('api')).toMatch(/dependsOn:\s*\[rbac\]/);
    expect(block('rbac')).not.toMatch(/\bapi\.outputs/);
    expect(block('rbac')).toMatch(/storageAccountName:\s*storage\.outputs\.name/);
  });

  it('preloads the telemetry loader hook from beside the entry point, as npm start does from source', () => {
    const args = /languageWorkers__node__arguments:\s*'([^']*)'/.exec(read('app/api.bicep'))?.[1] ?? '';
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    // The bundle (bench/build-bundle.ts) writes telemetry-loader.js next to "main"; production-install
    // test loads the app with it.
    expect(args).toBe(`--import ./${path.posix.join(path.posix.dirname(pkg.main), 'telemetry-loader.js')}`);
    expect(pkg.scripts.start).toContain('--import ./functions/telemetry-loader.ts');
  });

  it('runs on Node 22, as package.json engines says', () => {
    expect(read('app/api.bicep')).toMatch(/runtime:\s*\{\s*name:\s*'node',\s*version:\s*'22'\s*\}/);
    const engines = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).engines.node;
    expect(engines).toBe('>=22');
  });

  it('keeps keys off: Cosmos DB and storage have local auth disabled', () => {
    expect(read('app/db.bicep')).toMatch(/disableLocalAuth:\s*true/);
    expect(read('app/storage.bicep')).toMatch(/allowSharedKeyAccess:\s*false/);
  });
});
