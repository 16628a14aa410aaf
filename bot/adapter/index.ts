export { createBotbuilderTransport as createBotTransport, type BotTransport, type TransportResult } from './botbuilder-adapter.js';
