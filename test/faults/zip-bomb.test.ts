/**
 * XLSX files that unpack to far more than they weigh (finding 5: 400 KB took 1.47 GB and stalled the
 * server 17 s). Each is refused with 413 naming the limit, before exceljs reads it, and the server keeps
 * answering /api/health while it is handled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../functions/import/index.js';
import { MAX_IMPORT_ROWS, MAX_IMPORT_CELLS, MAX_XLSX_UNPACKED_BYTES } from '../../functions/import/limits.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { loadFixtures } from '../functions/fixtures.js';
import { whileHandling } from './support/responsiveness.js';
import { sheetXml, zip } from './support/zip.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
});
afterAll(() => api.close());

const upload = (bytes: Buffer) => api.call('POST', '/api/import', { rawBody: new Uint8Array(bytes), headers: { 'content-type': XLSX_CONTENT_TYPE } });

describe('a zip bomb posing as a workbook', () => {
  // 4× the limit of whitespace in one worksheet: a few hundred KB packed, lying about its size in the headers.
  const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(2, MAX_XLSX_UNPACKED_BYTES * 4), claimedSize: 1000 }]);

  it('is small packed', () => {
    expect(bomb.byteLength).toBeLessThan(MAX_XLSX_UNPACKED_BYTES / 50);
  });

  it('is refused with 413 naming the unpacked limit, writes nothing, and health keeps answering', async () => {
    const figures = (await api.store.figures.findAll()).length;
    const { result: res, healthAnswers, longestStallMs } = await whileHandling(upload(bomb), async () => (await api.call('GET', '/api/health')).status);
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain(`${MAX_XLSX_UNPACKED_BYTES} bytes`);
    expect(healthAnswers).toBeGreaterThan(0);
    // The event loop was never held for long (17 s before): a generous bound, not a timing assertion.
    expect(longestStallMs).toBeLessThan(2000);
    expect((await api.store.figures.findAll()).length).toBe(figures);
  });
});

describe('a workbook within the size but over the row or cell count', () => {
  it(`is refused with 413 naming the row limit (${MAX_IMPORT_ROWS})`, async () => {
    const res = await upload(zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(MAX_IMPORT_ROWS + 1) }]));
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain(`at most ${MAX_IMPORT_ROWS}`);
  });

  it(`is refused with 413 naming the cell limit (${MAX_IMPORT_CELLS})`, async () => {
    const wide = Buffer.from(`<worksheet><sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(MAX_IMPORT_CELLS + 1)}</row></sheetData></worksheet>`);
    const res = await upload(zip([{ name: 'xl/worksheets/sheet1.xml', data: wide }]));
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain(`at most ${MAX_IMPORT_CELLS}`);
  });
});

it('a damaged zip is a 400 naming the file, not a 5xx', async () => {
  const good = zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(3) }]);
  const res = await upload(Buffer.concat([good.subarray(0, 40), Buffer.alloc(60, 0xff)]));
  expect(res.status).toBe(400);
  expect(res.body.detail).toMatch(/upload\.xlsx/);
});
