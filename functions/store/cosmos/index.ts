export { openCosmosStore, type CosmosStoreOptions } from './open-cosmos-store.js';
