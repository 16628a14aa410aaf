/**
 * Writing a plan, all or nothing. Every figure is written with a precondition — create for a new one
 * (409 if somebody added it since the plan), replace with the ETag the plan read for a changed one (412
 * if somebody changed it since) — each only after its audit entry, so no figure changes without one; the
 * entry is written pending and completed once its figure is (a crash between the two: see
 * settleAuditEntries, store/audit.ts).
 * If any write fails, what was written is undone (compensation): created figures deleted, replaced ones
 * restored from their before-image, and then the audit entries taken back — except the entry of a
 * figure that could not be undone, which stays to tell what was left changed.
 *
 * Not `auditedWrite`: that takes back only the entry of the write that failed, while the import must
 * take back every entry of the file, so it keeps them.
 *
 * Why compensation and not a transaction: figures are partitioned by KPI, and a Cosmos DB
 * transactional batch is atomic only within one partition key and at most 100 operations. In
 * production a file touching one KPI could go as one batch per 100 figures (still not atomic across
 * batches), so a file spanning several KPIs needs compensation either way. The residual risk: a crash
 * of the process between a failed write and the end of the undo leaves the written part in place —
 * its audit entries (action "import") show exactly which figures that was.
 */
import { AppError, ConflictError, PreconditionFailedError } from '../domain/errors.js';
import type { Actor, AuditEntry, Figure } from '../domain/model.js';
import { completeAudit, recordAudit } from '../store/audit.js';
import { inBatches } from '../store/batches.js';
import { unstored, type Stored, type Store } from '../store/store.js';
import type { ImportPlan, PlannedFigure } from './plan.js';

export interface ApplyResult {
  written: number;
  auditEntries: number;
}

type Undo = ({ created: Stored<Figure> } | { replaced: Stored<Figure>; before: Stored<Figure> }) & { entry: AuditEntry };

export async function applyPlan(store: Store, plan: ImportPlan, actor: Actor, at: string): Promise<ApplyResult> {
  const work = [...plan.new, ...plan.changed];
  const undo: Undo[] = [];
  const audits: AuditEntry[] = [];
  try {
    await inBatches(work, async (p) => {
      const figure: Figure = { ...p.figure, updatedAt: at, updatedBy: actor };
      const entry = await recordAudit(store, { entityType: 'figure', entityId: figure.id, action: 'import', actor, at, ...(p.before ? { before: p.before } : {}), after: figure, pending: true });
      audits.push(entry);
      if (!p.before) undo.push({ created: await store.figures.create(figure).catch(explain(p)), entry });
      else undo.push({ replaced: await store.figures.replace(figure, p.before._etag).catch(explain(p)), before: p.before, entry });
      await completeAudit(store, entry);
    });
  } catch (error) {
    const left = await compensate(store, undo, audits);
    if (left.length) {
      throw new AppError(
        500,
        'Import partly undone',
        `The import failed (${(error as Error).message}) and ${left.length} write(s) could not be undone: ${left.join('; ')}. Their audit entries (action "import", ${at}) name them.`,
      );
    }
    throw error;
  }
  return { written: work.length, auditEntries: audits.length };
}

function explain(p: PlannedFigure) {
  return (error: unknown): never => {
    const where = `row ${p.row}${p.column ? `, column ${p.column}` : ''} (${p.figure.id})`;
    if (error instanceof ConflictError) throw new ConflictError(`Somebody added ${where} after the file was checked; nothing was imported. Run the import again to see the current figures.`);
    if (error instanceof PreconditionFailedError) throw new PreconditionFailedError(`Somebody changed ${where} after the file was checked; nothing was imported. Run the import again to see the current figures.`);
    throw error;
  };
}

/**
 * Undoes in reverse order; returns what could not be undone. A figure changed again meanwhile is left
 * alone. Figures first, entries after: an entry goes only once its figure is back (or was never written).
 */
async function compensate(store: Store, undo: Undo[], audits: AuditEntry[]): Promise<string[]> {
  const left: string[] = [];
  const stays = new Set<AuditEntry>();
  for (const u of undo.reverse()) {
    const failed = (e: unknown) => {
      stays.add(u.entry);
      left.push(`${u.entry.entityId}: ${(e as Error).message}`);
    };
    if ('created' in u) await store.figures.delete(u.created.id, u.created.kpiId, u.created._etag).catch(failed);
    else await store.figures.replace(unstored(u.before), u.replaced._etag).catch(failed);
  }
  for (const entry of audits.reverse().filter((e) => !stays.has(e))) {
    await store.audit.delete(entry.id, entry.entityId).catch((e: unknown) => left.push(`audit entry ${entry.id}: ${(e as Error).message}`));
  }
  return left;
}
