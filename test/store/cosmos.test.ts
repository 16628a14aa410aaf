/**
 * The shared store contract against the Cosmos DB adapter, through @vercel/cosmosdb-server in-process.
 * One server per file; every opening gets its own database, dropped again on cleanup.
 */
import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import { afterAll } from 'vitest';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { storeContract } from './contract.js';

let server: Promise<CosmosTestServer> | undefined;

afterAll(async () => {
  if (server) await (await server).stop();
});

storeContract('cosmos', async () => {
  server ??= startCosmosServer();
  const { endpoint, key } = await server;
  const database = `contract-${randomUUID()}`;
  const store = await openCosmosStore({ endpoint, key, database, testServer: true });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const client = new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
      await client.database(database).delete();
      client.dispose();
    },
  };
});
