/**
 * POST /api/import: figures from a CSV or XLSX file, all or nothing. The file is the body (text/csv, the
 * XLSX content type, application/octet-stream) or the "file" part of multipart/form-data. The size is
 * checked before anything is parsed: Content-Length first, then the bytes actually received.
 * `?dryRun=true` returns the plan (new, changed, unchanged, rejected rows) and writes nothing.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { FigureSchema, SlugSchema } from '../domain/model.js';
import { importFile, MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE, type ImportOutcome, type PlannedFigure } from '../import/index.js';
import { tooLarge } from '../import/import-file.js';
import { runtime } from '../runtime.js';
import { can, callerOfRequest } from '../security/index.js';
import { unstored } from '../store/store.js';
import { actorOf } from './actor.js';
import { endpoint } from './endpoint.js';
import { ok } from './responses.js';
import { readQuery } from './search-params.js';

const ImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('true: check and report, write nothing'),
  org: SlugSchema.optional().describe("Organisation of rows that name none (default: the KPI's own)"),
  name: z.string().min(1).max(200).optional().describe('The file name, for reports and as the default source document (multipart uploads carry their own)'),
});

const PlannedSchema = z.object({
  row: z.number().int(),
  column: z.string().optional().describe('The period column of a wide file'),
  figure: FigureSchema.omit({ updatedAt: true, updatedBy: true }),
  before: FigureSchema.optional().describe('The stored figure it changes'),
});

export const ImportReportSchema = z.object({
  written: z.boolean(),
  file: z.string(),
  format: z.enum(['csv', 'xlsx']),
  layout: z.enum(['long', 'wide']),
  headerRow: z.number().int(),
  notes: z.array(z.string()),
  counts: z.object({ new: z.number(), changed: z.number(), unchanged: z.number(), rejected: z.number(), blankCells: z.number() }),
  new: z.array(PlannedSchema),
  changed: z.array(PlannedSchema),
  unchanged: z.array(PlannedSchema.omit({ before: true })),
  rejected: z.array(z.object({ row: z.number().int(), column: z.string().optional(), reason: z.string(), suggestions: z.array(z.string()).optional() })),
});

export async function importFigures(request: HttpRequest): Promise<HttpResponseInit> {
  const query = readQuery(request, ImportQuerySchema);
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > MAX_IMPORT_BYTES) throw tooLarge(declared);
  const { bytes, fileName } = await readFile(request, query.name);
  const { store } = await runtime();
  const caller = callerOfRequest(request);
  const outcome = await importFile(store, {
    bytes,
    fileName,
    ...(query.org ? { org: query.org } : {}),
    dryRun: query.dryRun,
    actor: actorOf(request),
    at: new Date().toISOString(),
    mayChange: (orgId) => Boolean(caller && can(caller, 'figures.write', { orgId })),
  });
  return ok(report(outcome));
}

async function readFile(request: HttpRequest, name: string | undefined): Promise<{ bytes: Uint8Array; fileName: string }> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const multipart = type.startsWith('multipart/form-data');
  if (type && !multipart && !ACCEPTED.some((t) => type.startsWith(t))) {
    throw new ValidationError(`Send the file as text/csv, ${XLSX_CONTENT_TYPE} or multipart/form-data, not ${type}.`, [{ field: 'content-type', message: 'unsupported' }]);
  }
  // Content-Length may be absent (chunked) or wrong: the received size is what counts, multipart included.
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength > MAX_IMPORT_BYTES) throw tooLarge(body.byteLength);
  if (!multipart) return { bytes: body, fileName: name ?? (type.startsWith(XLSX_CONTENT_TYPE) ? 'upload.xlsx' : 'upload.csv') };
  const file = (await parseForm(body, request.headers.get('content-type')!)).get('file');
  if (!file || typeof file === 'string') {
    throw new ValidationError('The multipart body needs a "file" part holding the CSV or XLSX file.', [{ field: 'file', message: 'missing' }]);
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: name ?? (file.name || 'upload') };
}

/** undici throws a bare TypeError on a malformed multipart body; that is the caller's mistake, a 400. */
async function parseForm(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<FormData> {
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ValidationError('The multipart body could not be read; send the file in a part named "file".', [
      { field: 'file', message: 'unreadable multipart body' },
    ]);
  }
}

const ACCEPTED = ['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', XLSX_CONTENT_TYPE, 'application/octet-stream'];

function report({ plan, written }: ImportOutcome): z.input<typeof ImportReportSchema> {
  const planned = (p: PlannedFigure, withBefore: boolean) => ({
    row: p.row,
    ...(p.column ? { column: p.column } : {}),
    figure: p.figure,
    ...(withBefore && p.before ? { before: unstored(p.before) } : {}),
  });
  return {
    written,
    file: plan.file,
    format: plan.format,
    layout: plan.layout,
    headerRow: plan.headerRow,
    notes: plan.notes,
    counts: { new: plan.new.length, changed: plan.changed.length, unchanged: plan.unchanged.length, rejected: plan.rejected.length, blankCells: plan.blankCells },
    new: plan.new.map((p) => planned(p, false)),
    changed: plan.changed.map((p) => planned(p, true)),
    unchanged: plan.unchanged.map((p) => planned(p, false)),
    rejected: plan.rejected,
  };
}

app.http('import', endpoint({
  route: 'import',
  authLevel: 'function',
  operations: {
    POST: {
      handler: importFigures,
      action: 'figures.write',
      summary: 'Import figures from a CSV or XLSX file',
      description:
        'Long layout (org, kpi, kind, period, value, unit, source) or Jobindsats-style wide layout (one row per measure, one column per month). ' +
        `All or nothing: any rejected row means nothing is written (400 listing each row). At most ${MAX_IMPORT_BYTES} bytes (413). ` +
        'Every written figure gets an audit entry with action "import".',
      query: ImportQuerySchema,
      fileBody: {
        'text/csv': 'CSV: comma, semicolon or tab; UTF-8 with or without BOM; Danish numbers ("1.869", "15,9")',
        [XLSX_CONTENT_TYPE]: 'An Excel workbook; the first worksheet is read',
        'multipart/form-data': 'A form with the file in the part named "file"',
      },
      responses: { 200: { description: 'The import report (written: false for a dry run)', schema: ImportReportSchema } },
      problems: [409, 412, 413],
    },
  },
}));
