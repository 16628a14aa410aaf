/**
 * `hent tal` / `fetch figures` through the composition root's guarded chat features, against the fake
 * Jobindsats: admins only, a report card in the user's language, and honest failures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../bot/commands.js';
import type { Reply } from '../../bot/activity.js';
import type { BotFeatures, TurnInfo } from '../../bot/features.js';
import { appFor } from '../../functions/app.js';
import { loadConfig } from '../../functions/config.js';
import { snapshot } from '../import/support.js';
import { world, type World } from './support.js';

const ADMIN = { id: '29:admin', aadObjectId: 'oid-admin' };
const EDITOR = { id: '29:editor', aadObjectId: 'oid-editor' };
const turn = (user: typeof ADMIN, lang: 'da' | 'en' = 'da'): TurnInfo => ({ lang, conversation: { id: 'conv-1', scope: 'personal' }, user });
const shown = (replies: Reply[]) => JSON.stringify(replies);

let w: World;
let features: BotFeatures;
const featuresWith = (env: Record<string, string>) =>
  appFor({ config: loadConfig({ MAALBOT_ADMINS: ADMIN.aadObjectId, MAALBOT_EDITORS: EDITOR.aadObjectId, ...env }), store: w.store }).features;
beforeEach(async () => {
  w = await world();
  features = featuresWith({ JOBINDSATS_URL: w.fake.url, JOBINDSATS_TOKEN: w.fake.token });
});
afterEach(() => w.dispose());

describe('hent tal / fetch figures', () => {
  it('is a command in both languages', () => {
    expect([parseCommand('hent tal')?.name, parseCommand('Fetch figures')?.name]).toEqual(['fetchFigures', 'fetchFigures']);
  });

  it('an admin gets the report card: what was stored per KPI, then "nothing new" the second time', async () => {
    const first = shown(await features.fetchFigures!(turn(ADMIN)));
    expect(first).toMatch(/Tal fra Jobindsats/);
    expect(first).toMatch(/Gemt: \d+ nye og 1 rettet tal/);
    expect(first).toMatch(/- A-dagpengemodtagere 18-29 år, fuldtidspersoner: 1 nyt og 1 rettet – nyeste 345 fuldtidspersoner \(oktober 2017\)/);
    // One line per KPI; the share's line counts the cluster's and the country's figures too.
    expect(first).toMatch(/- Modtagere af uddannelseshjælp, fuldtidspersoner: 2 nye – nyeste 622 fuldtidspersoner \(november 2017\)/);
    expect(first).toMatch(/- Andel af de 18-29-årige på offentlig forsørgelse: 7 nye – nyeste 13,9 % \(november 2017\)/);
    expect(first).toMatch(/Kilde: Jobindsats \(api\.jobindsats\.dk\)/);
    expect(await w.store.figures.get('viborg.unge.uddannelseshjaelpsmodtagere~viborg~actual~2017-10', 'viborg.unge.uddannelseshjaelpsmodtagere')).toBeDefined();

    const second = shown(await features.fetchFigures!(turn(ADMIN, 'en')));
    expect(second).toMatch(/Figures from Jobindsats/);
    expect(second).toMatch(/Nothing new/);
  });

  it('a corrected figure says what it was corrected from', async () => {
    await features.fetchFigures!(turn(ADMIN));
    w.fake.tables.y38a02!.values.Viborg!['2017M11'] = { 'Antal fuldtidspersoner': 625 };
    expect(shown(await features.fetchFigures!(turn(ADMIN, 'en')))).toMatch(/Stored: 0 new and 1 corrected figure.*: 1 corrected – latest 625 full-time persons \(November 2017\), corrected from 622 full-time persons/);
  });

  it('an editor is refused and nothing is fetched', async () => {
    const before = await snapshot(w.store);
    expect(shown(await features.fetchFigures!(turn(EDITOR)))).toMatch(/rollen \\"admin\\"/);
    expect(w.fake.requests).toEqual([]);
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('without a key it says the JOBINDSATS_TOKEN setting is missing', async () => {
    const unconfigured = featuresWith({ JOBINDSATS_URL: w.fake.url });
    expect(shown(await unconfigured.fetchFigures!(turn(ADMIN)))).toMatch(/Jobindsats er ikke sat op.*JOBINDSATS_TOKEN mangler/);
  });

  it('a failure says that nothing was stored, and why', async () => {
    const before = await snapshot(w.store);
    const wrongKey = featuresWith({ JOBINDSATS_URL: w.fake.url, JOBINDSATS_TOKEN: 'expired' });
    expect(shown(await wrongKey.fetchFigures!(turn(ADMIN)))).toMatch(/blev ikke hentet.*Intet er gemt.*JOBINDSATS_TOKEN/);
    expect(await snapshot(w.store)).toEqual(before);
  });
});
