/**
 * Finding 3: the worst input of each kind the limits still let in (or just refuse) — the longest chat text
 * and question in pathological shapes, the deepest JSON at the largest body, the largest workbook, a zip
 * bomb — sent to `npm start`'s host in its own process while /api/health is asked again and again. Health
 * answers throughout and no request is a 5xx. The 2 s bound on a health answer is a hang detector, not a
 * timing target (the findings were stalls of 17 s and more); each test annotates the slowest answer seen.
 * Import files are read and checked in a worker thread and planned in slices, so while the largest allowed
 * workbook and CSV file are handled, health answers within the issue's own bound of 200 ms.
 */
import { createServer, type Server } from 'node:http';
import ExcelJS from 'exceljs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../functions/import/index.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_ROWS, MAX_XLSX_UNPACKED_BYTES } from '../../functions/import/limits.js';
import { MAX_BODY_BYTES } from '../../functions/http/request-body.js';
import { MAX_CHAT_TEXT, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../functions/security/limits.js';
import { message } from '../bot/support/activities.js';
import { startProduct, type RunningProduct } from '../e2e/support/product.js';
import { healthWhile } from './support/health-probe.js';
import { sheetXml, zip } from './support/zip.js';

const HANG_MS = 2000;
/**
 * Issue 13's acceptance bound for health while an import at the limits is handled, held by 95 % of the
 * answers: on 2 shared cores the host and this process are descheduled now and then, and with nothing in
 * flight at all 3 answers in 859 took 210–390 ms (load 18, 30 November 2026). A server held by
 * the import fails it however the machine is: while it is held, every answer waits.
 */
const IMPORT_HEALTH_MS = 200;
const IMPORT_HEALTH_SHARE = 0.95;

let product: RunningProduct;
/** Where the bot's replies go: answers every send at once, so only the bot's own work is measured. */
let channel: Server;
let serviceUrl: string;
beforeAll(async () => {
  product = await startProduct({ playground: false });
  channel = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply"}');
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`;
  // The first question and the first chat turn build the catalogue and the bot: a cold start, not an input's cost.
  await post('/query', JSON.stringify({ q: 'kik' }))();
  await post('/messages', JSON.stringify(message(serviceUrl, 'hjælp')))();
}, 120_000);
afterAll(async () => {
  await product?.stop();
  await product?.cleanup();
  channel?.closeAllConnections();
  await new Promise((resolve) => channel?.close(resolve));
});

const post = (path: string, body: string | Uint8Array<ArrayBuffer>, type = 'application/json') => async () => {
  const res = await fetch(`${product.apiUrl}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
  await res.arrayBuffer();
  return res.status;
};

async function expectResponsive(send: () => Promise<number>, annotate: (message: string) => Promise<unknown>): Promise<number> {
  const { status, latenciesMs } = await probe(send, annotate);
  expect(Math.max(...latenciesMs)).toBeLessThan(HANG_MS);
  return status;
}

/** As expectResponsive, and IMPORT_HEALTH_SHARE of the health answers within IMPORT_HEALTH_MS. */
async function expectPrompt(send: () => Promise<number>, annotate: (message: string) => Promise<unknown>): Promise<number> {
  const { status, latenciesMs } = await probe(send, annotate);
  expect(Math.max(...latenciesMs)).toBeLessThan(HANG_MS);
  const prompt = latenciesMs.filter((ms) => ms <= IMPORT_HEALTH_MS).length;
  await annotate(`${prompt} of ${latenciesMs.length} health answers within ${IMPORT_HEALTH_MS} ms (${IMPORT_HEALTH_SHARE * 100} %)`);
  expect(prompt / latenciesMs.length).toBeGreaterThanOrEqual(IMPORT_HEALTH_SHARE);
  return status;
}

async function probe(send: () => Promise<number>, annotate: (message: string) => Promise<unknown>): Promise<{ status: number; latenciesMs: number[] }> {
  const { result: status, latenciesMs, answeredDuring } = await healthWhile(send, `${product.apiUrl}/health`);
  const slowest = [...latenciesMs].sort((a, b) => b - a);
  await annotate(`status ${status}; health answered ${latenciesMs.length}× (${answeredDuring} while in flight), slowest ${slowest.slice(0, 3).map((ms) => ms.toFixed(1)).join(', ')} ms`);
  expect(status).toBeLessThan(500);
  return { status, latenciesMs };
}

// Words of five letters the index does not know: each one is looked up fuzzily.
const typos = Array.from({ length: Math.floor(MAX_CHAT_TEXT / 6) }, (_, i) => `q${'zxkvw'[i % 5]}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}x`).join(' ');
const TEXTS: [string, string][] = [
  ['one word of 500 letters', 'forsørgelse'.repeat(50).slice(0, MAX_CHAT_TEXT)],
  ['500 digits', '1'.repeat(MAX_CHAT_TEXT)],
  ['250 letters with a combining mark', 'e\u0301'.repeat(MAX_CHAT_TEXT / 2)],
  ['250 emoji', '\u{1F600}'.repeat(MAX_CHAT_TEXT / 2)],
  ['83 unknown five-letter words', typos],
  ['one character over the limit', 'x'.repeat(MAX_CHAT_TEXT + 1)],
];

describe.each(TEXTS)('a text of %s', (_name, text) => {
  it('as a question to POST /api/query: health keeps answering', async ({ annotate }) => {
    await expectResponsive(post('/query', JSON.stringify({ q: text })), annotate);
  });

  it('as a chat message: health keeps answering', async ({ annotate }) => {
    expect(await expectResponsive(post('/messages', JSON.stringify(message(serviceUrl, text))), annotate)).toBe(200);
  });
});

describe('JSON at the limits', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  // The deepest nesting allowed, repeated to just under the body limit.
  const deepAndLarge = `{"q":"kik","context":[${Array.from({ length: Math.floor((MAX_BODY_BYTES - 100) / (2 * MAX_JSON_DEPTH + 1)) }, () => nested(MAX_JSON_DEPTH - 2)).join(',')}]}`;

  it('the deepest allowed nesting at the largest body, to /api/query and /api/cases: refused for its number of values', async ({ annotate }) => {
    expect(deepAndLarge.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect((await fetch(`${product.apiUrl}/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deepAndLarge }).then((r) => r.json())).detail).toContain(`more than ${MAX_JSON_VALUES} values`);
    expect(await expectResponsive(post('/query', deepAndLarge), annotate)).toBe(400);
    expect(await expectResponsive(post('/cases', deepAndLarge), annotate)).toBe(400);
  });

  it('a question body of 1 MiB of text', async ({ annotate }) => {
    expect(await expectResponsive(post('/query', JSON.stringify({ q: 'kik '.repeat(MAX_BODY_BYTES / 4 - 10) })), annotate)).toBe(400);
  });

  it('an activity of the deepest allowed nesting at the largest body', async ({ annotate }) => {
    const activity = JSON.stringify({ ...message(serviceUrl, 'hjælp'), channelData: { x: JSON.parse(deepAndLarge).context } });
    expect(activity.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(await expectResponsive(post('/messages', activity), annotate)).toBe(400);
  });

  it('the most values allowed, as deep as allowed, to /api/query: handled, health keeps answering', async ({ annotate }) => {
    const inner = nested(MAX_JSON_DEPTH - 2);
    const body = `{"q":"kik","context":[${Array.from({ length: Math.floor(MAX_JSON_VALUES / (MAX_JSON_DEPTH - 1)) }, () => inner).join(',')}]}`;
    expect(await expectResponsive(post('/query', body), annotate)).toBe(400);
  });
});

/** The long layout's columns; every row a new figure of a real KPI (a dry run reads, checks and plans them all). */
const HEADER = ['org', 'kpi', 'kind', 'period', 'value', 'unit', 'source', 'note'];
const figureRow = (r: number, note: string) => ['aabenraa', 'aabenraa.kik-ii.kontaktforloeb', 'actual', new Date(Date.UTC(2000, 0, 1 + r)).toISOString().slice(0, 10), r, 'antal', 'fil', note];

/** The largest workbook the limits let in: as many rows as allowed, each as wide as the cell limit then allows. */
async function largestWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tal');
  const columns = Math.floor(MAX_IMPORT_CELLS / MAX_IMPORT_ROWS);
  sheet.addRow(HEADER.slice(0, columns));
  for (let r = 1; r < MAX_IMPORT_ROWS; r++) sheet.addRow(figureRow(r, `række ${r}`).slice(0, columns));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The largest CSV file: the rows and fields allowed, each row's note as long as the byte limit then allows. */
function largestCsv(): Uint8Array<ArrayBuffer> {
  const line = (r: number) => figureRow(r, '').join(';');
  const room = Math.floor((MAX_IMPORT_BYTES - 1000) / MAX_IMPORT_ROWS) - line(MAX_IMPORT_ROWS).length - 1;
  const text = [HEADER.join(';'), ...Array.from({ length: MAX_IMPORT_ROWS - 1 }, (_, i) => line(i + 1) + 'æ'.repeat(room / 2))].join('\n');
  return new TextEncoder().encode(text);
}

describe('import files', () => {

  it(`the largest allowed workbook (${MAX_IMPORT_ROWS} rows, ${MAX_IMPORT_CELLS} cells), as a dry run: health answers within ${IMPORT_HEALTH_MS} ms (${IMPORT_HEALTH_SHARE * 100} %)`, async ({ annotate }) => {
    const workbook = await largestWorkbook();
    await annotate(`${workbook.byteLength} bytes`);
    expect(await expectPrompt(post('/import?dryRun=true', workbook, XLSX_CONTENT_TYPE), annotate)).toBe(200);
  });

  it(`the largest allowed CSV file (${MAX_IMPORT_ROWS} rows, ${MAX_IMPORT_BYTES} bytes), as a dry run: health answers within ${IMPORT_HEALTH_MS} ms (${IMPORT_HEALTH_SHARE * 100} %)`, async ({ annotate }) => {
    const file = largestCsv();
    expect(file.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    await annotate(`${file.byteLength} bytes`);
    expect(await expectPrompt(post('/import?dryRun=true', file, 'text/csv'), annotate)).toBe(200);
  });

  it(`a CSV file of one line of ${MAX_IMPORT_BYTES / 2} fields: refused with 413, health answers within ${IMPORT_HEALTH_MS} ms (${IMPORT_HEALTH_SHARE * 100} %)`, async ({ annotate }) => {
    expect(await expectPrompt(post('/import', new TextEncoder().encode('1;'.repeat(MAX_IMPORT_BYTES / 2)), 'text/csv'), annotate)).toBe(413);
  });

  it(`a zip bomb: refused with 413, health answers within ${IMPORT_HEALTH_MS} ms (${IMPORT_HEALTH_SHARE * 100} %)`, async ({ annotate }) => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(2, MAX_XLSX_UNPACKED_BYTES * 4), claimedSize: 1000 }]);
    expect(await expectPrompt(post('/import', new Uint8Array(bomb), XLSX_CONTENT_TYPE), annotate)).toBe(413);
  });
});
