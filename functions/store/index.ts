/**
 * The store, chosen once at start-up from configuration: Cosmos DB when an endpoint is configured,
 * otherwise the embedded file-backed store in the data folder. The Cosmos SDK is loaded only when used,
 * so a local start does not pay for it.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { openEmbeddedStore } from './embedded/index.js';
import type { Store } from './store.js';

export type { Store } from './store.js';

export async function openStore(config: Config): Promise<Store> {
  if (config.cosmos) {
    const { openCosmosStore } = await import('./cosmos/index.js');
    return openCosmosStore(config.cosmos);
  }
  return openEmbeddedStore({ dir: path.resolve(config.dataDir) });
}
