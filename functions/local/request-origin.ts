/**
 * A local host on loopback trusts the person at the keyboard (no sign-in; see README "Security"), so it
 * makes sure a request really comes from them and not from a web page they have open:
 * - the Host header must name the address and port the host is bound to, under any loopback name
 *   (a DNS-rebinding page arrives with its own host name);
 * - an Origin header, which browsers send with every cross-site POST, must be a loopback origin.
 * JSON routes also insist on a JSON content type (http/request-body.ts), which a cross-site form cannot send.
 */
import { isLoopbackHost } from '../config.js';

export type Refusal = { status: 421 | 403; title: string; detail: string };

/** Undefined when the request may be served; `port` is the one the host is bound to. */
export function refuseForeignRequest(headers: Readonly<Record<string, string>>, port: number): Refusal | undefined {
  const host = headers.host ?? '';
  const { name, port: hostPort } = splitHost(host);
  if (!isLoopbackHost(name) || hostPort !== port) {
    return {
      status: 421,
      title: 'Misdirected Request',
      detail: `A local Målbot answers only requests addressed to it on this machine (localhost:${port}, 127.0.0.1:${port} or [::1]:${port}), not to "${host.slice(0, 100)}".`,
    };
  }
  const origin = headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    return { status: 403, title: 'Forbidden', detail: 'A local Målbot does not answer requests from other web sites.' };
  }
  return undefined;
}

/** "127.0.0.1:3978" → 127.0.0.1 and 3978; "[::1]:3978" → ::1 and 3978; no port: 80, as HTTP says. */
function splitHost(host: string): { name: string; port: number } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(host.trim());
  if (!m) return { name: '', port: -1 };
  return { name: m[1]!.replace(/^\[|\]$/g, ''), port: m[2] === undefined ? 80 : Number(m[2]) };
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
