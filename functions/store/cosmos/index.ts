export { openCosmosStore } from './open-cosmos-store.js';
