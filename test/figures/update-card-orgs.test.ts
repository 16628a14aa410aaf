/**
 * The update card offers the organisations whose figures the user may change: an editor of Viborg
 * (MAALBOT_ORG_MEMBERS) gets Viborg chosen and Viborg's KPIs, not the home organisation's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TurnInfo } from '../../bot/features.js';
import { appFor } from '../../functions/app.js';
import { loadConfig } from '../../functions/config.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import type { Store } from '../../functions/store/store.js';

const EDITOR = { id: '29:viborg-editor', aadObjectId: 'oid-viborg-editor' };
let store: Store;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-card-orgs-'));
  store = await openEmbeddedStore({ dir });
  await seed(store);
}, 60_000);
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const inputs = (card: any): Record<string, any> => {
  const out: Record<string, any> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) out[n.id] = n;
    for (const k of ['body', 'items', 'columns']) if (n[k]) walk(n[k]);
  };
  walk(card.body);
  return out;
};

it("offers an editor only their own organisation, chosen, with its KPIs", async () => {
  const config = loadConfig({ DATA_DIR: dir, HOME_ORG: 'aabenraa', MAALBOT_EDITORS: EDITOR.aadObjectId, MAALBOT_READERS: EDITOR.aadObjectId, MAALBOT_ORG_MEMBERS: `viborg:${EDITOR.aadObjectId}` });
  const features = appFor({ config, store }).features;
  const turn: TurnInfo = { lang: 'da', conversation: { id: 'conv-card-orgs', scope: 'personal' }, user: EDITOR };
  const [reply] = await features.openFigureUpdate!(turn, 'tal');
  expect(reply?.kind).toBe('card');
  const i = inputs((reply as { card: unknown }).card);
  expect(i.org.choices).toEqual([{ title: 'Viborg Kommune', value: 'viborg' }]);
  expect(i.org.value).toBe('viborg');
  expect(i.kpi.choices.length).toBeGreaterThan(0);
  expect(i.kpi.choices.every((c: { value: string }) => c.value.startsWith('viborg.'))).toBe(true);
});
