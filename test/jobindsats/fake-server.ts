/**
 * A local stand-in for api.jobindsats.dk/v2, in the shapes public municipal code shows (see
 * functions/jobindsats/api.ts): GET /v2/tables/{table}/json/ → [{ Period: [...] }], POST
 * /v2/data/{table}/json with { area, period, ...filters } → [{ Variables: [{ Label }], Data: [[...]] }].
 * Tests change its tables and queue faults (a status, a Retry-After, a slow answer) per request kind.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Cell = string | number | null;

export interface FakeTable {
  /** Labels of the filter variables' columns, sent between Periode and the measures. */
  variables: string[];
  measures: string[];
  periods: string[];
  /** area → period code → measure label → value */
  values: Record<string, Record<string, Record<string, Cell>>>;
}

export interface Fault {
  status?: number;
  retryAfter?: string;
  /** Answer only after this long (past the client's timeout, for the timeout test). */
  delayMs?: number;
  /** Answer 200 with this body instead (an API that changed its shape). */
  body?: unknown;
}

export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

export interface FakeJobindsats {
  url: string;
  token: string;
  tables: Record<string, FakeTable>;
  requests: Recorded[];
  /** Faults used up one per request, separately for 'tables' and 'data' requests. */
  faults: { tables: Fault[]; data: Fault[] };
  close(): Promise<void>;
}

export async function startFakeJobindsats(tables: Record<string, FakeTable>, token = 'test-key-123'): Promise<FakeJobindsats> {
  const fake = { token, tables, requests: [] as Recorded[], faults: { tables: [] as Fault[], data: [] as Fault[] } };
  const server: Server = createServer((req, res) => void handle(fake, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v2`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

async function handle(fake: Omit<FakeJobindsats, 'url' | 'close'>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  const path = req.url ?? '';
  fake.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });

  const tablesMatch = /^\/v2\/tables\/([a-z0-9_]+)\/json\/?$/.exec(path);
  const dataMatch = /^\/v2\/data\/([a-z0-9_]+)\/json\/?$/.exec(path);
  const kind = tablesMatch ? 'tables' : dataMatch ? 'data' : undefined;
  const fault = kind ? fake.faults[kind].shift() : undefined;
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (res.destroyed) return;
  if (fault?.status) return send(res, fault.status, { Message: 'fault' }, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});
  if (fault?.body !== undefined) return send(res, 200, fault.body);

  // The one error body seen in the wild for a wrong key (Randers, node-red/Y30R21-api.csv).
  if (req.headers.authorization !== fake.token) return send(res, 401, { 'Forkert nøgle eller nøglen er udløbet.': '' });
  const table = fake.tables[(tablesMatch ?? dataMatch)?.[1] ?? ''];
  if (!kind || !table) return send(res, 404, { Message: 'No such resource' });
  if (kind === 'tables') {
    if (req.method !== 'GET') return send(res, 405, { Message: 'GET only' });
    return send(res, 200, [{ Id: tablesMatch![1], Period: table.periods }]);
  }
  if (req.method !== 'POST' || !body) return send(res, 405, { Message: 'POST a JSON body' });
  const areas = body.area === '*' ? Object.keys(table.values) : (body.area as string[]);
  const periods = body.period as string[];
  const data: Cell[][] = [];
  for (const area of areas) {
    for (const period of periods) {
      const values = table.values[area]?.[period];
      if (!values) continue;
      data.push([area, period, ...table.variables.map((v) => filterValue(body, v)), ...table.measures.map((m) => values[m] ?? null)]);
    }
  }
  const labels = ['Area', 'Periode', ...table.variables, ...table.measures];
  return send(res, 200, [{ Variables: labels.map((Label, i) => ({ Name: `v${i}`, Label })), Data: data }]);
}

function filterValue(body: Record<string, unknown>, _label: string): Cell {
  const filter = Object.entries(body).find(([k]) => k.startsWith('_'));
  return filter ? ((filter[1] as string[])[0] ?? null) : null;
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}
