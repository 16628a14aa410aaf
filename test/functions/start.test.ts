/**
 * `npm start` as a user runs it: a real process on a free loopback port with its own data folder.
 * A figure added through the API survives a clean stop (SIGTERM) and a kill -9.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const kpi = 'viborg.unge.fuldtidspersoner-paa-offentlig-forsoergelse';
const source = { document: 'start.test.ts', locator: 'test' };

let dataDir: string;
let port: number;
let child: ChildProcess | undefined;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const url = (p: string) => `http://127.0.0.1:${port}${p}`;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json(): Promise<any>;
}

/**
 * One request on its own connection: a pooled keep-alive socket to a server that was just killed could
 * otherwise be reused and reset.
 */
function fetch(target: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers as Reply['headers'], json: async () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function start(): Promise<ChildProcess> {
  // Nothing may answer yet, or a leftover server could pass for this one.
  expect(await fetch(url('/api/health')).then(() => true, () => false)).toBe(false);
  // What `npm start` runs: one node process with tsx's loader (the tsx CLI would put a second process
  // in between, and a kill -9 of that one would leave the server running).
  const proc = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts', '--no-playground'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', COSMOS_ENDPOINT: '', MAALBOT_MODE: 'local' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  child = proc;
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`npm start exited with ${proc.exitCode}:\n${output}`);
    const ok = await fetch(url('/api/health')).then((r) => r.status === 200, () => false);
    if (ok) return proc;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`GET /api/health never answered:\n${output}`);
}

function stop(proc: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    proc.once('exit', (code) => resolve(code));
    proc.kill(signal);
  });
}

async function postFigure(period: string, value: number): Promise<string> {
  const res = await fetch(url(`/api/kpis/${kpi}/figures`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'target', period, value, source }),
  });
  expect(res.status).toBe(201);
  return res.headers.location as string;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'maalbot-start-'));
  port = await freePort();
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) await stop(child, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the seeded API, prints its address, and keeps a posted figure across a clean stop and a kill -9', async () => {
    let proc = await start();
    expect(output).toContain(`http://127.0.0.1:${port}`);
    expect(output).toContain('Function keys are not checked locally');

    const viborg = await (await fetch(url('/api/kpis?org=viborg&limit=200'))).json();
    const headline = viborg.items.find((k: { latest?: { value: number; period: string } }) => k.latest?.value === 1869);
    expect(headline).toMatchObject({ orgId: 'viborg', unit: 'full-time-persons', latest: { period: '2017-09', kind: 'actual' } });

    const aabenraa = await (await fetch(url('/api/cases?org=aabenraa&limit=200'))).json();
    expect(aabenraa.items.map((c: { code?: string }) => c.code)).toEqual(expect.arrayContaining(['KIK', 'KIK II']));

    const first = await postFigure('2030', 1500);
    expect(await stop(proc, 'SIGTERM')).toBe(0);

    proc = await start();
    const again = await fetch(url(first));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ kpiId: kpi, kind: 'target', period: '2030', value: 1500 });
    // Headers travel through the host: If-Match in, ETag out.
    const put = await fetch(url(first), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': again.headers.etag as string },
      body: JSON.stringify({ value: 1550, source }),
    });
    expect(put.status).toBe(200);
    expect(put.headers.etag).not.toBe(again.headers.etag);
    const stale = await fetch(url(first), { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': again.headers.etag as string }, body: JSON.stringify({ value: 1, source }) });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toBe('application/problem+json');
    expect((await fetch(url('/api/nothing-here'))).status).toBe(404);
    expect((await fetch(url('/api/health'), { method: 'DELETE' })).status).toBe(405);
    const second = await postFigure('2031', 1400);
    await stop(proc, 'SIGKILL');

    proc = await start();
    expect(await (await fetch(url(second))).json()).toMatchObject({ period: '2031', value: 1400 });
    expect(await (await fetch(url(first))).json()).toMatchObject({ value: 1550 });
    expect(await stop(proc, 'SIGTERM')).toBe(0);
  }, 120_000);
});
