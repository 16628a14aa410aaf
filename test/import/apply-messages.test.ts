/**
 * applyPlan's own words and counts: the message that names the row (and, in a wide file, the column) of
 * a figure somebody added or changed after the check, what a successful import reports, and the audit
 * entries it leaves — one completed entry per figure, with the before-image exactly for a changed one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, PreconditionFailedError } from '../../functions/domain/errors.js';
import type { Figure } from '../../functions/domain/model.js';
import { applyPlan, planImport, readSheet } from '../../functions/import/index.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { AT, IMPORTER, KIK, sample, seededStore, snapshot } from './support.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await seededStore()));
afterEach(() => dispose());

async function plan(text: string | Uint8Array, fileName = 'figures.csv') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return planImport(store, await readSheet(bytes, fileName), { fileName });
}

const LONG = `kpi;kind;period;value\n${KIK}.borgere;actual;2019-01;1001\n${KIK}.selvforsoergende;actual;2018-08-31;999\n`;

describe('applying a plan', () => {
  it('reports each figure written and audited, with a before-image exactly for the changed one', async () => {
    const planned = await plan(LONG);
    expect([planned.new.length, planned.changed.length]).toEqual([1, 1]);

    expect(await applyPlan(store, planned, IMPORTER, AT)).toEqual({ written: 2, auditEntries: 2 });

    const created = planned.new[0]!.figure;
    const [createdEntry] = await store.audit.findAll({ partitionKey: created.id });
    expect(createdEntry).toMatchObject({ entityType: 'figure', entityId: created.id, action: 'import', actor: IMPORTER, at: AT });
    expect(createdEntry).not.toHaveProperty('before');
    expect(createdEntry).not.toHaveProperty('state');
    expect(createdEntry!.after).toMatchObject({ value: 1001, updatedAt: AT, updatedBy: IMPORTER });

    const changed = planned.changed[0]!;
    const [changedEntry] = await store.audit.findAll({ partitionKey: changed.figure.id });
    expect(changedEntry!.before).toEqual(unstored(changed.before!));
    expect(changedEntry!.after).toMatchObject({ value: 999 });
    expect(changedEntry).not.toHaveProperty('state');
    expect((await store.figures.get(changed.figure.id, changed.figure.kpiId))?.updatedBy).toEqual(IMPORTER);
  });

  it('names the row of a figure changed since the check, and no column in a long file', async () => {
    const planned = await plan(LONG);
    const target = planned.changed[0]!.before!;
    await store.figures.replace({ ...unstored(target), value: 5 } as Figure, target._etag);

    const error = await applyPlan(store, planned, IMPORTER, AT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as Error).message).toBe(
      `Somebody changed row 3 (${target.id}) after the file was checked; nothing was imported. Run the import again to see the current figures.`,
    );
  });

  it('names the row and column of a figure added since the check in a wide file, and leaves nothing of the import', async () => {
    const planned = await plan(await sample('jobindsats-wide.csv'), 'jobindsats-wide.csv');
    const second = planned.new[1]!;
    expect(second.column).toBe('2017M11');
    await store.figures.create({ ...second.figure, value: 1, updatedAt: AT, updatedBy: { id: 'u-other', kind: 'user' } } as Figure);
    const before = await snapshot(store);

    const error = await applyPlan(store, planned, IMPORTER, AT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `Somebody added row ${second.row}, column 2017M11 (${second.figure.id}) after the file was checked; nothing was imported. Run the import again to see the current figures.`,
    );
    expect(await snapshot(store)).toEqual(before);
  });
});
