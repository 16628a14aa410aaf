/**
 * How the bot endpoint authenticates. With an app id, every request must carry a valid Bot Framework
 * token. Without one the bot runs unauthenticated — fine for the Playground on a laptop, dangerous
 * anywhere else — so that mode is refused unless the server is bound to a loopback address.
 */
import type { Config } from '../functions/config.js';
import { ConfigError, isLoopbackHost } from '../functions/config.js';

export type BotAuth =
  | {
      mode: 'bot-framework';
      appId: string;
      appType: Config['bot']['appType'];
      password?: string;
      tenantId?: string;
      certificate?: { thumbprint: string; privateKey: string };
    }
  | { mode: 'local-unauthenticated' };

export const LOCAL_MODE_WARNING =
  '!!! The bot endpoint /api/messages runs WITHOUT authentication (MicrosoftAppId is not set). ' +
  'Anyone who can reach this address can talk to the bot as anyone. This is only allowed on a loopback address, for local use. !!!';


export function botAuth(config: Pick<Config, 'bot' | 'host'>): BotAuth {
  const { appId, appPassword, appType, tenantId } = config.bot;
  if (appId) {
    return {
      mode: 'bot-framework',
      appId,
      appType,
      ...(appPassword ? { password: appPassword } : {}),
      ...(tenantId ? { tenantId } : {}),
    };
  }
  if (!isLoopbackHost(config.host)) {
    throw new ConfigError(
      `MicrosoftAppId is not set and HOST is ${config.host}: the bot endpoint would accept unauthenticated requests from the network. ` +
        'Set MicrosoftAppId (with a secret or a managed identity), or bind to 127.0.0.1.',
    );
  }
  return { mode: 'local-unauthenticated' };
}
