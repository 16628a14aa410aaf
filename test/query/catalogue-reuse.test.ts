/**
 * A catalogue rebuilt from unchanged content keeps its index and reference lists (and so every cache
 * keyed on them); any change to an organisation, case, KPI or proposal builds them afresh.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCatalogue, invalidateCatalogue, noteChange } from '../../functions/query/catalogue.js';
import type { Store } from '../../functions/store/store.js';
import { sample } from '../store/sample-items.js';
import { tempStore } from '../store/store-fixture.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store, dispose } = await tempStore());
  await store.organisations.create(sample.organisations('herning', 'herning'));
  await store.cases.create(sample.cases('herning.kik', 'herning'));
  await store.kpis.create({ ...sample.kpis('herning.kik.fuldtid', 'herning'), caseId: 'herning.kik' });
});
afterEach(() => dispose());

/** The catalogue as the next question after a rebuild sees it. */
async function rebuilt() {
  invalidateCatalogue(store);
  return getCatalogue(store);
}

describe('catalogue rebuilds', () => {
  it('keep the index and reference lists while nothing they are made of changed, and read goals afresh', async () => {
    const first = await getCatalogue(store);
    const again = await rebuilt();
    expect(again.index).toBe(first.index);
    expect(again.caseRefs).toBe(first.caseRefs);
    expect(again.orgRefs).toBe(first.orgRefs);
    await store.goals.create({ ...sample.goals('herning.kik.maal', 'herning'), kpiId: 'herning.kik.fuldtid' });
    const withGoal = await rebuilt();
    expect(withGoal.index).toBe(first.index);
    expect(withGoal.goalsByKpi.get('herning.kik.fuldtid')?.map((g) => g.id)).toEqual(['herning.kik.maal']);
  });

  it('build a new index when a case changes, and it finds the new words', async () => {
    const first = await getCatalogue(store);
    expect(first.index.search('revalidering')).toEqual([]);
    const c = (await store.cases.get('herning.kik', 'herning'))!;
    await store.cases.replace({ ...c, title: 'Revalidering' }, c._etag);
    const after = await rebuilt();
    expect(after.index).not.toBe(first.index);
    expect(after.caseRefs).not.toBe(first.caseRefs);
    expect(after.index.search('revalidering').map((h) => h.id)).toContain('herning.kik');
  });

  it('never reuse a catalogue patched by noteChange', async () => {
    const first = await getCatalogue(store);
    noteChange(store, { type: 'kpi', item: { ...sample.kpis('herning.kik.ny', 'herning'), name: { da: 'Ledighedsydelse', en: 'Flex benefit' } } });
    const after = await rebuilt();
    expect(after.index).not.toBe(first.index);
    expect(after.index.search('ledighedsydelse')).toEqual([]);
  });
});
