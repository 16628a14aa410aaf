/**
 * Export and import of all data, for backups and for moving from a trial (embedded store) to Azure
 * (Cosmos DB). One JSON file: a format marker and version, then every container's items without
 * their ETags, one item per line so a file diffs and greps well.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConflictError, ValidationError, type FieldError } from '../domain/errors.js';
import { fieldErrors } from '../domain/validation.js';
import { inBatches } from './batches.js';
import { containerNames, containers, type ContainerName } from './containers.js';
import { unstored, type Repo, type Store } from './store.js';

export const EXPORT_FORMAT = 'maalbot-data';
export const EXPORT_VERSION = 1;

type AnyItem = Record<string, unknown> & { id: string };
export type Counts = Partial<Record<ContainerName, number>>;

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  containers: z.partialRecord(z.enum(containerNames as [ContainerName, ...ContainerName[]]), z.array(z.unknown())),
});

function repo(store: Store, c: ContainerName): Repo<AnyItem> {
  return store[c] as unknown as Repo<AnyItem>;
}

/** Writes every container to `file` (via a temporary file, so a failed export leaves no half file). */
export async function exportData(store: Store, file: string): Promise<Counts> {
  const counts: Counts = {};
  const parts: string[] = [];
  for (const c of containerNames) {
    const items = (await repo(store, c).findAll()).map((i) => JSON.stringify(unstored(i)));
    counts[c] = items.length;
    parts.push(`    ${JSON.stringify(c)}: [${items.length ? `\n      ${items.join(',\n      ')}\n    ` : ''}]`);
  }
  const header = `"format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(new Date().toISOString())},\n  "from": ${JSON.stringify(store.kind)}`;
  const temp = `${file}.partial`;
  await writeFile(temp, `{\n  ${header},\n  "containers": {\n${parts.join(',\n')}\n  }\n}\n`);
  await rename(temp, file).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
  return counts;
}

export interface ImportOptions {
  /** Delete everything in the store first; without it the store must be empty. */
  replace?: boolean;
}

/**
 * Reads `file`, validates every item against its container's schema and only then writes: an invalid
 * file changes nothing. Returns the items written per container.
 */
export async function importData(store: Store, file: string, options: ImportOptions = {}): Promise<Counts> {
  const data = validateExport(parseJson(await readFile(file, 'utf8'), file));
  if (!options.replace) {
    for (const c of containerNames) {
      if ((await repo(store, c).find({ limit: 1 })).items.length) {
        throw new ConflictError(`The store already holds ${c}; import into an empty store, or pass --replace to delete its data first`);
      }
    }
  } else {
    for (const c of containerNames) {
      const pk = containers[c].partitionKey;
      const items = await repo(store, c).findAll();
      await inBatches(items, (i) => repo(store, c).delete(i.id, String(i[pk])));
    }
  }
  const counts: Counts = {};
  for (const c of containerNames) {
    const items = data[c] ?? [];
    await inBatches(items, (i) => repo(store, c).upsert(i));
    counts[c] = items.length;
  }
  return counts;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${file} is not JSON (${(error as Error).message}); nothing was written`, [{ field: '(file)', message: 'not JSON' }]);
  }
}

/** The file's items per container, parsed; a ValidationError naming every bad item and field otherwise. */
export function validateExport(json: unknown): Partial<Record<ContainerName, AnyItem[]>> {
  const file = ExportFileSchema.safeParse(json);
  if (!file.success) throw new ValidationError(`Not a Målbot export (format ${EXPORT_FORMAT}, version ${EXPORT_VERSION})`, fieldErrors(file.error));
  const errors: FieldError[] = [];
  const out: Partial<Record<ContainerName, AnyItem[]>> = {};
  for (const [c, raw] of Object.entries(file.data.containers) as Array<[ContainerName, unknown[]]>) {
    const { schema, partitionKey } = containers[c];
    const seen = new Set<string>();
    const items: AnyItem[] = [];
    raw.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      const at = `containers.${c}.${index}`;
      if (!parsed.success) {
        for (const e of fieldErrors(parsed.error)) errors.push({ field: `${at}.${e.field}`, message: e.message });
        return;
      }
      const value = parsed.data as AnyItem;
      const key = `${String(value[partitionKey])}\u0000${value.id}`;
      if (seen.has(key)) errors.push({ field: `${at}.id`, message: `duplicate id "${value.id}"` });
      seen.add(key);
      items.push(value);
    });
    out[c] = items;
  }
  if (errors.length) {
    const shown = errors.slice(0, 20).map((e) => `${e.field}: ${e.message}`);
    const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : '';
    throw new ValidationError(`The import file has ${errors.length} invalid field(s); nothing was written: ${shown.join('; ')}${more}`, errors);
  }
  return out;
}
