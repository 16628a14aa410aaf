/**
 * Opens the Cosmos DB store: one client, the database and every container of containers.ts created
 * when missing (so a fresh account or the test server works), each container wrapped as a Repo.
 */
import { CosmosClient, type ConnectionPolicy, type ContainerDefinition, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { z } from 'zod';
import { containerNames, containers, type ContainerName, type EntityOf } from '../containers.js';
import type { Repo, Store } from '../store.js';
import { statusOf } from './cosmos-errors.js';
import { CosmosRepo } from './cosmos-repo.js';

export interface CosmosStoreOptions {
  endpoint: string;
  /** Account key; without one the managed identity (Azure) or the developer's login (locally) is used. */
  key?: string;
  database: string;
  /** Client id of a user-assigned managed identity. */
  managedIdentityClientId?: string;
  /** The in-process test server answers only where it was reached: no endpoint discovery. */
  testServer?: boolean;
}

const connectionPolicy: Partial<ConnectionPolicy> = {
  // 429s: the SDK waits for the service's x-ms-retry-after-ms (no fixed interval) up to 9 times, but
  // gives up after 20 s in all, so an HTTP caller gets an error well inside the Functions timeout
  // instead of hanging. 503s and timeouts are retried by the SDK's failover policy (reads always,
  // writes only where another write region exists); neither needs code here.
  retryOptions: { maxRetryAttemptCount: 9, maxWaitTimeInSeconds: 20 },
};

export async function openCosmosStore(options: CosmosStoreOptions): Promise<Store> {
  const client = new CosmosClient({
    endpoint: options.endpoint,
    ...(options.key
      ? { key: options.key }
      : {
          aadCredentials: options.managedIdentityClientId
            ? new ManagedIdentityCredential({ clientId: options.managedIdentityClientId })
            : new DefaultAzureCredential(),
        }),
    connectionPolicy: { ...connectionPolicy, ...(options.testServer ? { enableEndpointDiscovery: false } : {}) },
    userAgentSuffix: 'maalbot',
  });
  try {
    const database = await ensure(`database "${options.database}"`, async () => {
      const { database } = await client.databases.createIfNotExists({ id: options.database });
      return database;
    });
    // One listing of the database's containers instead of a read per container (13 requests at every
    // start became 2); a container is created only when missing. The SDK reads a container's own
    // metadata later, once, on its first write.
    const existing = await ensure(`containers of database "${options.database}"`, async () => (await database.containers.readAll().fetchAll()).resources);
    const byName = new Map(existing.map((c) => [c.id, c]));
    const repos = await Promise.all(containerNames.map((name) => openRepo(database, name, byName.get(name))));
    const store = Object.fromEntries(containerNames.map((name, i) => [name, repos[i]])) as unknown as {
      [C in ContainerName]: Repo<EntityOf<C>>;
    };
    return {
      ...store,
      kind: 'cosmos',
      close: async () => client.dispose(),
    };
  } catch (error) {
    client.dispose();
    throw error;
  }
}

async function openRepo<C extends ContainerName>(database: Database, name: C, existing: ContainerDefinition | undefined): Promise<Repo<EntityOf<C>>> {
  const definition = containers[name];
  const path = `/${definition.partitionKey}`;
  const found = existing
    ? existing
    : (await ensure(`container "${name}"`, () => database.containers.createIfNotExists({ id: name, partitionKey: { paths: [path], version: 2 } }))).resource;
  // A container made by hand with another partition key would accept writes and then answer every
  // single-partition read wrongly: refuse to start instead.
  const actual = found?.partitionKey?.paths?.[0];
  if (actual !== undefined && actual !== path) {
    throw new Error(`Cosmos DB container "${name}" is partitioned by ${actual}, but Målbot needs ${path}`);
  }
  // The table's schemas are the entities' own; TypeScript cannot follow that through the indexed type.
  const schema = definition.schema as unknown as z.ZodType<EntityOf<C>>;
  return new CosmosRepo(database.container(name), { name, schema, partitionKey: definition.partitionKey });
}

/** With Entra ID auth createIfNotExists only works when the resource exists: creating is control-plane. */
async function ensure<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (statusOf(error) === 403) {
      throw new Error(
        `Cosmos DB ${what} could not be read or created with this identity (an Entra ID data-plane role cannot create; provision it with infra/app/db.bicep): ${
          (error as Error).message
        }`,
        { cause: error },
      );
    }
    throw error;
  }
}
