/** Seeding: what the seed files become in the store, idempotence, reset, and loud failure on a bad seed. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { figureId, type Case } from '../../functions/domain/model.js';
import { containerNames } from '../../functions/store/containers.js';
import { loadSeedEntities, reseed, seed, seedIfEmpty } from '../../functions/store/seed.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { copyFixture, fixtures, tempStore } from './store-fixture.js';

const small = { dir: path.join(fixtures, 'seed-small') };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function fresh(): Promise<Store> {
  const { store, dispose } = await tempStore();
  cleanups.push(dispose);
  return store;
}

/** Everything in the store, without ETags, for before/after comparisons. */
async function contents(store: Store) {
  const all: Record<string, unknown[]> = {};
  for (const c of containerNames) all[c] = (await store[c].findAll()).map((i) => unstored(i as { _etag: string }));
  return all;
}

const kpi = 'a-by.strategy.on-benefits';

describe('seed entities', () => {
  it('derive figure ids, default the organisation to the KPI’s and name the source', async () => {
    const store = await fresh();
    await seedIfEmpty(store, small);
    const own = await store.figures.get(figureId({ kpiId: kpi, orgId: 'a-by', kind: 'actual', period: '2018-08-31' }), kpi);
    expect(own).toMatchObject({
      orgId: 'a-by',
      value: 1869,
      source: { document: 'a-town.pdf', locator: 'Table 1' },
      updatedBy: { id: 'seed', kind: 'system' },
      updatedAt: '2018-01-01T00:00:00.000Z',
    });
    const cluster = await store.figures.get(figureId({ kpiId: kpi, orgId: 'klynge-a', kind: 'actual', period: '2018-08-31' }), kpi);
    expect(cluster?.value).toBe(1500);
    // A figure in another file may name a KPI defined elsewhere.
    expect((await store.figures.findAll({ partitionKey: kpi, where: { orgId: 'b-by' } })).map((f) => f.value)).toEqual([900]);
    // The file's title names the document for readers; a file without sections gives none.
    expect((await store.cases.get('a-by.strategy.young', 'a-by'))?.source).toEqual({ document: 'a-town.pdf', locator: 'Slide 4', title: 'A-by Kommune 2018: status on the investment strategy' });
    expect((await store.goals.get('a-by.strategy.fewer', 'a-by'))?.source?.locator).toBe('Slide 5');
  });

  it('give every seed source the document title, and the section and its kind where the file names them', async () => {
    const entities = await loadSeedEntities();
    const sources = [...entities.figures, ...entities.cases, ...entities.goals, ...entities.proposals].map((i) => i.source);
    expect(sources.every((s) => s?.title && s.section && s.sectionKind)).toBe(true);
    const status = entities.figures.find((f) => f.kpiId === 'aabenraa.kik-ii.selvforsoergende' && f.kind === 'actual');
    expect(status?.source).toEqual({
      document: '001_c4b015c6edf99cef.txt',
      locator: 'Status KIK II pr. 31. august 2018',
      title: 'Aabenraa Kommune: Beskæftigelsespolitik og investeringsstrategier KIK og KIK II (2018)',
      section: 'Status KIK II',
      sectionKind: 'slide',
    });
  });

  it('make seed proposals submitted by the seed at the document’s year, each also a case with KPIs and figures', async () => {
    const store = await fresh();
    await seedIfEmpty(store, small);
    const proposal = await store.proposals.get('b-by.job-01', 'b-by');
    expect(proposal).toMatchObject({
      status: 'submitted',
      submittedBy: { id: 'seed', kind: 'system' },
      submittedAt: '2016-01-01T00:00:00.000Z',
      source: { document: 'b-town-proposals.pdf', locator: 'Form JOB 01' },
    });
    const [asCase] = await store.cases.findAll({ partitionKey: 'b-by', where: { proposalId: 'b-by.job-01' } });
    expect(asCase).toMatchObject({ kind: 'proposal', status: 'proposed', code: 'JOB 01' });
    const kpis = await store.kpis.findAll({ partitionKey: 'b-by', where: { caseId: asCase!.id } });
    expect(kpis.length).toBeGreaterThan(0);
    const figures = (await Promise.all(kpis.map((k) => store.figures.findAll({ partitionKey: k.id })))).flat();
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.kind === 'expected' && f.updatedBy.id === 'seed')).toBe(true);
  });

  it('the real seed-data folder loads into a store, every item intact', async () => {
    const entities = await loadSeedEntities();
    const store = await fresh();
    const summary = await seedIfEmpty(store);
    expect(summary?.written).toBe(Object.values(summary!.counts).reduce((a, b) => a + b, 0));
    for (const c of ['organisations', 'cases', 'kpis', 'figures'] as const) {
      expect(entities[c].length).toBeGreaterThan(0);
      expect(await store[c].findAll()).toHaveLength(entities[c].length);
    }
  });
});

describe('seeding again', () => {
  it('seedIfEmpty loads only into an empty store', async () => {
    const store = await fresh();
    expect(await seedIfEmpty(store, small)).toBeDefined();
    const figure = (await store.figures.findAll({ partitionKey: kpi }))[0]!;
    await store.figures.replace({ ...unstored(figure), value: 1 }, figure._etag);
    const before = await contents(store);
    expect(await seedIfEmpty(store, small)).toBeUndefined();
    expect(await contents(store)).toEqual(before);
  });

  it('seed never duplicates, and leaves unchanged items (and their ETags) alone', async () => {
    const store = await fresh();
    const first = await seed(store, small);
    const before = await store.figures.findAll();
    const second = await seed(store, small);
    expect(second).toMatchObject({ written: 0, unchanged: first.written });
    expect(await store.figures.findAll()).toEqual(before);
  });

  it('seed restores an edited seed item and keeps what people added', async () => {
    const store = await fresh();
    await seed(store, small);
    const seeded = await contents(store);
    const figure = (await store.figures.findAll({ partitionKey: kpi }))[0]!;
    await store.figures.replace({ ...unstored(figure), value: 1 }, figure._etag);
    const added = { ...unstored(figure), id: 'user-figure', period: '2025', value: 5, updatedBy: { id: 'u1', kind: 'user' as const } };
    await store.figures.create(added);

    expect(await seed(store, small)).toMatchObject({ written: 1 });
    const after = await contents(store);
    expect(after.figures).toEqual(expect.arrayContaining([...seeded.figures!, added]));
    expect(after.figures).toHaveLength(seeded.figures!.length + 1);
  });

  it('reseed deletes everything seed-derived (even items the seed no longer has) and reloads; people’s items stay', async () => {
    const store = await fresh();
    await seed(store, small);
    const seeded = await contents(store);
    const template = unstored((await store.figures.findAll({ partitionKey: kpi }))[0]!);
    const userFigure = { ...template, id: 'user-figure', period: '2025', updatedBy: { id: 'u1', kind: 'user' as const } };
    await store.figures.create(userFigure);
    await store.figures.create({ ...template, id: 'dropped-from-seed', period: '2010' }); // updatedBy: the seed
    await store.cases.upsert({ ...(seeded.cases![0] as Case), id: 'a-by.old-seed-case' }); // a seed document's case
    const edited = (await store.goals.findAll())[0]!;
    await store.goals.replace({ ...unstored(edited), target: 1 }, edited._etag);

    const summary = await reseed(store, small);
    expect(summary.deleted).toBe(Object.values(summary.counts).reduce((a, b) => a + b, 0) + 2);
    const after = await contents(store);
    expect(after).toEqual({ ...seeded, figures: expect.arrayContaining([...seeded.figures!, userFigure]) });
    expect(after.figures).toHaveLength(seeded.figures!.length + 1);
  });
});

describe('an inconsistent seed fails loudly and writes nothing', () => {
  async function broken(edit: (files: Record<string, any>) => void): Promise<string> {
    const dir = await copyFixture('seed-small');
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const files: Record<string, any> = {};
    for (const name of ['a-town-2018.json', 'b-town-2016.json']) files[name] = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    edit(files);
    for (const [name, json] of Object.entries(files)) await writeFile(path.join(dir, name), JSON.stringify(json));
    return dir;
  }

  it('an unknown KPI', async () => {
    const dir = await broken((f) => (f['b-town-2016.json'].figures[0].kpi = 'a-by.no-such-kpi'));
    const store = await fresh();
    await expect(seedIfEmpty(store, { dir })).rejects.toThrow(/unknown KPI "a-by.no-such-kpi"/);
    expect(await contents(store)).toEqual(Object.fromEntries(containerNames.map((c) => [c, []])));
  });

  it('a duplicate figure, naming both files', async () => {
    const dir = await broken((f) => f['b-town-2016.json'].figures.push({ ...f['a-town-2018.json'].figures[0] }));
    await expect(loadSeedEntities({ dir })).rejects.toThrow(/duplicate figures id .*a-town-2018.json and b-town-2016.json/);
  });

  it('an organisation defined differently in two files', async () => {
    const dir = await broken((f) => f['b-town-2016.json'].organisations.push({ id: 'a-by', name: 'Other', kind: 'municipality', aliases: [] }));
    await expect(loadSeedEntities({ dir })).rejects.toThrow(/duplicate organisations id "a-by"/);
  });

  it('a dangling reference and a field the schema refuses', async () => {
    const dangling = await broken((f) => (f['a-town-2018.json'].goals[0].kpiId = 'a-by.gone'));
    await expect(loadSeedEntities({ dir: dangling })).rejects.toThrow(/goal a-by.strategy.fewer names unknown KPI "a-by.gone"/);
    const invalid = await broken((f) => (f['a-town-2018.json'].figures[0].value = 'lots'));
    await expect(loadSeedEntities({ dir: invalid })).rejects.toThrow(/a-town-2018.json.*figures\.0\.value/);
  });

  it('reseed with a broken seed leaves the store as it was', async () => {
    const store = await fresh();
    await seed(store, small);
    const before = await contents(store);
    const dir = await broken((f) => (f['b-town-2016.json'].figures[0].kpi = 'a-by.no-such-kpi'));
    await expect(reseed(store, { dir })).rejects.toThrow(/unknown KPI/);
    expect(await contents(store)).toEqual(before);
  });
});
