/**
 * The only module that imports botbuilder (archived upstream; the Microsoft 365 Agents SDK replaces it,
 * and that move should touch this folder only). It turns a validated activity into a botbuilder turn,
 * routes it through a TeamsActivityHandler to Målbot's SDK-free turn logic, and turns what the logic
 * sends (our Reply type) into Bot Framework activities.
 */
import {
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  TeamsActivityHandler,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import type { AdaptiveCard } from '../../cards/index.js';
import { ForbiddenError } from '../../functions/domain/errors.js';
import { tenantAllowed, tenantOf } from '../../functions/security/index.js';
import { DeadlineError, withDeadline } from '../../functions/security/deadline.js';
import { withLogContext } from '../../functions/telemetry.js';
import type { BotAuth } from '../auth.js';
import { ChannelError, parseRetryAfter } from '../channel-error.js';
import type { IncomingActivity, Reply, TurnIO } from '../activity.js';
import type { DialogReply } from '../features.js';
import { replyLang } from '../../functions/domain/text-language.js';
import { errorReply } from '../turn.js';
import { invalidInvoke } from '../wording.js';
import type { BotLog, Maalbot } from '../maalbot.js';

export interface TransportResult {
  status: number;
  body?: unknown;
}

/** What the rest of the product needs from a Bot Framework SDK. */
export interface BotTransport {
  /** Runs one incoming activity; rejects with a ChannelError of status 401 when authentication fails. */
  process(activity: IncomingActivity, authorization: string): Promise<TransportResult>;
  /** Proactive send into a stored conversation (digests, celebrations); resolves to the sent activities' ids, rejects with a ChannelError. */
  sendTo(reference: Record<string, unknown>, replies: Reply[]): Promise<string[]>;
  /** Replaces a message the bot sent earlier (updateActivity), e.g. a review card once a decision is made. */
  update(reference: Record<string, unknown>, activityId: string, reply: Reply): Promise<void>;
}

/** Security options of the transport (functions/security owns the rules). */
export interface TransportOptions {
  /** Tenants whose activities are accepted (lower case); empty: any. */
  allowedTenantIds?: readonly string[];
  /** Where channel tokens' signing keys come from; only tests set it (a local JWKS on loopback). */
  channelAuthority?: { openIdMetadataUrl: string; issuer: string };
  /** Deadline of the apology after a failed turn (the turn's own sends are bounded by the endpoint). */
  sendTimeoutMs?: number;
}

type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** CloudAdapter's processActivity is protected; this subclass opens it to a Functions handler. */
class FunctionsCloudAdapter extends CloudAdapter {
  processIncoming(authenticated: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** jsonwebtoken's own errors (bad signature, expired, not yet valid) escape botbuilder without a status. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

async function authenticate(auth: ConfigurationBotFrameworkAuthentication, activity: Activity, authorization: string): Promise<Authenticated> {
  try {
    return await auth.authenticateRequest(activity, authorization);
  } catch (error) {
    if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new ChannelError(`${error.name}: ${error.message}`, 401);
    throw channelError(error);
  }
}

/**
 * botframework-connector throws RestErrors with `statusCode` and the response's headers (the Agents SDK's
 * HttpError says `status`); fetch failures have neither. Anything else is not the channel's and passes as is.
 */
function channelError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & { statusCode?: unknown; status?: unknown; response?: { headers?: { get?: (name: string) => string | null | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  return new ChannelError(e.message, status, parseRetryAfter(e.response?.headers?.get?.('retry-after'), Date.now()));
}

/** Routes botbuilder's activity families to Målbot's four entry points. */
class MaalbotTeamsHandler extends TeamsActivityHandler {
  constructor(private readonly bot: Maalbot) {
    super();
    this.onMessage(async (context, next) => {
      await this.bot.onMessage(incoming(context), turnIO(context));
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await this.bot.onInstallationUpdate(incoming(context), turnIO(context));
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await this.bot.onConversationUpdate(incoming(context), turnIO(context));
      await next();
    });
  }

  /**
   * Every invoke is routed here and nowhere else, so a malformed or undeclared one is a 400 naming what was
   * wrong instead of botbuilder's TypeError (a 500) or 501. Typeahead (Input.ChoiceSet choices.data →
   * Data.Query) is application/search; Action.Execute (Universal Actions) is adaptiveCard/action, whose
   * card-update reply becomes the invoke's answer (Teams shows it in place of the card; other replies are
   * sent as messages); Teams dialogs (task modules) are task/fetch to open and task/submit to submit.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    const lang = replyLang({ locale: context.activity.locale });
    switch (name) {
      case 'application/search':
        return { status: 200, body: await this.bot.onSearch(value, incoming(context)) };
      case 'adaptiveCard/action': {
        const action = executeActionOf(value);
        if (!action) return cardActionError(invalidInvoke(name, lang));
        let updated: AdaptiveCard | undefined;
        await this.bot.onCardAction({ ...action.data, verb: action.verb }, incoming(context), turnIO(context, (card) => (updated = card)));
        // Teams expects a string value for a message answer.
        return { status: 200, body: updated ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: updated } : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' } };
      }
      case 'task/fetch':
      case 'task/submit': {
        // A dialog without data is answered by the dialog logic itself ("I did not understand that button").
        const data = isRecord(value) ? value.data : undefined;
        return { status: 200, body: taskResponse(await this.bot.onDialog(name === 'task/fetch' ? 'open' : 'submit', data, incoming(context), turnIO(context))) };
      }
      default:
        // Message extensions, sign-in and the rest are not in the app's manifest, so Teams does not send them.
        return { status: 400, body: { code: 'NotSupported', message: invalidInvoke(name, lang) } };
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** value.action of an adaptiveCard/action invoke, when it is an Action.Execute; its data an object (or none). */
function executeActionOf(value: unknown): { verb: unknown; data: Record<string, unknown> } | undefined {
  const action = isRecord(value) ? value.action : undefined;
  if (!isRecord(action) || action.type !== 'Action.Execute') return undefined;
  if (action.data !== undefined && !isRecord(action.data)) return undefined;
  return { verb: action.verb, data: action.data ?? {} };
}

/** The Universal Actions error answer (application/vnd.microsoft.error), which Teams shows on the card. */
function cardActionError(message: string): InvokeResponse {
  return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } } };
}

function incoming(context: TurnContext): IncomingActivity {
  // The activity was validated against IncomingActivitySchema before the turn started.
  return context.activity as unknown as IncomingActivity;
}

function taskResponse(reply: DialogReply): TaskModuleResponse {
  if (reply.kind === 'close') return reply.message ? { task: { type: 'message', value: reply.message } } : ({} as TaskModuleResponse);
  return { task: { type: 'continue', value: { title: reply.title, width: 'large', height: 'large', card: CardFactory.adaptiveCard(reply.card) } } };
}

function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') return { type: ActivityTypes.Message, text: reply.text };
  return { type: ActivityTypes.Message, summary: reply.summary, attachments: [CardFactory.adaptiveCard(reply.card)] };
}

/** `answerInPlace` takes card-update replies when the turn can answer with a card (an Action.Execute invoke). */
function turnIO(context: TurnContext, answerInPlace?: (card: AdaptiveCard) => void): TurnIO {
  return {
    async send(replies) {
      const rest = answerInPlace ? replies.filter((r) => (r.kind === 'card-update' ? (answerInPlace(r.card), false) : true)) : replies;
      if (rest.length) await context.sendActivities(rest.map(toActivity));
    },
    async typing() {
      await context.sendActivity({ type: ActivityTypes.Typing });
    },
  };
}

function authentication(auth: BotAuth, channelAuthority?: TransportOptions['channelAuthority']): ConfigurationBotFrameworkAuthentication {
  if (auth.mode === 'local-unauthenticated') {
    return new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({}));
  }
  const settings = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppType: auth.appType,
    ...(auth.password ? { MicrosoftAppPassword: auth.password } : {}),
    ...(auth.tenantId ? { MicrosoftAppTenantId: auth.tenantId } : {}),
    ...(auth.certificate ? { CertificateThumbprint: auth.certificate.thumbprint, CertificatePrivateKey: auth.certificate.privateKey } : {}),
    ...(channelAuthority ? { ToBotFromChannelOpenIdMetadataUrl: channelAuthority.openIdMetadataUrl, ToBotFromChannelTokenIssuer: channelAuthority.issuer } : {}),
  };
  return new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
}

export function createBotbuilderTransport(auth: BotAuth, bot: Maalbot, log: BotLog, options: TransportOptions = {}): BotTransport {
  const botAuthentication = authentication(auth, options.channelAuthority);
  const adapter = new FunctionsCloudAdapter(botAuthentication);
  const allowedTenants = options.allowedTenantIds ?? [];
  const handler = new MaalbotTeamsHandler(bot);
  adapter.onTurnError = async (context, error) => {
    log('error', `Unhandled error in a ${context.activity.type} turn (conversation ${context.activity.conversation?.id})`, error);
    // Only a message deserves an apology in chat; events and invokes have nobody waiting for words.
    // A channel that did not answer in time will not take an apology either.
    if (context.activity.type === ActivityTypes.Message && !(error instanceof DeadlineError)) {
      const lang = replyLang({ text: context.activity.text, locale: context.activity.locale });
      const apology = context.sendActivity(toActivity(errorReply(error, lang).reply));
      await withDeadline(apology, options.sendTimeoutMs ?? 15_000, 'Teams (an apology)').catch((sendError: unknown) => log('error', 'Could not send the apology either', sendError));
    }
  };
  const appId = auth.mode === 'bot-framework' ? auth.appId : '';
  return {
    process(activity, authorization) {
      return withLogContext({ activityId: activity.id }, async () => {
        // The token first, then the tenant: an unauthenticated caller learns nothing about the allow-list.
        const authenticated = await authenticate(botAuthentication, activity as unknown as Activity, authorization);
        const tenant = tenantOf(activity);
        if (!tenantAllowed(allowedTenants, tenant)) {
          log('warning', `Refused a ${activity.type} activity from tenant ${tenant ?? '(none)'}: not in ALLOWED_TENANT_IDS`);
          throw new ForbiddenError("This bot does not serve your organisation's Microsoft Entra tenant.");
        }
        const response = await adapter.processIncoming(authenticated, activity as unknown as Activity, (context) => handler.run(context));
        return response ? { status: response.status, ...(response.body !== undefined ? { body: response.body } : {}) } : { status: 200 };
      });
    },
    async sendTo(reference, replies) {
      let ids: string[] = [];
      let failure: unknown;
      await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (context) => {
        // Caught here, because onTurnError would log and swallow it: a proactive sender must learn that
        // (and with which status, e.g. 429 and Retry-After) a send failed, or it records a loss as sent.
        try {
          ids = (await context.sendActivities(replies.map(toActivity))).map((r) => r?.id ?? '');
        } catch (error) {
          failure = error;
        }
      });
      if (failure) throw channelError(failure);
      return ids;
    },
    async update(reference, activityId, reply) {
      let failure: unknown;
      await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (context) => {
        try {
          await context.updateActivity({ ...toActivity(reply), id: activityId });
        } catch (error) {
          failure = error;
        }
      });
      if (failure) throw channelError(failure);
    },
  };
}
