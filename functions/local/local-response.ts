/**
 * A handler's result as the bytes the local host writes. What the handlers here return — a plain init
 * with a JSON body — is serialized directly: the library's HttpResponse would build a web Response with a
 * body stream only for the host to read it back. Anything else (an HttpResponse, a body that is not JSON,
 * a status without a body) goes through HttpResponse, as Azure's worker sends every response.
 */
import azureFunctions from '@azure/functions';
import type { Cookie, HttpResponseInit } from '@azure/functions';

const { HttpResponse } = azureFunctions;

export interface LocalResponse {
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

/** Statuses fetch's Response refuses a body for (the library drops theirs). */
const NULL_BODY = new Set([204, 205, 304]);

export async function localResponse(result: unknown): Promise<LocalResponse> {
  if (isJsonInit(result)) {
    // The same normalisation (and refusal of bad names or values) as the library's Response.
    const headers = new Headers(result.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    const text = JSON.stringify(result.jsonBody) as string | undefined;
    return { status: result.status ?? 200, headers: headerRecord(headers), cookies: (result.cookies ?? []).map(cookieHeader), body: Buffer.from(text ?? '') };
  }
  const response = result instanceof HttpResponse ? result : new HttpResponse((result ?? {}) as HttpResponseInit);
  return { status: response.status, headers: headerRecord(response.headers), cookies: response.cookies.map(cookieHeader), body: Buffer.from(await response.arrayBuffer()) };
}

function isJsonInit(result: unknown): result is HttpResponseInit {
  if (typeof result !== 'object' || result === null || result instanceof HttpResponse) return false;
  const { jsonBody, status } = result as HttpResponseInit;
  // Response accepts 200–599 only; anything else takes the library's path and its error.
  const plainStatus = status === undefined || (Number.isInteger(status) && status >= 200 && status <= 599 && !NULL_BODY.has(status));
  return jsonBody !== undefined && jsonBody !== null && plainStatus;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  return record;
}

function cookieHeader(cookie: Cookie): string {
  const parts = [`${cookie.name}=${cookie.value}`];
  if (cookie.path) parts.push(`Path=${cookie.path}`);
  if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
  if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
  if (cookie.expires) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}
