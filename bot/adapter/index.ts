export { createBotbuilderTransport as createBotTransport, type BotTransport, type TransportOptions, type TransportResult } from './botbuilder-adapter.js';
