/**
 * The only module that reads environment variables. Everything else receives a Config.
 * In Azure (WEBSITE_SITE_NAME set, or MAALBOT_MODE=azure) missing or invalid settings stop the start-up
 * with a message naming each; locally, defaults make `npm start` work on a fresh clone.
 */
import { z } from 'zod';
import { fieldErrors } from './domain/validation.js';

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
  }),
  appInsightsConnectionString: optionalText,
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

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
    },
    appInsightsConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = fieldErrors(parsed.error).map((e) => `${e.field}: ${e.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  if (config.mode === 'azure') {
    const missing = [
      !config.cosmos && 'COSMOS_ENDPOINT',
      !config.bot.appId && 'MicrosoftAppId',
    ].filter(Boolean);
    if (missing.length) throw new ConfigError(`Missing settings for Azure: ${missing.join(', ')}`);
  }
  return config;
}
