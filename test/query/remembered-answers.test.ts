/**
 * A question asked before is answered from what was kept only while nothing it was made from changed: a
 * figure written, a KPI patched into the catalogue, a rebuilt catalogue or another language or organisation
 * all give the answer worked out afresh. On a store that copies every read, as Cosmos DB does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCatalogue, invalidateCatalogue, noteChange } from '../../functions/query/catalogue.js';
import { answerQuestion as answerAfresh } from '../../functions/query/answer.js';
import { answerQuestion } from '../../functions/query/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { seededStore } from './support/seed-store.js';

const Q = 'Hvor mange kontaktforløb forventer KIK II ved udgangen af i år?';
let store: Store;
beforeEach(async () => {
  store = await seededStore();
});
const ask = (q = Q, extra: { lang?: 'da' | 'en'; org?: string } = {}) => answerQuestion(store, { q, ...extra }, { homeOrg: 'aabenraa' });
/** The answer worked out afresh, nothing kept: what a remembered answer must equal. */
const fresh = () => answerAfresh(store, { q: Q }, { homeOrg: 'aabenraa' });

describe('remembered answers', () => {
  it('give the same answer again, shared frozen, so no caller changes what another is told', async () => {
    const first = await ask();
    expect(first.figures[0]).toMatchObject({ period: '2022', value: 783 });
    const copy = structuredClone(first);
    // The first caller's answer is its own: what was kept is a copy of it.
    first.figures[0]!.value = -1;
    first.text = 'changed by a caller';
    const again = await ask();
    expect(again).toEqual(copy);
    expect(() => again.figures.pop()).toThrow(TypeError);
    expect(() => {
      again.figures[0]!.value = -1;
    }).toThrow(TypeError);
    expect(await ask()).toEqual(copy);
  });

  it('are worked out afresh when a figure the answer read is written', async () => {
    const { figures } = await ask();
    const kpiId = figures[0]!.kpi;
    const stored = (await store.figures.findAll({ partitionKey: kpiId })).find((f) => f.period === '2022' && f.value === 783)!;
    await store.figures.upsert({ ...unstored(stored), value: 800 });
    const again = await ask();
    expect(again.figures[0]).toMatchObject({ period: '2022', value: 800 });
    expect(again).toEqual(await fresh());
  });

  it('are worked out afresh when the KPI is patched into the catalogue', async () => {
    const first = await ask();
    const cat = await getCatalogue(store);
    const kpi = cat.kpis.get(first.figures[0]!.kpi)!;
    noteChange(store, { type: 'kpi', item: { ...kpi, name: { da: 'Omdøbt', en: 'Renamed' } } });
    const again = await ask();
    expect(again).not.toEqual(first);
    expect(again).toEqual(await fresh());
  });

  it('are worked out afresh from a rebuilt catalogue that changed, and kept by one that did not', async () => {
    const first = await ask();
    const cat = await getCatalogue(store);
    invalidateCatalogue(store);
    expect(await getCatalogue(store)).toBe(cat);
    expect(await ask()).toEqual(first);
    const kpi = cat.kpis.get(first.figures[0]!.kpi)!;
    await store.kpis.upsert({ ...unstored(kpi), name: { da: 'Omdøbt', en: 'Renamed' } });
    invalidateCatalogue(store);
    expect(await getCatalogue(store)).not.toBe(cat);
    const again = await ask();
    expect(again).not.toEqual(first);
    expect(again).toEqual(await fresh());
  });

  it('are kept per language and organisation asked', async () => {
    const da = await ask();
    const en = await ask(Q, { lang: 'en' });
    expect(en.lang).toBe('en');
    expect(en.text).not.toEqual(da.text);
    expect((await ask()).text).toEqual(da.text);
  });
});

describe('remembered answers on a store that counts its writes (the embedded store)', () => {
  let dir: string;
  let embedded: Store;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'maalbot-remembered-'));
    embedded = await seededStore(await openEmbeddedStore({ dir }));
  });
  afterEach(async () => {
    await embedded.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  const askEmbedded = () => answerQuestion(embedded, { q: Q }, { homeOrg: 'aabenraa' });

  it('are given again without reading the figures while nothing was written', async () => {
    const first = await askEmbedded();
    const reads = vi.spyOn(embedded.figures, 'findAll');
    expect(await askEmbedded()).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
  });

  it('are worked out afresh once any figure is written, and the new figure answers', async () => {
    const first = await askEmbedded();
    const stored = (await embedded.figures.findAll({ partitionKey: first.figures[0]!.kpi })).find((f) => f.period === '2022' && f.value === 783)!;
    await embedded.figures.upsert({ ...unstored(stored), value: 800 });
    const again = await askEmbedded();
    expect(again.figures[0]).toMatchObject({ period: '2022', value: 800 });
    expect(again).toEqual(await answerAfresh(embedded, { q: Q }, { homeOrg: 'aabenraa' }));
  });

  it('are not given from a store that was closed', async () => {
    await askEmbedded();
    await embedded.close();
    await expect(askEmbedded()).rejects.toThrow();
  });
});

describe('what an answer is made from', () => {
  it('is read from the store only by the catalogue and the figure index, which a remembered answer re-checks', () => {
    const readers: string[] = [];
    for (const folder of ['functions/query', 'functions/domain/query']) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        if (/\bstore\.\w+\.(?:get|find|findAll)\(/.test(readFileSync(`${folder}/${file}`, 'utf8'))) readers.push(`${folder}/${file}`);
      }
    }
    expect(readers.sort()).toEqual(['functions/query/catalogue.ts', 'functions/query/figure-index.ts']);
  });
});
