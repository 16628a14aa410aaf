/**
 * Reading a JSON body: size-limited, parsed, validated, and refused when it holds a CPR number —
 * all before any handler touches the store, so an invalid request writes nothing.
 */
import type { HttpRequest } from '@azure/functions';
import type { z } from 'zod';
import { AppError, PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import { fieldsWithCpr } from '../domain/personal-data.js';
import { parseOrThrow } from '../domain/validation.js';
import { jsonShapeProblem } from '../security/limits.js';

/** Far above any real case, KPI or figure; keeps a stray upload from filling memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The body's bytes, refused with 413 above MAX_BODY_BYTES. */
export async function readBytes(request: HttpRequest): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await request.arrayBuffer();
  // Content-Length can be absent (chunked) or wrong, so the real size is checked too.
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  return bytes;
}

/** The body as text within the same limit, for a caller that parses it itself (the bot endpoint). */
export async function readText(request: HttpRequest): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(request));
}

export async function readJson(request: HttpRequest): Promise<unknown> {
  const bytes = await readBytes(request);
  if (bytes.byteLength === 0) {
    throw new ValidationError('The request needs a JSON body.', [{ field: '(body)', message: 'missing' }]);
  }
  requireJsonType(request);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError('The body is not valid JSON: it is not UTF-8 text.', [{ field: '(body)', message: 'invalid JSON' }]);
  }
  const shape = jsonShapeProblem(text, 'The JSON body');
  if (shape) throw new ValidationError(shape, [{ field: '(body)', message: shape }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError(`The body is not valid JSON: ${reason}`, [{ field: '(body)', message: 'invalid JSON' }]);
  }
}

/** The body parsed with `schema`; every bad field named. */
export async function readBody<S extends z.ZodType>(request: HttpRequest, schema: S, what: string): Promise<z.output<S>> {
  const raw = await readJson(request);
  refusePersonalData(raw);
  return parseOrThrow(schema, raw, what);
}

export function refusePersonalData(raw: unknown): void {
  const fields = fieldsWithCpr(raw);
  if (fields.length) {
    throw new ValidationError(
      'Målbot stores no CPR numbers; remove them and send again.',
      fields.map((field) => ({ field, message: 'contains a CPR number' })),
    );
  }
}

/**
 * A JSON route insists on a JSON content type, a missing one included: an HTML form (the only cross-site
 * POST a browser sends without asking first) can say text/plain or form-urlencoded but never JSON.
 */
export function requireJsonType(request: HttpRequest): void {
  const type = request.headers.get('content-type');
  if (!type || !/^\s*application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type)) {
    const shown = type ? type.slice(0, 100) : 'none';
    throw new AppError(415, 'Unsupported Media Type', `The body must be JSON, sent as Content-Type: application/json (was ${shown}).`, [
      { field: 'Content-Type', message: 'expected application/json' },
    ]);
  }
}

function tooLarge(): PayloadTooLargeError {
  return new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes.`);
}
