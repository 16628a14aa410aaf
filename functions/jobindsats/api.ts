/**
 * The Jobindsats API (api.jobindsats.dk, v2), as far as public code shows it. Nothing here was tried
 * against the real service; the tests run against a local fake (test/jobindsats/fake-server.ts).
 *
 * What was found, and where (search of public repositories, November 2026):
 * - Access needs a key from STAR (mail jobindsats@star.dk), one per organisation; usage guidelines come
 *   with it (jobindsats.dk/jobindsats/indholdsfortegnelse.aspx, "Jobindsats API").
 * - The key goes in the `Authorization` header as it is (Randers-Kommune-Digitalisering/
 *   jobcenterindblik_jobindsats.dk, node-red/flows_js/http_request.*.flows.js; the Randers etl
 *   y30r21 job). One later Randers client sends `Bearer <key>` (etl, src/utils/api_requests.py), and
 *   v3 clients do too: a setting that already starts with "Bearer " is sent unchanged.
 * - `GET /v2/tables/{table}/json/` answers a list whose first element has `Period`: the period codes
 *   the table holds (etl, src/jobindsats/jobindsats.py, period_request).
 * - `POST /v2/data/{table}/json` with a JSON body `{"area": …, "period": [...], "_variable": [...]}`
 *   answers a list whose first element has `Variables` (each with a `Label`, in column order) and
 *   `Data` (rows of cells). Column labels seen: "Area", "Periode", "Ydelsesgrupper", "Placering på
 *   benchmarkranglisten", "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse:
 *   Faktisk antal" (etl, src/jobindsats/jobindsats_y30r21.py). `area` is "*" or a list of names such as
 *   ["Randers", "Hele landet"] (etl, src/jobindsats/config.py).
 * - A wrong or expired key answered the body {"Forkert nøgle eller nøglen er udløbet.":""}
 *   (jobcenterindblik_jobindsats.dk, node-red/Y30R21-api.csv); its status code is not recorded.
 * ASSUMED (not found documented anywhere): 401/403 for a bad key, 429 with Retry-After when
 * throttled, cells as JSON numbers or numeric text, and that the shapes above are still current.
 */
import pRetry, { AbortError } from 'p-retry';
import { z } from 'zod';
import { AppError } from '../domain/errors.js';

export const DEFAULT_BASE_URL = 'https://api.jobindsats.dk/v2';

export interface ClientOptions {
  /** The JOBINDSATS_TOKEN setting. */
  token: string;
  baseUrl?: string;
  /** Per request, each attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and network errors. */
  retries?: number;
  /** First backoff between attempts; doubles each time. */
  backoffMs?: number;
  /** A Retry-After longer than this ends the run instead of waiting (a daily timer will come back). */
  maxRetryAfterMs?: number;
  /** Injected in tests, so they can see what was waited without waiting. */
  sleep?: (ms: number) => Promise<void>;
}

export type CellValue = string | number | null;

export interface DataTable {
  labels: string[];
  rows: CellValue[][];
}

export interface JobindsatsClient {
  /** The period codes the table holds ("2024M01", "2024QMAT02", …). */
  periods(table: string): Promise<string[]>;
  data(table: string, body: Record<string, unknown>): Promise<DataTable>;
}

/** Everything that stops a fetch; nothing has been written when it is thrown. */
export class JobindsatsError extends AppError {
  constructor(detail: string, status = 502) {
    super(status, 'Jobindsats', detail);
  }
}

const TablesAnswer = z.array(z.object({ Period: z.array(z.string()) }).loose()).min(1);
const DataAnswer = z
  .array(
    z
      .object({
        Variables: z.array(z.object({ Label: z.string() }).loose()),
        Data: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
      })
      .loose(),
  )
  .min(1);

class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export function createJobindsatsClient(options: ClientOptions): JobindsatsClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const authorization = /^bearer\s/i.test(options.token) ? options.token : options.token.trim();

  async function call(what: string, path: string, init: RequestInit): Promise<unknown> {
    const attempt = async () => {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, {
          ...init,
          headers: { Accept: 'application/json', Authorization: authorization, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new Retryable(`no answer within ${timeoutMs / 1000} s`);
        throw new Retryable(`network error: ${(error as Error).message}`);
      }
      const text = await response.text().catch(() => '');
      if (response.status === 401 || response.status === 403) {
        throw new AbortError(
          new JobindsatsError(
            `Jobindsats refused the key (${response.status}) for ${what}: check the JOBINDSATS_TOKEN setting (a key from jobindsats@star.dk; it may have expired). / Jobindsats afviste nøglen (${response.status}): tjek indstillingen JOBINDSATS_TOKEN.`,
            502,
          ),
        );
      }
      if (response.status === 429 || response.status >= 500) {
        const retryAfterMs = retryAfter(response.headers.get('retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
          throw new AbortError(new JobindsatsError(`Jobindsats asks to wait ${Math.round(retryAfterMs / 1000)} s before ${what}; nothing was fetched, try again later.`, 503));
        }
        throw new Retryable(`HTTP ${response.status}${text ? `: ${clip(text)}` : ''}`, retryAfterMs);
      }
      if (!response.ok) throw new AbortError(new JobindsatsError(`Jobindsats answered HTTP ${response.status} to ${what}${text ? `: ${clip(text)}` : ''}.`));
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new AbortError(new JobindsatsError(`Jobindsats answered ${what} with something that is not JSON: ${clip(text)}`));
      }
    };
    try {
      return await pRetry(attempt, {
        retries: options.retries ?? 3,
        minTimeout: options.backoffMs ?? 1000,
        factor: 2,
        randomize: true,
        onFailedAttempt: async ({ error, retriesLeft }) => {
          // p-retry's own backoff follows; this makes the wait at least what the server asked for.
          if (retriesLeft > 0 && error instanceof Retryable && error.retryAfterMs) await sleep(error.retryAfterMs);
        },
      });
    } catch (error) {
      if (error instanceof Retryable) throw new JobindsatsError(`Jobindsats did not answer ${what} after ${(options.retries ?? 3) + 1} attempts (last: ${error.message}); nothing was written.`, 503);
      throw error;
    }
  }

  return {
    async periods(table) {
      const what = `the periods of table ${table}`;
      const parsed = TablesAnswer.safeParse(await call(what, `/tables/${encodeURIComponent(table)}/json/`, { method: 'GET' }));
      if (!parsed.success) throw new JobindsatsError(`Jobindsats answered ${what} in an unexpected shape (${issues(parsed.error)}); the API may have changed.`);
      return parsed.data[0]!.Period;
    },
    async data(table, body) {
      const what = `the data of table ${table}`;
      const parsed = DataAnswer.safeParse(await call(what, `/data/${encodeURIComponent(table)}/json`, { method: 'POST', body: JSON.stringify(body) }));
      if (!parsed.success) throw new JobindsatsError(`Jobindsats answered ${what} in an unexpected shape (${issues(parsed.error)}); the API may have changed.`);
      const first = parsed.data[0]!;
      return { labels: first.Variables.map((v) => v.Label), rows: first.Data };
    },
  };
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    .join('; ');
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
