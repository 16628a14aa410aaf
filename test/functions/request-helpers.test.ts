/**
 * The small helpers every handler's input passes through, as case tables at their edges: which content
 * types count as JSON, when a body is too large, missing or not JSON, empty query parameters, paging
 * tokens, ids without an organisation, ETag quoting and If-Match lists. The API tests reach them only
 * through a few routes; a boundary moved by one is seen here.
 */
import { HttpRequest } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orgOf, orgOfPathId, requireOrgPrefix } from '../../functions/http/ids.js';
import { pageOf, pageSchema } from '../../functions/http/paging.js';
import { MAX_BODY_BYTES, readBody, readBytes, readJson, readText, requireJsonType } from '../../functions/http/request-body.js';
import { checkIfMatch, created, etagHeader, item, items, location } from '../../functions/http/responses.js';
import { readQuery } from '../../functions/http/search-params.js';
import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../functions/security/limits.js';

function post(body: string | Uint8Array | undefined, headers: Record<string, string> = { 'content-type': 'application/json' }): HttpRequest {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return new HttpRequest({ method: 'POST', url: 'http://127.0.0.1/api/x', headers, ...(bytes?.length ? { body: { bytes } } : {}) });
}

function get(query: Record<string, string>): HttpRequest {
  return new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/x', query });
}

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<{ status: number; message: string; errors: unknown }> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    const e = error as { status: number; message: string; errors: unknown };
    return { status: e.status, message: e.message, errors: e.errors };
  }
  throw new Error('expected a refusal');
}

describe('JSON content types', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'Application/JSON',
    '  application/json  ',
    'application/problem+json',
    'application/vnd.api+json',
    'application/merge-patch+json; charset=utf-8',
  ])('accepts %j', (type) => {
    expect(() => requireJsonType(post('{}', { 'content-type': type }))).not.toThrow();
  });

  it.each([
    'text/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-seq',
    'xapplication/json',
    'application/x json',
    'application/json, text/plain',
  ])('refuses %j with a 415 naming the header and what it was', async (type) => {
    const refused = await refusal(() => requireJsonType(post('{}', { 'content-type': type })));
    expect(refused).toEqual({
      status: 415,
      message: `The body must be JSON, sent as Content-Type: application/json (was ${type}).`,
      errors: [{ field: 'Content-Type', message: 'expected application/json' }],
    });
  });

  it('titles the refusal as the 415 it is, the title a problem+json answer shows', () => {
    expect(() => requireJsonType(post('{}', { 'content-type': 'text/plain' }))).toThrow(expect.objectContaining({ status: 415, title: 'Unsupported Media Type' }));
  });

  it('refuses a missing content type as "none", and shows at most 100 characters of a long one', async () => {
    expect((await refusal(() => requireJsonType(post('{}', {})))).message).toMatch(/\(was none\)\.$/);
    const long = `text/${'p'.repeat(200)}`;
    expect((await refusal(() => requireJsonType(post('{}', { 'content-type': long })))).message).toContain(`(was ${long.slice(0, 100)}).`);
  });
});

describe('reading a body', () => {
  it('refuses a Content-Length above the limit before reading, and allows one at the limit', async () => {
    expect((await refusal(readBytes(post('{}', { 'content-length': String(MAX_BODY_BYTES + 1) })))).status).toBe(413);
    expect((await readBytes(post('{}', { 'content-length': String(MAX_BODY_BYTES) }))).byteLength).toBe(2);
    expect((await readBytes(post('{}', { 'content-length': 'lots' }))).byteLength).toBe(2);
  });

  it('refuses a body of one byte over the limit and reads one at the limit', async () => {
    const refused = await refusal(readBytes(post(new Uint8Array(MAX_BODY_BYTES + 1).fill(0x20))));
    expect(refused).toMatchObject({ status: 413, message: `The body is larger than ${MAX_BODY_BYTES} bytes.` });
    expect((await readBytes(post(new Uint8Array(MAX_BODY_BYTES).fill(0x20)))).byteLength).toBe(MAX_BODY_BYTES);
  });

  it('asks for a body when there is none, before looking at its type', async () => {
    expect(await refusal(readJson(post(undefined, {})))).toEqual({
      status: 400,
      message: 'The request needs a JSON body.',
      errors: [{ field: '(body)', message: 'missing' }],
    });
  });

  it('refuses a body that is not UTF-8, and one that is not JSON, naming the parser\'s reason', async () => {
    expect(await refusal(readJson(post(new Uint8Array([0x7b, 0xff, 0x7d]))))).toEqual({
      status: 400,
      message: 'The body is not valid JSON: it is not UTF-8 text.',
      errors: [{ field: '(body)', message: 'invalid JSON' }],
    });
    const notJson = await refusal(readJson(post('{"a":')));
    expect(notJson.message).toMatch(/^The body is not valid JSON: .*JSON/);
    expect(notJson.errors).toEqual([{ field: '(body)', message: 'invalid JSON' }]);
  });

  it('refuses JSON nested or sized past the limits by what it is, and takes it at the limits', async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deep = await refusal(readJson(post(nested(MAX_JSON_DEPTH + 1))));
    expect(deep).toEqual({
      status: 400,
      message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
      errors: [{ field: '(body)', message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.` }],
    });
    expect(await readJson(post(nested(MAX_JSON_DEPTH)))).toBeInstanceOf(Array);
    const many = await refusal(readJson(post(JSON.stringify(Array.from({ length: MAX_JSON_VALUES + 1 }, () => 0)))));
    expect(many.message).toBe(`The JSON body holds more than ${MAX_JSON_VALUES} values.`);
  });

  it('parses a JSON body whole, a byte order mark and non-ASCII text included', async () => {
    expect(await readJson(post('\ufeff{"titel":"Æblegrød","n":[1,2]}'))).toEqual({ titel: 'Æblegrød', n: [1, 2] });
  });

  it('reads text leniently for the bot endpoint, which parses it itself', async () => {
    expect(await readText(post(new Uint8Array([0x61, 0xff, 0x62])))).toBe('a\ufffdb');
  });

  it('validates with the schema, naming every bad field, and refuses a CPR number in any field', async () => {
    const schema = z.object({ title: z.string(), count: z.number() });
    expect(await readBody(post('{"title":"t","count":2}'), schema, 'The thing')).toEqual({ title: 't', count: 2 });
    const bad = await refusal(readBody(post('{"title":1}'), schema, 'The thing'));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/^The thing is invalid: title: .+; count: .+$/);
    const cpr = await refusal(readBody(post('{"title":"Borger 010190-1234","count":1}'), schema, 'The thing'));
    expect(cpr).toEqual({
      status: 400,
      message: 'Målbot stores no CPR numbers; remove them and send again.',
      errors: [{ field: 'title', message: 'contains a CPR number' }],
    });
  });

  it('refuses a CPR number sent as a JSON number, before the schema, and takes ordinary numbers', async () => {
    const schema = z.object({ title: z.string(), count: z.number() });
    // Not "title: expected string": the number is refused as what it is, whatever the field's type.
    expect(await refusal(readBody(post('{"title":3112901234,"count":1}'), schema, 'The thing'))).toEqual({
      status: 400,
      message: 'Målbot stores no CPR numbers; remove them and send again.',
      errors: [{ field: 'title', message: 'contains a CPR number' }],
    });
    expect((await refusal(readBody(post('{"title":"t","count":311219901234}'), schema, 'The thing'))).errors).toEqual([{ field: 'count', message: 'contains a CPR number' }]);
    // 010190-1234 sent as a number has lost its leading zero: nine digits, refused all the same.
    expect((await refusal(readBody(post('{"title":"t","count":101901234}'), schema, 'The thing'))).errors).toEqual([{ field: 'count', message: 'contains a CPR number' }]);
    // Nine digits whose padded form is no date (month 00, 13, 90) pass, as do amounts, years and day 32.
    for (const count of [1500000, 2018, 3212901234, 1013901234, 0.3112901234, 100000000, 113901234, 990000000]) {
      expect(await readBody(post(JSON.stringify({ title: 't', count })), schema, 'The thing')).toEqual({ title: 't', count });
    }
  });
});

describe('query parameters', () => {
  const schema = z.object({ org: z.string().optional(), limit: z.coerce.number().int().min(1).default(50) });

  it('reads only the schema\'s parameters, an empty one as not given', () => {
    expect(readQuery(get({ org: '', limit: '3', other: 'x' }), schema)).toEqual({ limit: 3 });
    expect(readQuery(get({ org: 'viborg' }), schema)).toEqual({ org: 'viborg', limit: 50 });
  });

  it('names a bad parameter, and refuses a CPR number in one', async () => {
    const bad = await refusal(() => readQuery(get({ limit: '0' }), schema));
    expect(bad).toMatchObject({ status: 400, errors: [{ field: 'limit' }] });
    expect(bad.message).toMatch(/^The query string is invalid: limit: /);
    expect((await refusal(() => readQuery(get({ org: '0101901234' }), schema))).errors).toEqual([{ field: 'org', message: 'contains a CPR number' }]);
  });
});

describe('paging in memory', () => {
  it('describes a list page: its items, and a continuation only while more remain', () => {
    const page = pageSchema(z.number());
    expect(page.parse({ items: [1, 2], continuation: 'o2' })).toEqual({ items: [1, 2], continuation: 'o2' });
    expect(page.parse({ items: [] })).toEqual({ items: [] });
    expect(page.safeParse({ items: ['1'] }).success).toBe(false);
    expect(page.shape.continuation.description).toBe('Pass as ?continuation= for the next page; absent on the last page');
  });

  const list = [1, 2, 3, 4, 5];

  it('cuts pages and gives a token exactly while more remain', () => {
    expect(pageOf(list, 2)).toEqual({ items: [1, 2], continuation: 'o2' });
    expect(pageOf(list, 2, 'o2')).toEqual({ items: [3, 4], continuation: 'o4' });
    expect(pageOf(list, 2, 'o4')).toEqual({ items: [5] });
    expect(pageOf(list, 5)).toEqual({ items: list });
    expect(pageOf(list, 4, 'o0')).toEqual({ items: [1, 2, 3, 4], continuation: 'o4' });
    expect(pageOf(list, 2, 'o999999999')).toEqual({ items: [] });
  });

  it.each(['', 'o', 'x2', 'o-1', 'o1.5', 'o1234567890', ' o2', 'o2 ', 'O2', '2'])('refuses the token %j as another list\'s', async (token) => {
    expect(await refusal(() => pageOf(list, 2, token))).toEqual({
      status: 400,
      message: 'The continuation token does not belong to this list.',
      errors: [{ field: 'continuation', message: 'unknown token' }],
    });
  });
});

describe('ids', () => {
  it.each([
    ['aabenraa.kik-ii', 'aabenraa'],
    ['a.b.c', 'a'],
    ['aabenraa', undefined],
    ['.kik', undefined],
    ['', undefined],
  ])('the organisation of %j is %j', (id, org) => {
    expect(orgOf(id)).toBe(org);
  });

  it('an id from the URL without an organisation is not found', async () => {
    expect(orgOfPathId('viborg.x', 'case')).toBe('viborg');
    expect(await refusal(() => orgOfPathId('viborg', 'case'))).toMatchObject({ status: 404, message: 'There is no case "viborg".' });
    expect(await refusal(() => orgOfPathId(undefined, 'KPI'))).toMatchObject({ status: 404, message: 'There is no KPI "".' });
  });

  it('a new id must begin with its organisation and a dot', async () => {
    expect(() => requireOrgPrefix({ id: 'viborg.ny', orgId: 'viborg' })).not.toThrow();
    for (const id of ['viborgny', 'aabenraa.ny', 'viborg', 'ny.viborg.x']) {
      expect(await refusal(() => requireOrgPrefix({ id, orgId: 'viborg' }))).toEqual({
        status: 400,
        message: 'The id must start with the organisation: "viborg.…".',
        errors: [{ field: 'id', message: 'must start with "viborg."' }],
      });
    }
  });
});

describe('responses and ETags', () => {
  const stored = { id: 'viborg.x', title: 't', _etag: 'abc' };

  it.each([
    ['abc', '"abc"'],
    ['"abc"', '"abc"'],
    ['W/"abc"', 'W/"abc"'],
    ['W/abc', '"W/abc"'],
    // Quoted already is told by the opening quote alone.
    ['"abc', '"abc'],
    ['abc"', '"abc""'],
  ])('sends the ETag %j as %j', (etag, header) => {
    expect(etagHeader(etag)).toBe(header);
  });

  it('answers an item, a creation and a list without store bookkeeping', () => {
    expect(item(stored)).toEqual({ status: 200, jsonBody: { id: 'viborg.x', title: 't' }, headers: { etag: '"abc"' } });
    expect(created(stored, '/api/cases/viborg.x')).toEqual({
      status: 201,
      jsonBody: { id: 'viborg.x', title: 't' },
      headers: { location: '/api/cases/viborg.x', etag: '"abc"' },
    });
    expect(items({ items: [stored], continuation: 'c1' })).toEqual({ items: [{ id: 'viborg.x', title: 't' }], continuation: 'c1' });
    expect(items({ items: [stored], continuation: '' })).toEqual({ items: [{ id: 'viborg.x', title: 't' }] });
  });

  it('builds a location from encoded segments', () => {
    expect(location('cases', 'viborg.x/y z')).toBe('/api/cases/viborg.x%2Fy%20z');
  });

  it.each([null, '*', 'abc', '"abc"', '"other", "abc"', '"other",*', ' abc '])('lets If-Match %j through', (header) => {
    expect(() => checkIfMatch(header, stored)).not.toThrow();
  });

  it.each(['', '"other"', 'abcd', 'W/"abc"', '"other","ab"'])('refuses If-Match %j with a 412', async (header) => {
    expect(await refusal(() => checkIfMatch(header, stored))).toMatchObject({
      status: 412,
      message: 'The item has changed since you read it (If-Match does not match its ETag). Read it again and retry.',
    });
  });
});
