/** POST /api/import and GET /api/audit through the registered functions, and the audit trail of every kind of change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from '../../functions/import/index.js';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { KIK, sample, snapshot } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
});
afterAll(() => api.close());

const principal = Buffer.from(JSON.stringify({ identityProvider: 'aad', userId: 'u-42', userDetails: 'mette@aabenraa.dk' })).toString('base64');
const SELF = `${KIK}.selvforsoergende`;

describe('POST /api/import', () => {
  it('dry-runs a CSV body: the report, nothing written', async () => {
    const before = await snapshot(api.store);
    const res = await api.call('POST', '/api/import?dryRun=true&name=kik.csv', { rawBody: await sample('kik-ii-long.csv'), headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: false, file: 'kik.csv', format: 'csv', layout: 'long', counts: { new: 3, changed: 0, unchanged: 0, rejected: 0 } });
    expect(await snapshot(api.store)).toEqual(before);
  });

  it('imports an XLSX body, auditing each figure with the caller', async () => {
    const res = await api.call('POST', '/api/import', { rawBody: await sample('kik-ii-long.xlsx'), headers: { 'content-type': XLSX_CONTENT_TYPE, 'x-ms-client-principal': principal } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: true, format: 'xlsx', counts: { new: 3 } });
    const id = res.body.new.find((p: any) => p.figure.kpiId === SELF).figure.id;
    const audit = await api.call('GET', `/api/audit?entity=${encodeURIComponent(id)}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'import', actor: { id: 'u-42', name: 'mette@aabenraa.dk', kind: 'user' }, after: expect.objectContaining({ value: 421 }) })]);
    expect(audit.body.items[0]._etag).toBeUndefined();
  });

  it('takes a multipart upload and reads the file name from it', async () => {
    const boundary = 'maalbot-boundary';
    const csv = `kpi;kind;period;value\n${SELF};actual;2018-10-31;430\n`;
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="oktober.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const res = await api.call('POST', '/api/import?dryRun=true', { rawBody: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ file: 'oktober.csv', counts: { new: 1 } });
    expect(res.body.new[0].figure.source).toEqual({ document: 'oktober.csv', locator: 'row 2' });
  });

  it('answers a malformed multipart body with 400 naming the file part, not 500', async () => {
    const res = await api.call('POST', '/api/import', { rawBody: '--x\r\nno headers, no end', headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors).toEqual([{ field: 'file', message: 'unreadable multipart body' }]);
  });

  it('refuses a multipart body over the limit with 413 even without Content-Length', async () => {
    const boundary = 'b';
    const big = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\n${big}\r\n--${boundary}--\r\n`;
    const res = await api.call('POST', '/api/import', { rawBody: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(413);
  });

  it('refuses a body over the limit with 413 before reading it', async () => {
    const res = await api.call('POST', '/api/import', { rawBody: 'kpi;period;value\n', headers: { 'content-type': 'text/csv', 'content-length': String(MAX_IMPORT_BYTES + 1) } });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.detail).toMatch(/at most 5242880 bytes/);
  });

  it('refuses a file with a rejected row with 400 naming each row, writing nothing', async () => {
    const before = await snapshot(api.store);
    const csv = `kpi;kind;period;value\n${SELF};actual;2018-11-30;431\n${SELF};actual;2018-12-31;=HYPERLINK("x")\n`;
    const res = await api.call('POST', '/api/import', { rawBody: csv, headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'row 3', message: expect.stringMatching(/text in a number cell/) }]);
    expect(await snapshot(api.store)).toEqual(before);
  });

  it('refuses JSON and other bodies that are not files', async () => {
    const res = await api.call('POST', '/api/import', { body: { kpi: SELF } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'content-type', message: 'unsupported' }]);
  });
});

describe('the audit trail of every kind of change', () => {
  it('records who, when, before and after for figures and cases changed through the API', async () => {
    const created = await api.call('POST', `/api/kpis/${SELF}/figures`, { body: { kind: 'actual', period: '2019-01-31', value: 440, source: { document: 'Status', locator: 'Tabel 1' } }, headers: { 'x-ms-client-principal': principal } });
    expect(created.status).toBe(201);
    const put = await api.call('PUT', created.headers.location!, { body: { value: 441, source: { document: 'Status', locator: 'Tabel 1' } }, headers: { 'if-match': created.headers.etag! } });
    expect(put.status).toBe(200);
    const kase = await api.call('PATCH', `/api/cases/${KIK}`, { body: { ownerUnit: 'Team Kontanthjælp' }, headers: { 'x-ms-client-principal': principal } });
    expect(kase.status).toBe(200);

    const figure = await api.call('GET', `/api/audit?entity=${encodeURIComponent(created.body.id)}`);
    expect(figure.body.items.map((e: any) => [e.action, e.actor.id, e.before?.value, e.after?.value])).toEqual([
      ['create', 'u-42', undefined, 440],
      ['update', 'api', 440, 441],
    ]);
    for (const e of figure.body.items) expect(Date.parse(e.at)).not.toBeNaN();
    const caseAudit = await api.call('GET', `/api/audit?entity=${KIK}`);
    expect(caseAudit.body.items.at(-1)).toMatchObject({ entityType: 'case', action: 'update', actor: { id: 'u-42' }, after: { ownerUnit: 'Team Kontanthjælp' } });
    expect(caseAudit.body.items.at(-1).before.ownerUnit).not.toBe('Team Kontanthjælp');
    expect(caseAudit.body.items.at(-1).before.id).toBe(KIK);
  });

  it('lists a KPI\'s history across its figures, newest first, paged', async () => {
    const first = await api.call('GET', `/api/audit?kpi=${SELF}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: any) => e.action)).toEqual(['update', 'create']);
    expect(first.body.continuation).toBeTruthy();
    const next = await api.call('GET', `/api/audit?kpi=${SELF}&limit=2&continuation=${first.body.continuation}`);
    expect(next.body.items.map((e: any) => e.action)).toEqual(['import']);
  });

  it('needs exactly one of entity and kpi', async () => {
    expect((await api.call('GET', '/api/audit')).status).toBe(400);
    const both = await api.call('GET', `/api/audit?entity=x&kpi=${SELF}`);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].field).toBe('kpi');
  });
});
