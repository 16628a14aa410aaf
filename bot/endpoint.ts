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
import { jsonShapeProblem } from '../functions/security/limits.js';
import { channelTokenCheck, type ChannelTokenCheck } from '../functions/security/channel-tokens.js';
import { DeadlineError, withDeadline } from '../functions/security/deadline.js';
import { isLoopbackHost } from '../functions/config.js';
import { createBotTransport, type TransportOptions, type TransportResult } from './adapter/index.js';
import { botAuth, LOCAL_MODE_WARNING } from './auth.js';
import { ChannelError } from './channel-error.js';
import type { BotFeatures } from './features.js';
import { createMaalbot, type BotLog, type Maalbot } from './maalbot.js';
import type { TurnIO } from './activity.js';

/** Where Teams' channel tokens come from unless a test points elsewhere (botframework-connector's own constants). */
const CHANNEL_AUTHORITY = { openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration', issuer: 'https://api.botframework.com' };
/** An unknown signing key id fetches the keys again at most this often (forged tokens must not make every request fetch). */
const KEY_REFRESH_MS = 5 * 60_000;

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
  const sendTimeoutMs = options.config.bot.sendTimeoutMs;
  const turnTimeoutMs = options.config.bot.turnTimeoutMs;
  const bot = withSendDeadline(
    createMaalbot({
      store: options.store,
      log: options.log,
      ...(options.features ? { features: options.features } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    sendTimeoutMs,
  );
  const tokens: ChannelTokenCheck | undefined =
    auth.mode === 'bot-framework'
      ? channelTokenCheck({ ...(options.channelAuthority ?? CHANNEL_AUTHORITY), appId: auth.appId, timeoutMs: options.config.bot.authTimeoutMs, refreshAfterMs: KEY_REFRESH_MS })
      : undefined;
  const transport = createBotTransport(auth, bot, options.log, {
    allowedTenantIds: tenantAllowList(options.config.bot),
    sendTimeoutMs: options.config.bot.sendTimeoutMs,
    ...(options.channelAuthority ? { channelAuthority: options.channelAuthority } : {}),
  });
  return {
    authenticated: auth.mode === 'bot-framework',
    async handle(body, authorization) {
      const shape = jsonShapeProblem(body, 'The activity');
      if (shape) throw new ValidationError(shape, [{ field: '(body)', message: shape }]);
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        throw new ValidationError('The body must be a Bot Framework activity in JSON.', [{ field: '(body)', message: 'not valid JSON' }]);
      }
      const activity = parseOrThrow(IncomingActivitySchema, json, 'The activity');
      if (tokens) {
        await tokens.check(authorization ?? '').catch((error: unknown) => {
          options.log('warning', `Refused an activity before validation: ${(error as Error).message}`);
          throw error;
        });
      } else if (!isLoopbackServiceUrl(activity.serviceUrl)) {
        // Unauthenticated, the bot would post its answer wherever the caller says (169.254.169.254 included).
        throw new ValidationError('Without authentication the bot answers only a service URL on this machine (http://127.0.0.1:…, http://localhost:…).', [{ field: 'serviceUrl', message: 'not a loopback address' }]);
      }
      try {
        return await withDeadline(transport.process(activity, authorization ?? ''), turnTimeoutMs, 'The turn (Målbot and its replies to Teams)');
      } catch (error) {
        if (error instanceof DeadlineError && activity.type !== 'invoke') {
          // Teams waits 15 s and then retries or gives up; the turn goes on (its sends have their own deadline),
          // and the activity was taken in, so say so rather than fail. An invoke's answer is its body: that one is a 503.
          options.log('warning', `A ${activity.type} turn took longer than ${turnTimeoutMs} ms (a reply to Teams not answering?); answered 202 and left it running`);
          return { status: 202 };
        }
        if (error instanceof ChannelError && (error.status === 401 || error.status === 403)) {
          options.log('warning', `Refused an activity without a valid Bot Framework token: ${error.message}`);
          throw new UnauthorizedError('A valid Bot Framework token is required.');
        }
        throw error;
      }
    },
    sendTo(conversation, replies) {
      return withDeadline(transport.sendTo(conversation.reference, replies), sendTimeoutMs, 'Teams (a proactive message)');
    },
    update(conversation, activityId, reply) {
      return withDeadline(transport.update(conversation.reference, activityId, reply), sendTimeoutMs, 'Teams (a message update)');
    },
  };
}

function isLoopbackServiceUrl(serviceUrl: string | undefined): boolean {
  if (!serviceUrl) return true;
  try {
    return isLoopbackHost(new URL(serviceUrl).hostname);
  } catch {
    return false;
  }
}

/** Every reply and typing indicator of a turn gets the send deadline: a serviceUrl that never answers ends the turn, not hangs it. */
function withSendDeadline(bot: Maalbot, ms: number): Maalbot {
  const bounded = (io: TurnIO): TurnIO => ({
    send: (replies) => withDeadline(io.send(replies), ms, 'Teams (a reply)'),
    typing: () => withDeadline(io.typing(), ms, 'Teams (typing)'),
  });
  return {
    onMessage: (activity, io) => bot.onMessage(activity, bounded(io)),
    onCardAction: (data, activity, io) => bot.onCardAction(data, activity, bounded(io)),
    onInstallationUpdate: (activity, io) => bot.onInstallationUpdate(activity, bounded(io)),
    onConversationUpdate: (activity, io) => bot.onConversationUpdate(activity, bounded(io)),
    onSearch: (value, activity) => bot.onSearch(value, activity),
    onDialog: (phase, data, activity, io) => bot.onDialog(phase, data, activity, bounded(io)),
  };
}
