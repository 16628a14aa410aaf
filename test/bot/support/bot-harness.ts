/**
 * The bot through its real entry point: the registered `messages` function called with a constructed
 * HttpRequest, over a real embedded store in a temp folder, with replies captured by a channel recorder.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import azureFunctions from '@azure/functions';
import type { HttpResponseInit } from '@azure/functions';
import { loadConfig } from '../../../functions/config.js';
import { loadFunctions, type HttpFunction } from '../../../functions/local/load-functions.js';
import { resetRuntime, useRuntime } from '../../../functions/runtime.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import type { Store } from '../../../functions/store/store.js';
import { startChannelRecorder, type ChannelRecorder } from './channel-recorder.js';
import { warmCards } from './warm-cards.js';

const { HttpRequest, HttpResponse, InvocationContext } = azureFunctions;

export interface BotResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
}

export interface BotHarness {
  store: Store;
  channel: ChannelRecorder;
  fn: HttpFunction;
  logs: string[];
  post(body: unknown, options?: { raw?: string; headers?: Record<string, string> }): Promise<BotResponse>;
  close(): Promise<void>;
}

/** `env` is handed to loadConfig, e.g. { MicrosoftAppId: '…' } for the authenticated mode. */
export async function startBot(env: Record<string, string> = {}): Promise<BotHarness> {
  warmCards();
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-bot-'));
  const store = await openEmbeddedStore({ dir });
  useRuntime({ config: loadConfig({ DATA_DIR: dir, ...env }), store });
  const functions = await loadFunctions();
  const fn = functions.http.find((f) => f.name === 'messages');
  if (!fn) throw new Error('The messages function is not registered.');
  const channel = await startChannelRecorder();
  const logs: string[] = [];
  return {
    store,
    channel,
    fn,
    logs,
    async post(body, options = {}) {
      const text = options.raw ?? JSON.stringify(body);
      const request = new HttpRequest({
        method: 'POST',
        url: 'http://127.0.0.1:3978/api/messages',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: { string: text },
      });
      const context = new InvocationContext({
        invocationId: randomUUID(),
        functionName: fn.name,
        logHandler: (level, ...args) => logs.push([level, ...args.map(String)].join(' ')),
      });
      const result = (await fn.handler(request, context)) as HttpResponseInit;
      const response = new HttpResponse(result);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      const raw = await response.text();
      return { status: response.status, headers, body: raw ? JSON.parse(raw) : undefined };
    },
    async close() {
      resetRuntime();
      await channel.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
