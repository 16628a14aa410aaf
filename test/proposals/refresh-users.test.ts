/** refresh.userIds: Teams matches user MRIs, so configured Entra object ids become 8:orgid:…; admins decide too. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { MAX_REFRESH_USERS, reviewerPolicy, teamsUserMri } from '../../functions/proposals/reviewers.js';

describe('teamsUserMri', () => {
  it('keeps Teams user ids and turns an Entra object id into 8:orgid:<id>', () => {
    expect(teamsUserMri('29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw')).toMatch(/^29:1XJK/);
    expect(teamsUserMri('8:orgid:7faf8ab2-3d56-4244-b585-20c8a42ed2b8')).toBe('8:orgid:7faf8ab2-3d56-4244-b585-20c8a42ed2b8');
    expect(teamsUserMri('7FAF8AB2-3D56-4244-B585-20C8A42ED2B8')).toBe('8:orgid:7faf8ab2-3d56-4244-b585-20c8a42ed2b8');
    expect(teamsUserMri('lone@aabenraa.dk')).toBeUndefined();
  });
});

describe('the review card refresh list', () => {
  const oid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  it('holds reviewers and admins as MRIs, once each', () => {
    const config = loadConfig({ MAALBOT_MODE: 'local', REVIEWER_IDS: `${oid(1)},29:manager-2`, MAALBOT_ADMINS: `${oid(3)},${oid(1)}` });
    expect(reviewerPolicy(config).refreshUserIds()).toEqual([`8:orgid:${oid(1)}`, '29:manager-2', `8:orgid:${oid(3)}`]);
  });

  it('stops at the 60 users Teams refreshes automatically', () => {
    const config = loadConfig({ MAALBOT_MODE: 'local', REVIEWER_IDS: Array.from({ length: 70 }, (_, i) => oid(i)).join(','), MAALBOT_ADMINS: oid(99) });
    const ids = reviewerPolicy(config).refreshUserIds();
    expect(ids).toHaveLength(MAX_REFRESH_USERS);
    expect(MAX_REFRESH_USERS).toBe(60);
  });
});
