/**
 * x-ms-client-principal as a case table: every id, name and role claim type App Service may send, the
 * Static Web Apps shape with its built-in roles, the side headers and their precedence, and each kind of
 * unreadable header (no principal at all, never a partial one).
 */
import { describe, expect, it, vi } from 'vitest';
import { readClientPrincipal } from '../../functions/security/client-principal.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const headers = (principal: unknown, extra: Record<string, string> = {}) =>
  new Headers({ ...(principal === undefined ? {} : { 'x-ms-client-principal': typeof principal === 'string' ? principal : encode(principal) }), ...extra });
const appService = (claims: unknown[], extra: Record<string, unknown> = {}) => ({ auth_typ: 'aad', claims, ...extra });

describe('App Service shape', () => {
  it.each(['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid', 'sub'])('takes the id from a %s claim', (typ) => {
    expect(readClientPrincipal(headers(appService([{ typ, val: 'id-1' }])))).toEqual({ id: 'id-1', claimRoles: [] });
  });

  it('takes the first id claim in the order they come', () => {
    expect(readClientPrincipal(headers(appService([{ typ: 'sub', val: 'sub-1' }, { typ: 'oid', val: 'oid-1' }])))?.id).toBe('sub-1');
  });

  it('falls back to the x-ms-client-principal-id header, and a claim wins over it', () => {
    expect(readClientPrincipal(headers(appService([]), { 'x-ms-client-principal-id': 'hdr-1' }))?.id).toBe('hdr-1');
    expect(readClientPrincipal(headers(appService([{ typ: 'oid', val: 'oid-1' }]), { 'x-ms-client-principal-id': 'hdr-1' }))?.id).toBe('oid-1');
  });

  it.each(['name', 'preferred_username', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'])('takes the name from a %s claim', (typ) => {
    expect(readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ, val: 'Anna' }])))).toEqual({ id: 'o', name: 'Anna', claimRoles: [] });
  });

  it('prefers the x-ms-client-principal-name header to a name claim', () => {
    const user = readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ: 'name', val: 'Claim Name' }]), { 'x-ms-client-principal-name': 'anna@kommune.dk' }));
    expect(user?.name).toBe('anna@kommune.dk');
  });

  it('has no name property when there is none', () => {
    expect(readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }])))).not.toHaveProperty('name');
  });

  it.each(['roles', 'role', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role'])('reads roles from %s claims', (typ) => {
    const user = readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ, val: 'Maalbot.Editor' }, { typ, val: 'admin' }])));
    expect(user?.claimRoles).toEqual(['Maalbot.Editor', 'admin']);
  });

  it('reads roles from the claim type role_typ names as well', () => {
    const user = readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ: 'app_roles', val: 'reviewer' }, { typ: 'groups', val: 'g1' }], { role_typ: 'app_roles' })));
    expect(user?.claimRoles).toEqual(['reviewer']);
  });

  it('skips claims that are not { typ, val } strings', () => {
    const user = readClientPrincipal(headers(appService([null, 'oid', { typ: 'oid', val: 7 }, { typ: 'roles' }, { typ: 'oid', val: 'o-2' }, { typ: 'roles', val: 'admin' }])));
    expect(user).toEqual({ id: 'o-2', claimRoles: ['admin'] });
  });

  it('claims that are not a list are no claims: no id unless the header gives one', () => {
    expect(readClientPrincipal(headers({ claims: { typ: 'oid', val: 'o' } }))).toBeUndefined();
    expect(readClientPrincipal(headers({ claims: 'oid' }, { 'x-ms-client-principal-id': 'hdr' }))).toEqual({ id: 'hdr', claimRoles: [] });
  });
});

describe('Static Web Apps shape', () => {
  it('takes id, name and roles, leaving out the built-in anonymous and authenticated', () => {
    expect(readClientPrincipal(headers({ identityProvider: 'aad', userId: 'u1', userDetails: 'anna@kommune.dk', userRoles: ['anonymous', 'authenticated', 'editor', 7] }))).toStrictEqual({
      id: 'u1',
      name: 'anna@kommune.dk',
      claimRoles: ['editor'],
    });
  });

  it('roles that are not a list are none; an empty or missing name is no name', () => {
    expect(readClientPrincipal(headers({ userId: 'u1', userDetails: '', userRoles: 'admin' }))).toStrictEqual({ id: 'u1', claimRoles: [] });
    expect(readClientPrincipal(headers({ userId: 'u1', userDetails: 5 }))).toStrictEqual({ id: 'u1', claimRoles: [] });
  });

  it('an empty or non-string userId is read as the App Service shape instead', () => {
    expect(readClientPrincipal(headers({ userId: '', userRoles: ['admin'], claims: [{ typ: 'oid', val: 'o' }] }))).toStrictEqual({ id: 'o', claimRoles: [] });
    expect(readClientPrincipal(headers({ userId: 42, userRoles: ['admin'] }))).toBeUndefined();
  });
});

describe('no principal at all', () => {
  // An unreadable principal header is no sign-in, whatever the side headers say.
  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['not base64 JSON', '%%%not base64 json'],
    ['JSON null', encode(null)],
    ['a JSON array', encode([{ typ: 'oid', val: 'o' }])],
    ['a JSON string', encode('oid')],
  ])('%s', (_name, value) => {
    expect(readClientPrincipal(headers(value, { 'x-ms-client-principal-id': 'hdr', 'x-ms-client-principal-name': 'anna' }))).toBeUndefined();
  });

  it('claims without an id, and no id header', () => {
    expect(readClientPrincipal(headers(appService([{ typ: 'name', val: 'Anna' }]), { 'x-ms-client-principal-name': 'anna' }))).toBeUndefined();
  });
});

describe('the claim type lists as the module is loaded', () => {
  // The lists are built when the module loads, before a test starts: a mutation tool that switches a change
  // on per test reaches them only through a test that loads the module itself, as this one does.
  it('reads every id, name and role claim type from a freshly loaded module', async () => {
    vi.resetModules();
    const fresh = await import('../../functions/security/client-principal.js');
    const ids = ['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid', 'sub'];
    const names = ['name', 'preferred_username', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'];
    const roles = ['roles', 'role', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role'];
    for (const typ of ids) expect(fresh.readClientPrincipal(headers(appService([{ typ, val: 'id-1' }])))?.id, typ).toBe('id-1');
    for (const typ of names) expect(fresh.readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ, val: 'Anna' }])))?.name, typ).toBe('Anna');
    for (const typ of roles) expect(fresh.readClientPrincipal(headers(appService([{ typ: 'oid', val: 'o' }, { typ, val: 'admin' }])))?.claimRoles, typ).toEqual(['admin']);
    // An empty claim type is none of them.
    expect(fresh.readClientPrincipal(headers(appService([{ typ: '', val: 'x' }])))).toBeUndefined();
    expect(fresh.readClientPrincipal(headers({ userId: 'u', userRoles: ['anonymous', 'authenticated', 'admin'] }))?.claimRoles).toEqual(['admin']);
  });
});
