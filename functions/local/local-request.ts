/**
 * The request the local host hands a handler. The library's HttpRequest wraps an undici Request (an abort
 * signal, a parsed URL, a header list) and gives it the body as a web stream that is then read back through
 * a reader: for a small JSON call that costs about as much CPU as a whole health check. This one holds what
 * the socket delivered — method, URL, headers, query, route parameters, the body's bytes — and answers
 * arrayBuffer, text and json from the bytes. What only the library's request gives (user, the body as a
 * stream, blob, formData, clone) builds it on first use, and from then on every body read goes to it (after
 * a read here they throw, as reading a used body does). Azure's worker builds the library's request
 * itself; handlers see the same interface either way.
 */
import azureFunctions from '@azure/functions';
import type { HttpRequest } from '@azure/functions';

export interface LocalRequestInit {
  /** Upper case, as fetch normalises the standard methods. */
  method: string;
  /** Already normalised (URL.href). */
  url: string;
  /** Lower-case names, repeated headers joined with ", ". */
  headers: Record<string, string>;
  query: Record<string, string>;
  params: Record<string, string>;
}

export class LocalHttpRequest implements HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly query: URLSearchParams;
  readonly params: Record<string, string>;
  readonly #init: LocalRequestInit;
  #headers: Headers | undefined;
  /** The body until it is read here or handed to the library's request; none, as fetch has it, when empty. */
  #body: Uint8Array | 'none' | 'read';
  #library: HttpRequest | undefined;
  #user: HttpRequest['user'] | undefined;

  constructor(init: LocalRequestInit, body: Uint8Array) {
    this.#init = init;
    this.method = init.method;
    this.url = init.url;
    this.query = new URLSearchParams(init.query);
    this.params = init.params;
    this.#body = body.length ? body : 'none';
  }

  get headers(): Headers {
    this.#headers ??= new Headers(this.#init.headers);
    return this.#headers;
  }

  get user() {
    // Parsed from the headers by the library; a request without the body is enough for that.
    if (this.#user === undefined) this.#user = new azureFunctions.HttpRequest(this.#init).user;
    return this.#user;
  }

  get body() {
    return this.#withLibrary().body;
  }

  get bodyUsed(): boolean {
    return this.#library ? this.#library.bodyUsed : this.#body === 'read';
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#library) return this.#library.arrayBuffer();
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    if (this.#library) return this.#library.text();
    // As fetch's text(): UTF-8, a leading BOM dropped, malformed bytes replaced.
    return new TextDecoder().decode(this.#take());
  }

  async json(): Promise<unknown> {
    if (this.#library) return this.#library.json();
    return JSON.parse(await this.text());
  }

  async blob() {
    return this.#withLibrary().blob();
  }

  async formData() {
    return this.#withLibrary().formData();
  }

  clone(): HttpRequest {
    return this.#withLibrary().clone();
  }

  /** The body's bytes, once: a request without a body reads as empty every time. */
  #take(): Uint8Array {
    const body = this.#body;
    if (body === 'none') return new Uint8Array();
    if (body === 'read') throw new TypeError('Body is unusable: Body has already been read');
    this.#body = 'read';
    return body;
  }

  #withLibrary(): HttpRequest {
    if (!this.#library) {
      const bytes = this.#take();
      this.#library = new azureFunctions.HttpRequest({ ...this.#init, ...(bytes.length ? { body: { bytes } } : {}) });
    }
    return this.#library;
  }
}
