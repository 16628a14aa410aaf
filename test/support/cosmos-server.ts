/**
 * An in-process Cosmos DB stand-in (@vercel/cosmosdb-server) for tests: plain HTTP on a free loopback
 * port, empty at every start. Clients must turn endpoint discovery off (the server only answers on the
 * address it was reached at); openCosmosStore does that with `testServer: true`.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

export interface CosmosTestServer {
  endpoint: string;
  /** Any base64 string: the server does not check signatures, the SDK only needs one to sign with. */
  key: string;
  stop(): Promise<void>;
}

export async function startCosmosServer(): Promise<CosmosTestServer> {
  const server = createHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel test files never collide.
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: randomBytes(32).toString('base64'),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
