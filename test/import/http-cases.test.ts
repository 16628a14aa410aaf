/**
 * POST /api/import as case tables: every content type it takes and some it refuses, the file name a
 * report names when the request gives none, a multipart body without its "file" part, the size checks at
 * the limit, and the report's shape for a changed figure (its before-image) and a wide file (columns).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from '../../functions/import/index.js';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { KIK, sample } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
});
afterAll(() => api.close());

const CSV = `kpi;kind;period;value\n${KIK}.selvforsoergende;actual;2018-10-31;430\n`;
const dryRun = (headers: Record<string, string>, rawBody: string | Uint8Array = CSV, query = '') =>
  api.call('POST', `/api/import?dryRun=true${query}`, { rawBody, headers });

describe('POST /api/import: content types', () => {
  it.each(['text/csv', 'TEXT/CSV; charset=utf-8', 'text/plain', 'text/tab-separated-values', 'application/csv', 'application/octet-stream'])(
    'reads a CSV sent as %s',
    async (type) => {
      const res = await dryRun({ 'content-type': type });
      expect(res.status, type).toBe(200);
      expect(res.body).toMatchObject({ format: 'csv', counts: { new: 1 } });
    },
  );

  it.each(['application/json', 'text/html', 'application/x-www-form-urlencoded', 'image/png'])('refuses %s naming the content type', async (type) => {
    const res = await dryRun({ 'content-type': type });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe(`Send the file as text/csv, ${XLSX_CONTENT_TYPE} or multipart/form-data, not ${type}.`);
    expect(res.body.errors).toEqual([{ field: 'content-type', message: 'unsupported' }]);
  });
});

describe('POST /api/import: the file name in the report', () => {
  it.each([
    ['no content type', {}, '', 'upload.csv'],
    ['a CSV type', { 'content-type': 'text/csv' }, '', 'upload.csv'],
    ['a name in the query', { 'content-type': 'text/csv' }, '&name=oktober.csv', 'oktober.csv'],
  ])('with %s it is %s', async (_what, headers: Record<string, string>, query, file) => {
    const res = await dryRun(headers, CSV, query);
    expect(res.status).toBe(200);
    expect(res.body.file).toBe(file);
    expect(res.body.new[0].figure.source.document).toBe(file);
  });

  it('an XLSX body without a name is upload.xlsx', async () => {
    const res = await dryRun({ 'content-type': XLSX_CONTENT_TYPE }, await sample('kik-ii-long.xlsx'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ file: 'upload.xlsx', format: 'xlsx' });
  });

  it('a name in the query wins over the multipart part\'s own', async () => {
    const boundary = 'b0';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="part.csv"\r\nContent-Type: text/csv\r\n\r\n${CSV}\r\n--${boundary}--\r\n`;
    const res = await dryRun({ 'content-type': `multipart/form-data; boundary=${boundary}` }, body, '&name=query.csv');
    expect(res.body.file).toBe('query.csv');
  });
});

describe('POST /api/import: bodies it cannot use', () => {
  it.each([
    ['no "file" part', 'Content-Disposition: form-data; name="other"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\nx'],
    ['a "file" part that is a plain field', 'Content-Disposition: form-data; name="file"\r\n\r\nkpi;period'],
  ])('a multipart body with %s is a 400 naming the file part', async (_what, part) => {
    const res = await api.call('POST', '/api/import', { rawBody: `--b1\r\n${part}\r\n--b1--\r\n`, headers: { 'content-type': 'multipart/form-data; boundary=b1' } });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('The multipart body needs a "file" part holding the CSV or XLSX file.');
    expect(res.body.errors).toEqual([{ field: 'file', message: 'missing' }]);
  });

  it('takes a Content-Length at the limit, and refuses a body one byte over it even when none is declared', async () => {
    expect((await dryRun({ 'content-type': 'text/csv', 'content-length': String(MAX_IMPORT_BYTES) })).status).toBe(200);
    const over = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect((await dryRun({ 'content-type': 'text/csv' }, over)).status).toBe(413);
  });
});

describe('POST /api/import: the report', () => {
  it('gives a changed figure\'s before-image without store bookkeeping, and none for a new one', async () => {
    const file = `kpi;kind;period;value\n${KIK}.selvforsoergende;actual;2018-08-31;999\n${KIK}.borgere;actual;2031-01;1\n`;
    const res = await dryRun({ 'content-type': 'text/csv' }, file);
    expect(res.body.counts).toEqual({ new: 1, changed: 1, unchanged: 0, rejected: 0, blankCells: 0 });
    expect(res.body.changed[0].before).toMatchObject({ kpiId: `${KIK}.selvforsoergende`, period: '2018-08-31' });
    expect(res.body.changed[0].before._etag).toBeUndefined();
    expect(res.body.changed[0].figure.value).toBe(999);
    expect(res.body.new[0]).not.toHaveProperty('before');
    expect(res.body.new[0]).not.toHaveProperty('column');
  });

  it('gives no before-image for an unchanged figure', async () => {
    const file = `kpi;kind;period;value\n${KIK}.borgere;actual;2032-01;7\n`;
    expect((await api.call('POST', '/api/import', { rawBody: file, headers: { 'content-type': 'text/csv' } })).status).toBe(200);
    const res = await dryRun({ 'content-type': 'text/csv' }, file);
    expect(res.body.counts).toMatchObject({ new: 0, unchanged: 1 });
    expect(res.body.unchanged[0]).not.toHaveProperty('before');
    expect(res.body.unchanged[0].figure.value).toBe(7);
  });

  it('names the period column of each figure of a wide file', async () => {
    const res = await dryRun({ 'content-type': 'text/csv' }, await sample('jobindsats-wide.csv'));
    expect(res.body.layout).toBe('wide');
    expect(res.body.new.map((p: { column: string }) => p.column)).toEqual(['2017M10', '2017M11', '2017M12', '2017M10', '2017M11', '2017M12']);
  });
});
