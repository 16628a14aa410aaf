/**
 * The policy as complete tables: every action against a holder of each single role (and of none), what
 * each role implies, and every spelling of a roles claim. A rule lost from any table fails here.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { ACTION_ROLES, callerOf, can, requirePermission, roleOfClaim, rolesOf, type Action } from '../../functions/security/index.js';

const config = loadConfig({
  MAALBOT_ADMINS: 'adm',
  MAALBOT_EDITORS: 'ed',
  MAALBOT_READERS: 'rd,ed-viborg',
  REVIEWER_IDS: 'rev',
  HOME_ORG: 'aabenraa',
  MAALBOT_ORG_MEMBERS: 'viborg:ed-viborg',
});
const holder = (id: string) => callerOf({ ids: [id], claimRoles: [] }, config);

/** Who may do what, by the single role held ('none': a signed-in user on no list). */
const MAY: Record<Action, Array<'none' | 'reader' | 'editor' | 'reviewer' | 'admin'>> = {
  public: ['none', 'reader', 'editor', 'reviewer', 'admin'],
  read: ['reader', 'editor', 'reviewer', 'admin'],
  'cases.write': ['editor', 'admin'],
  'figures.write': ['editor', 'admin'],
  'proposals.submit': ['reader', 'editor', 'reviewer', 'admin'],
  'proposals.decide': ['reviewer', 'admin'],
  'subscriptions.change': ['admin'],
  'settings.change': ['admin'],
  undeclared: ['admin'],
};
const IDS = { none: 'stranger', reader: 'rd', editor: 'ed', reviewer: 'rev', admin: 'adm' } as const;

describe('policy tables', () => {
  it('covers every action there is', () => {
    expect(Object.keys(MAY).sort()).toEqual(Object.keys(ACTION_ROLES).sort());
  });

  for (const action of Object.keys(MAY) as Action[]) {
    it(`${action}: exactly ${MAY[action].join(', ')}`, () => {
      for (const [role, id] of Object.entries(IDS)) {
        expect(can(holder(id), action), `${role} → ${action}`).toBe(MAY[action].includes(role as never));
      }
    });
  }

  it('each role brings exactly what it implies', () => {
    expect([...rolesOf({ ids: ['stranger'], claimRoles: [] }, config)]).toEqual([]);
    expect([...rolesOf({ ids: ['rd'], claimRoles: [] }, config)].sort()).toEqual(['reader']);
    expect([...rolesOf({ ids: ['ed'], claimRoles: [] }, config)].sort()).toEqual(['editor', 'reader']);
    expect([...rolesOf({ ids: ['rev'], claimRoles: [] }, config)].sort()).toEqual(['reader', 'reviewer']);
    expect([...rolesOf({ ids: ['adm'], claimRoles: [] }, config)].sort()).toEqual(['admin', 'editor', 'reader', 'reviewer']);
    expect([...rolesOf({ ids: ['stranger'], claimRoles: ['Maalbot.Reviewer'] }, config)].sort()).toEqual(['reader', 'reviewer']);
  });

  it.each([
    ['admin', 'admin'],
    [' Editor ', 'editor'],
    ['Maalbot.Reader', 'reader'],
    ['maalbot-reviewer', 'reviewer'],
    ['MAALBOT_ADMIN', 'admin'],
    ['maalbot editor', 'editor'],
    ['Målbot.Editor', 'editor'],
    ['Maalbot.Owner', undefined],
    ['xMaalbot.Admin', undefined],
    // Only a leading prefix is taken off: what is left around one further in is no role.
    ['admaalbot.min', undefined],
    ['Maalbot:Admin', undefined],
    ['Maalbot.', undefined],
    ['administrator', undefined],
    ['', undefined],
  ])('the roles claim %j grants %s', (claim, role) => {
    expect(roleOfClaim(claim)).toBe(role);
  });

  it('actions with no organisation rule ignore the resource: an unpublished thing of another organisation included', () => {
    const hidden = { orgId: 'viborg', published: false };
    expect(can(holder('rd'), 'proposals.submit', hidden)).toBe(true);
    expect(can(holder('rd'), 'public', hidden)).toBe(true);
    expect(can(holder('adm'), 'subscriptions.change', hidden)).toBe(true);
    // ...but still need their role.
    expect(can(holder('stranger'), 'proposals.submit', hidden)).toBe(false);
  });

  it('writes to cases and figures only in the editor\'s own organisation; admins anywhere', () => {
    const home = holder('ed');
    const viborgEditor = callerOf({ ids: ['ed-viborg'], claimRoles: ['editor'] }, config);
    expect(can(home, 'cases.write', { orgId: 'aabenraa' })).toBe(true);
    expect(can(home, 'figures.write', { orgId: 'viborg' })).toBe(false);
    expect(can(viborgEditor, 'figures.write', { orgId: 'viborg' })).toBe(true);
    expect(can(viborgEditor, 'cases.write', { orgId: 'aabenraa' })).toBe(false);
    expect(can(holder('adm'), 'cases.write', { orgId: 'viborg' })).toBe(true);
    // Reading a published item of another organisation is not a write: no membership needed.
    expect(can(home, 'read', { orgId: 'viborg', published: true })).toBe(true);
    expect(can(home, 'read', { orgId: 'viborg' })).toBe(true);
    expect(() => requirePermission(viborgEditor, 'cases.write', { orgId: 'aabenraa' })).toThrow(/Only editors of aabenraa/);
    expect(() => requirePermission(home, 'figures.write', { orgId: 'viborg' })).toThrow(/Only editors of viborg can create or change its KPIs/);
    expect(() => requirePermission(undefined, 'cases.write', { orgId: 'aabenraa' })).not.toThrow();
    // Reviewers decide on their own organisation's proposals only.
    const reviewer = holder('rev');
    expect(() => requirePermission(reviewer, 'proposals.decide', { orgId: 'viborg' })).toThrow(/^Only reviewers of viborg can decide on its proposals\.$/);
    expect(() => requirePermission(reviewer, 'proposals.decide', { orgId: 'aabenraa' })).not.toThrow();
    // An action without a message of its own names the role it needs.
    expect(() => requirePermission(holder('rd'), 'settings.change', { orgId: 'viborg' })).toThrow(/^This needs the admin role for viborg\.$/);
    expect(() => requirePermission(viborgEditor, 'figures.write', { orgId: 'viborg' })).not.toThrow();
  });
});

describe('the refusal messages as the module is loaded', () => {
  // The messages are a table built when the module loads: a mutation tool that switches a change on per
  // test reaches it only through a test that loads the module itself, as this one does.
  it('names the organisation and what each own-scope action needs, from a freshly loaded policy', async () => {
    vi.resetModules();
    const fresh = await import('../../functions/security/policy.js');
    const stranger = fresh.callerOf({ ids: ['rd'], claimRoles: [] }, config);
    const refused = (action: Action) => {
      try {
        fresh.requirePermission(stranger, action, { orgId: 'viborg' });
      } catch (error) {
        return (error as Error).message;
      }
      return 'allowed';
    };
    expect(refused('cases.write')).toBe('Only editors of viborg can create or change its cases.');
    expect(refused('figures.write')).toBe('Only editors of viborg can create or change its KPIs and figures.');
    expect(refused('proposals.decide')).toBe('Only reviewers of viborg can decide on its proposals.');
    expect(refused('settings.change')).toBe('This needs the admin role for viborg.');
    expect(refused('read')).toBe('allowed');
  });
});
