/**
 * The cheap first look at a Bot Framework token, before botbuilder validates it. botbuilder fetches the
 * channel's OpenID metadata and signing keys on demand, without a timeout, and turns a failed fetch into a
 * 500 — so a stream of forged tokens made every request fetch (or hang on) the metadata. Here:
 *
 * - a token that is not a JWT, names another issuer or audience, or has expired is 401 with no fetch;
 * - the signing keys are fetched with a deadline and cached; a key id that is not among them is 401, and
 *   an unknown key id refreshes the cache at most once per `refreshAfterMs`;
 * - keys that cannot be had at all are 503 with Retry-After, never a 500 or a hang.
 *
 * Only a token that passes reaches botbuilder, which checks the signature with the same keys.
 */
import { NotSignedInError } from './not-signed-in-error.js';
import { ServiceUnavailableError, withDeadline } from './deadline.js';

export interface ChannelTokenOptions {
  openIdMetadataUrl: string;
  issuer: string;
  appId: string;
  /** Deadline for each metadata or key fetch. */
  timeoutMs: number;
  /** An unknown key id fetches the keys again only when the cache is older than this. */
  refreshAfterMs: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface ChannelTokenCheck {
  /** Resolves for a token worth validating; throws NotSignedInError (401) or ServiceUnavailableError (503). */
  check(authorization: string): Promise<void>;
}

/** Seconds a caller should wait after a 503 for the keys. */
export const KEYS_RETRY_AFTER_S = 30;

export function channelTokenCheck(options: ChannelTokenOptions): ChannelTokenCheck {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let kids: ReadonlySet<string> | undefined;
  let fetchedAt = -Infinity;
  let inFlight: Promise<void> | undefined;

  async function load(): Promise<void> {
    const json = async (url: string) => {
      const res = await withDeadline(get(url, { signal: AbortSignal.timeout(options.timeoutMs) }), options.timeoutMs, 'The Bot Framework token authority');
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const metadata = await json(options.openIdMetadataUrl);
    if (typeof metadata.jwks_uri !== 'string') throw new Error('The OpenID metadata names no jwks_uri');
    const keys = (await json(metadata.jwks_uri)).keys;
    if (!Array.isArray(keys)) throw new Error('The key set has no keys');
    kids = new Set(keys.map((k: { kid?: unknown }) => k.kid).filter((k): k is string => typeof k === 'string'));
  }

  /** One fetch at a time, and none sooner than refreshAfterMs after the last attempt, failed or not. */
  function refresh(): Promise<void> {
    if (now() - fetchedAt < options.refreshAfterMs) return inFlight ?? Promise.resolve();
    fetchedAt = now();
    inFlight = load()
      .catch((error: unknown) => {
        // After a failure, try again once a caller may have waited Retry-After, not only after the full interval.
        fetchedAt = now() - options.refreshAfterMs + KEYS_RETRY_AFTER_S * 1000;
        throw error;
      })
      .finally(() => (inFlight = undefined));
    return inFlight;
  }

  return {
    async check(authorization) {
      const token = parse(authorization);
      const refuse = (why: string) => new NotSignedInError(`A valid Bot Framework token is required (${why}).`);
      if (!token) throw refuse('not a bearer JWT');
      if (token.payload.iss !== options.issuer) throw refuse('wrong issuer');
      const aud = token.payload.aud;
      if (aud !== options.appId && !(Array.isArray(aud) && aud.includes(options.appId))) throw refuse('wrong audience');
      if (typeof token.payload.exp !== 'number' || token.payload.exp * 1000 < now() - 5 * 60_000) throw refuse('expired');
      const kid = token.header.kid;
      if (typeof kid !== 'string') throw refuse('no key id');
      if (kids?.has(kid)) return;
      try {
        await refresh();
      } catch (error) {
        if (!kids) throw new ServiceUnavailableError(`The Bot Framework signing keys cannot be fetched (${(error as Error).message}); try again shortly.`, KEYS_RETRY_AFTER_S);
      }
      if (!kids) throw new ServiceUnavailableError('The Bot Framework signing keys are being fetched; try again shortly.', KEYS_RETRY_AFTER_S);
      if (!kids.has(kid)) throw refuse('unknown signing key');
    },
  };
}

function parse(authorization: string): { header: Record<string, unknown>; payload: Record<string, unknown> } | undefined {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization.trim());
  if (!match) return undefined;
  try {
    const part = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    const header = part(match[1]!);
    const payload = part(match[2]!);
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') return undefined;
    return { header: header as Record<string, unknown>, payload: payload as Record<string, unknown> };
  } catch {
    return undefined;
  }
}
