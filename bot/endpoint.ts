/**
 * The bot behind /api/messages: a raw request body and Authorization header in, a status and body out.
 * Bodies are checked here, before any SDK sees them, so a malformed request is a 400 and never a crash;
 * a missing or invalid Bot Framework token is a 401.
 */
import { AppError, ValidationError } from '../functions/domain/errors.js';
import type { Conversation } from '../functions/domain/model.js';
import { parseOrThrow } from '../functions/domain/validation.js';
import type { Store } from '../functions/store/store.js';
import type { Config } from '../functions/config.js';
import { IncomingActivitySchema, type Reply } from './activity.js';
import { tenantAllowList } from '../functions/security/index.js';
import { MAX_JSON_DEPTH, nestingDepth } from '../functions/security/limits.js';
import { createBotTransport, type TransportOptions, type TransportResult } from './adapter/index.js';
import { botAuth, LOCAL_MODE_WARNING } from './auth.js';
import type { BotFeatures } from './features.js';
import { createMaalbot, type BotLog } from './maalbot.js';

export interface BotEndpointOptions {
  config: Pick<Config, 'bot' | 'host'>;
  store: Store;
  features?: BotFeatures;
  log: BotLog;
  now?: () => Date;
  /** Test seam (security): where channel tokens' signing keys come from. */
  channelAuthority?: TransportOptions['channelAuthority'];
}

export interface BotEndpoint {
  readonly authenticated: boolean;
  /** Throws an AppError (400, 401) for a request that must be refused. */
  handle(body: string, authorization: string | null): Promise<TransportResult>;
  /** Proactive send into a stored conversation; resolves to the sent activities' ids. */
  sendTo(conversation: Pick<Conversation, 'reference'>, replies: Reply[]): Promise<string[]>;
  /** Replaces a message the bot sent into a stored conversation. */
  update(conversation: Pick<Conversation, 'reference'>, activityId: string, reply: Reply): Promise<void>;
}

export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super(401, 'Unauthorized', detail);
  }
}

export function createBotEndpoint(options: BotEndpointOptions): BotEndpoint {
  const auth = botAuth(options.config);
  if (auth.mode === 'local-unauthenticated') options.log('warning', LOCAL_MODE_WARNING);
  const bot = createMaalbot({
    store: options.store,
    log: options.log,
    ...(options.features ? { features: options.features } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const transport = createBotTransport(auth, bot, options.log, {
    allowedTenantIds: tenantAllowList(options.config.bot),
    ...(options.channelAuthority ? { channelAuthority: options.channelAuthority } : {}),
  });
  return {
    authenticated: auth.mode === 'bot-framework',
    async handle(body, authorization) {
      if (nestingDepth(body) > MAX_JSON_DEPTH) {
        throw new ValidationError(`The activity is nested more than ${MAX_JSON_DEPTH} levels deep.`, [{ field: '(body)', message: `nested deeper than ${MAX_JSON_DEPTH}` }]);
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        throw new ValidationError('The body must be a Bot Framework activity in JSON.', [{ field: '(body)', message: 'not valid JSON' }]);
      }
      const activity = parseOrThrow(IncomingActivitySchema, json, 'The activity');
      try {
        return await transport.process(activity, authorization ?? '');
      } catch (error) {
        const status = (error as { statusCode?: unknown }).statusCode;
        if (status === 401 || status === 403) {
          options.log('warning', `Refused an activity without a valid Bot Framework token: ${(error as Error).message}`);
          throw new UnauthorizedError('A valid Bot Framework token is required.');
        }
        throw error;
      }
    },
    sendTo(conversation, replies) {
      return transport.sendTo(conversation.reference, replies);
    },
    update(conversation, activityId, reply) {
      return transport.update(conversation.reference, activityId, reply);
    },
  };
}
