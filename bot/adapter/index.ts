export { createBotbuilderTransport as createBotTransport, type TransportOptions, type TransportResult } from './botbuilder-adapter.js';
