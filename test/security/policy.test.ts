/** The policy as pure functions: roles from settings and claims, organisations, tenants. */
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { callerOf, can, canSeeCase, isTrial, principalFromHeaders, roleOfClaim, rolesOf, tenantAllowed, tenantAllowList, tenantOf } from '../../functions/security/index.js';
import { organisationsOf } from '../../functions/security/roles.js';

const config = loadConfig({ MAALBOT_ADMINS: 'adm', MAALBOT_EDITORS: 'ed', REVIEWER_IDS: '29:rev', HOME_ORG: 'aabenraa', MAALBOT_ORG_MEMBERS: 'viborg:vib' });
const user = (id: string, claimRoles: string[] = []) => ({ ids: [id], claimRoles });

describe('rolesOf', () => {
  it('grants from the lists, with what each role implies', () => {
    expect([...rolesOf(user('adm'), config)].sort()).toEqual(['admin', 'editor', 'reader', 'reviewer']);
    expect([...rolesOf(user('ed'), config)].sort()).toEqual(['editor', 'reader']);
    expect([...rolesOf({ ids: ['oid-x', '29:rev'], claimRoles: [] }, config)].sort()).toEqual(['reader', 'reviewer']);
    expect([...rolesOf(user('anyone'), config)]).toEqual(['reader']);
  });

  it('grants from roles claims, and nothing from unknown ones', () => {
    expect(roleOfClaim('Maalbot.Reviewer')).toBe('reviewer');
    expect(roleOfClaim('ADMIN')).toBe('admin');
    expect(roleOfClaim('Maalbot.Owner')).toBeUndefined();
    expect(rolesOf(user('anyone', ['Maalbot.Admin']), config).has('admin')).toBe(true);
  });

  it('with a reader list, only those listed (or holding another role) read', () => {
    const strict = loadConfig({ MAALBOT_READERS: 'r1', MAALBOT_EDITORS: 'ed' });
    expect(rolesOf(user('stranger'), strict).size).toBe(0);
    expect(rolesOf(user('r1'), strict).has('reader')).toBe(true);
    expect(rolesOf(user('ed'), strict).has('reader')).toBe(true);
  });

  it('a local run with no role settings is a trial: everyone is everything; in Azure never', () => {
    expect(rolesOf(user('anyone'), loadConfig({})).has('admin')).toBe(true);
    expect(rolesOf(user('anyone'), { ...loadConfig({}), mode: 'azure' }).has('admin')).toBe(false);
  });

  it.each(['MAALBOT_ADMINS', 'MAALBOT_EDITORS', 'MAALBOT_READERS', 'REVIEWER_IDS'])('locally, %s alone ends the trial: the lists apply', (setting) => {
    const listed = loadConfig({ [setting]: 'someone' });
    expect(isTrial(listed)).toBe(false);
    expect(rolesOf(user('anyone'), listed).has('admin')).toBe(false);
  });

  it('the local caller of a loopback run sees every organisation, whatever roles it is given', () => {
    expect(organisationsOf({ ids: ['local'], claimRoles: [], local: true }, new Set(['reader']), config)).toBe('all');
    expect(organisationsOf(user('someone'), new Set(['reader']), config)).toEqual(new Set(['aabenraa']));
    expect(organisationsOf(user('vib'), new Set(['reader']), config)).toEqual(new Set(['viborg']));
  });
});

describe('can', () => {
  it('needs the role of the action', () => {
    expect(can(callerOf(user('anyone'), config), 'read')).toBe(true);
    expect(can(callerOf(user('anyone'), config), 'figures.write')).toBe(false);
    expect(can(callerOf(user('ed'), config), 'proposals.decide')).toBe(false);
    expect(can(callerOf(user('ed'), config), 'subscriptions.change')).toBe(false);
    expect(can(callerOf(user('adm'), config), 'subscriptions.change')).toBe(true);
    expect(can(callerOf(user('adm'), config), 'undeclared')).toBe(true);
    expect(can(callerOf(user('ed'), config), 'undeclared')).toBe(false);
  });

  it('keeps unpublished cases within their organisation; admins see all', () => {
    const hidden = { orgId: 'aabenraa', published: false };
    expect(canSeeCase(callerOf(user('anyone'), config), hidden)).toBe(true);
    expect(canSeeCase(callerOf(user('vib'), config), hidden)).toBe(false);
    expect(canSeeCase(callerOf(user('vib'), config), { ...hidden, published: true })).toBe(true);
    expect(canSeeCase(callerOf(user('adm'), config), hidden)).toBe(true);
    expect(canSeeCase(undefined, hidden)).toBe(false);
    // A direct call without a caller still sees what is public.
    expect(canSeeCase(undefined, { ...hidden, published: true })).toBe(true);
    expect(canSeeCase(undefined, { orgId: 'viborg' })).toBe(true);
  });
});

describe('x-ms-client-principal', () => {
  const headers = (value: object) => new Headers({ 'x-ms-client-principal': Buffer.from(JSON.stringify(value)).toString('base64') });

  it('reads the App Service and Static Web Apps shapes, roles included', () => {
    expect(principalFromHeaders(headers({ auth_typ: 'aad', role_typ: 'roles', claims: [{ typ: 'oid', val: 'o1' }, { typ: 'roles', val: 'Maalbot.Editor' }] }))).toEqual({ ids: ['o1'], claimRoles: ['Maalbot.Editor'] });
    expect(principalFromHeaders(headers({ userId: 'u1', userRoles: ['anonymous', 'authenticated', 'admin'] }))).toEqual({ ids: ['u1'], claimRoles: ['admin'] });
  });

  it('treats garbage as no principal', () => {
    expect(principalFromHeaders(new Headers({ 'x-ms-client-principal': '%%%not base64 json' }))).toBeUndefined();
    expect(principalFromHeaders(headers({ claims: [] }))).toBeUndefined();
    expect(principalFromHeaders(new Headers())).toBeUndefined();
  });
});

describe('tenant allow-list', () => {
  it('is ALLOWED_TENANT_IDS, else the bot tenant, else open', () => {
    expect(tenantAllowList({ allowedTenantIds: ['A', 'b'], tenantId: 'c' })).toEqual(['a', 'b']);
    expect(tenantAllowList({ allowedTenantIds: [], tenantId: 'C' })).toEqual(['c']);
    expect(tenantAllowList({ allowedTenantIds: [], tenantId: undefined })).toEqual([]);
    expect(tenantAllowed([], undefined)).toBe(true);
    expect(tenantAllowed(['a'], undefined)).toBe(false);
    expect(tenantAllowed(['a'], 'A')).toBe(true);
  });

  it('reads the tenant from channelData, else from the conversation', () => {
    expect(tenantOf({ channelData: { tenant: { id: 't1' } }, conversation: { tenantId: 't2' } })).toBe('t1');
    expect(tenantOf({ conversation: { tenantId: 't2' } })).toBe('t2');
    expect(tenantOf({})).toBeUndefined();
    // An empty or non-string tenant is no tenant: the next place is asked, and nothing is undefined.
    expect(tenantOf({ channelData: { tenant: { id: '' } }, conversation: { tenantId: 't2' } })).toBe('t2');
    expect(tenantOf({ channelData: { tenant: { id: 7 } }, conversation: { tenantId: 't2' } })).toBe('t2');
    expect(tenantOf({ conversation: { tenantId: '' } })).toBeUndefined();
  });
});

describe('what each role implies, as the module is loaded', () => {
  // The table is made when the module loads, before a test starts: a mutation tool that switches a change on
  // per test reaches it only through a test that loads the module itself, as this one does.
  it('reader is only reader; editor and reviewer also read; admin is all four', async () => {
    vi.resetModules();
    const fresh = await import('../../functions/security/roles.js');
    const azure = { ...loadConfig({ MAALBOT_READERS: 'nobody' }), mode: 'azure' as const };
    const roles = (claim: string) => [...fresh.rolesOf(user('anyone', [claim]), azure)].sort();
    expect(roles('reader')).toEqual(['reader']);
    expect(roles('editor')).toEqual(['editor', 'reader']);
    expect(roles('reviewer')).toEqual(['reader', 'reviewer']);
    expect(roles('admin')).toEqual(['admin', 'editor', 'reader', 'reviewer']);
  });
});

describe('organisationsOf with several ids', () => {
  it('one listed id among a principal\'s several makes it a member', () => {
    const members = { ...loadConfig({ HOME_ORG: 'aabenraa', MAALBOT_ORG_MEMBERS: 'viborg:vib' }), mode: 'azure' as const };
    const both = { ids: ['29:teams-id', 'vib'], claimRoles: [] };
    expect(organisationsOf(both, rolesOf(both, members), members)).toEqual(new Set(['viborg']));
  });
});
