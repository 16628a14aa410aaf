/**
 * The only module that reads environment variables. Everything else receives a Config.
 * In Azure (WEBSITE_SITE_NAME set, or MAALBOT_MODE=azure) missing or invalid settings stop the start-up
 * with a message naming each; locally, defaults make `npm start` work on a fresh clone.
 *
 * SETTINGS is the list of every environment variable: the README's configuration table, the
 * local.settings example and the infrastructure check (test/infra) are all held against it.
 */
import { z } from 'zod';
import { fieldErrors } from './domain/validation.js';

export interface Setting {
  env: string;
  description: string;
  /** Where the setting matters: local runs only, Azure only, or both. */
  where: 'local' | 'azure' | 'both';
  /** Required when running in Azure. */
  requiredInAzure?: boolean;
  secret?: boolean;
  default?: string;
}

export const SETTINGS: readonly Setting[] = [
  { env: 'MAALBOT_MODE', description: '"azure" or "local"; defaults to azure when WEBSITE_SITE_NAME is set', where: 'both', default: 'local' },
  { env: 'PORT', description: 'Port of the local host', where: 'local', default: '3978' },
  { env: 'HOST', description: 'Address the local host binds to', where: 'local', default: '127.0.0.1' },
  { env: 'DATA_DIR', description: 'Folder of the embedded store', where: 'local', default: '.data' },
  { env: 'HOME_ORG', description: "The deployment's own municipality (slug); questions without one are about it", where: 'both', default: 'aabenraa' },
  { env: 'COSMOS_ENDPOINT', description: 'Cosmos DB account endpoint; when set, Cosmos DB is the store', where: 'both', requiredInAzure: true },
  { env: 'COSMOS_KEY', description: 'Cosmos DB key; leave unset in Azure (managed identity is used)', where: 'local', secret: true },
  { env: 'COSMOS_DATABASE', description: 'Cosmos DB database name', where: 'both', default: 'maalbot' },
  { env: 'AZURE_CLIENT_ID', description: 'Client id of the user-assigned managed identity (Cosmos DB, bot)', where: 'azure', requiredInAzure: true },
  { env: 'MicrosoftAppId', description: "The bot's app id; unset runs the bot unauthenticated on loopback only", where: 'both', requiredInAzure: true },
  { env: 'MicrosoftAppPassword', description: "The bot's client secret (not needed with a managed identity)", where: 'both', secret: true },
  { env: 'MicrosoftAppType', description: 'MultiTenant, SingleTenant or UserAssignedMSI', where: 'both', default: 'MultiTenant', requiredInAzure: true },
  { env: 'MicrosoftAppTenantId', description: "The bot's Entra tenant (SingleTenant and UserAssignedMSI)", where: 'both', requiredInAzure: true },
  { env: 'BOT_SEND_TIMEOUT_MS', description: 'How long a reply or proactive message to Teams may take before the bot gives up on it (a serviceUrl that never answers)', where: 'both', default: '15000' },
  { env: 'BOT_TURN_TIMEOUT_MS', description: "How long one incoming activity may take, its replies included, before /api/messages answers anyway (Teams gives up after 15 s): 202 for a message, 503 for an invoke", where: 'both', default: '10000' },
  { env: 'BOT_AUTH_TIMEOUT_MS', description: 'How long fetching the Bot Framework signing keys may take; then /api/messages answers 503 with Retry-After', where: 'both', default: '5000' },
  { env: 'REVIEW_CONVERSATION_ID', description: 'Teams channel or chat new proposals are posted to for review: any channel of a team Målbot is in (the 19:…@thread.tacv2 id in the channel\'s link); unset: the reviewers\' personal chats with the bot', where: 'both' },
  { env: 'REVIEWER_IDS', description: 'Comma-separated Teams user ids or Entra object ids of those who may decide on proposals; unset in local mode: everyone (trial)', where: 'both' },
  { env: 'MAALBOT_ADMINS', description: 'Comma-separated Entra object ids (or Teams user ids) of admins: subscriptions and settings, and every other role', where: 'both' },
  { env: 'MAALBOT_EDITORS', description: 'Comma-separated Entra object ids (or Teams user ids) of editors: may change figures, KPIs and cases', where: 'both' },
  { env: 'MAALBOT_READERS', description: 'Comma-separated Entra object ids (or Teams user ids) who may read; unset: every signed-in user of the tenant reads', where: 'both' },
  { env: 'MAALBOT_ORG_MEMBERS', description: 'Users of other organisations than HOME_ORG, as org:id,id;org:id (e.g. vejle:oid1,oid2); everyone else belongs to HOME_ORG', where: 'both' },
  { env: 'ALLOWED_TENANT_IDS', description: "Comma-separated Entra tenant ids the bot serves; unset: the bot's own tenant (MicrosoftAppTenantId), or any tenant when that is unset too", where: 'both' },
  { env: 'JOBINDSATS_TOKEN', description: 'Key for api.jobindsats.dk (from jobindsats@star.dk); unset: figures are not fetched from Jobindsats. In Azure a Key Vault reference', where: 'both', secret: true },
  { env: 'JOBINDSATS_URL', description: 'Base address of the Jobindsats API (a local fake in tests)', where: 'both', default: 'https://api.jobindsats.dk/v2' },
  { env: 'APPLICATIONINSIGHTS_CONNECTION_STRING', description: 'Sends traces and logs to Application Insights when set', where: 'azure', requiredInAzure: true },
] as const;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

export const ConfigSchema = z.object({
  mode: z.enum(['local', 'azure']),
  port: z.coerce.number().int().min(1).max(65535).default(3978),
  host: z.string().default('127.0.0.1'),
  /** Folder of the embedded store. */
  dataDir: z.string().default('.data'),
  /** The deployment's own municipality; questions without an organisation are about it. */
  homeOrg: z.string().default('aabenraa'),
  cosmos: z
    .object({
      endpoint: z.string().url(),
      /** Leave unset in Azure: the managed identity is used. */
      key: optionalText,
      database: z.string().default('maalbot'),
      /** Client id of the user-assigned managed identity. */
      managedIdentityClientId: optionalText,
    })
    .optional(),
  bot: z.object({
    appId: optionalText,
    appPassword: optionalText,
    appType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    tenantId: optionalText,
    /** Tenants whose activities the bot accepts; empty: any (see tenantAllowList in functions/security). */
    allowedTenantIds: z.array(z.string().min(1)).default([]),
    /** Deadline of every send to Teams (turn replies and proactive messages). */
    sendTimeoutMs: z.coerce.number().int().min(100).max(120_000).default(15_000),
    /** Deadline of one whole incoming activity, every reply of it included: Teams waits 15 s for /api/messages. */
    turnTimeoutMs: z.coerce.number().int().min(100).max(14_000).default(10_000),
    /** Deadline of each fetch of the Bot Framework's OpenID metadata and signing keys. */
    authTimeoutMs: z.coerce.number().int().min(100).max(60_000).default(5_000),
  }),
  /** Proposal review: where new proposals are posted and who may decide on them. */
  proposals: z
    .object({
      reviewConversationId: optionalText,
      reviewerIds: z.array(z.string().min(1)).default([]),
    })
    .default({ reviewConversationId: undefined, reviewerIds: [] }),
  /** Who holds which role, and who belongs to which organisation (functions/security). */
  security: z
    .object({
      admins: z.array(z.string().min(1)).default([]),
      editors: z.array(z.string().min(1)).default([]),
      readers: z.array(z.string().min(1)).default([]),
      /** Organisation slug → its users; users listed nowhere belong to homeOrg. */
      orgMembers: z.record(z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be an organisation slug'), z.array(z.string().min(1))).default({}),
      /**
       * Whether x-ms-client-principal can be believed: App Service authentication (WEBSITE_AUTH_ENABLED,
       * set by the platform) strips it from outside requests. Without it, anyone with a function key could
       * claim any role, so in Azure the header then counts for nothing.
       */
      trustClientPrincipal: z.boolean().default(true),
    })
    .default({ admins: [], editors: [], readers: [], orgMembers: {}, trustClientPrincipal: true }),
  /** The Jobindsats connector (functions/jobindsats); without a token nothing is fetched. */
  jobindsats: z
    .object({
      token: optionalText,
      baseUrl: z.string().url().default('https://api.jobindsats.dk/v2'),
    })
    .default({ token: undefined, baseUrl: 'https://api.jobindsats.dk/v2' }),
  appInsightsConnectionString: optionalText,
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Whether a bind address is this machine only (local, unauthenticated modes are allowed only there). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.MAALBOT_MODE === 'azure' || (env.WEBSITE_SITE_NAME && env.MAALBOT_MODE !== 'local') ? 'azure' : 'local';
  const raw = {
    mode,
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    homeOrg: env.HOME_ORG,
    cosmos: env.COSMOS_ENDPOINT
      ? {
          endpoint: env.COSMOS_ENDPOINT,
          key: env.COSMOS_KEY,
          database: env.COSMOS_DATABASE,
          managedIdentityClientId: env.AZURE_CLIENT_ID,
        }
      : undefined,
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      appType: env.MicrosoftAppType || undefined,
      tenantId: env.MicrosoftAppTenantId,
      allowedTenantIds: list(env.ALLOWED_TENANT_IDS),
      sendTimeoutMs: env.BOT_SEND_TIMEOUT_MS || undefined,
      turnTimeoutMs: env.BOT_TURN_TIMEOUT_MS || undefined,
      authTimeoutMs: env.BOT_AUTH_TIMEOUT_MS || undefined,
    },
    proposals: {
      reviewConversationId: env.REVIEW_CONVERSATION_ID,
      reviewerIds: list(env.REVIEWER_IDS),
    },
    security: {
      admins: list(env.MAALBOT_ADMINS),
      editors: list(env.MAALBOT_EDITORS),
      readers: list(env.MAALBOT_READERS),
      orgMembers: orgMembers(env.MAALBOT_ORG_MEMBERS),
      // Locally the header is believed only on a loopback address: off it, anyone could claim any role.
      trustClientPrincipal: (mode === 'local' && isLoopbackHost(env.HOST?.trim() || '127.0.0.1')) || env.WEBSITE_AUTH_ENABLED?.trim().toLowerCase() === 'true',
    },
    jobindsats: { token: env.JOBINDSATS_TOKEN, baseUrl: env.JOBINDSATS_URL?.trim() || undefined },
    appInsightsConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = fieldErrors(parsed.error).map((e) => `${e.field}: ${e.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  if (mode === 'azure') {
    const missing = SETTINGS.filter((s) => s.requiredInAzure && !env[s.env]?.trim()).map((s) => s.env);
    if (missing.length) throw new ConfigError(`Missing settings for Azure: ${missing.join(', ')}`);
  }
  return parsed.data;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** "vejle:a,b;viborg:c" → { vejle: ['a', 'b'], viborg: ['c'] }; the slugs are validated by the schema. */
function orgMembers(value: string | undefined): Record<string, string[]> {
  const members: Record<string, string[]> = {};
  for (const group of (value ?? '').split(';')) {
    if (!group.trim()) continue;
    const at = group.indexOf(':');
    const org = (at < 0 ? group : group.slice(0, at)).trim();
    members[org] = [...(members[org] ?? []), ...list(at < 0 ? '' : group.slice(at + 1))];
  }
  return members;
}
