/**
 * `npm run teams:package`: writes the Teams app package an administrator uploads (Teams admin center → Manage
 * apps → Upload). The bot id comes from the configuration (MicrosoftAppId); the host name of the
 * Function App is given on the command line:
 *   npm run teams:package -- --bot-domain func-maalbot-abc.azurewebsites.net [--bot-id GUID] [--app-id GUID] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { loadConfig } from '../../functions/config.js';
import { buildAppPackage, teamsAppIdFor } from './app-package.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function main(): Promise<void> {
  const botId = option('bot-id') ?? loadConfig().bot.appId;
  const botDomain = option('bot-domain');
  const problems = [
    !botId && 'the bot id: set MicrosoftAppId or pass --bot-id',
    botId && !GUID.test(botId) && `the bot id "${botId}" is not a GUID`,
    !botDomain && 'the Function App host name: pass --bot-domain (e.g. func-maalbot-abc.azurewebsites.net)',
    botDomain && !/^[a-z0-9.-]+$/i.test(botDomain) && `--bot-domain "${botDomain}" must be a bare host name, without https:// or a path`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`Cannot build the Teams app package. Missing or invalid: ${problems.join('; ')}.`);

  const appId = option('app-id') ?? teamsAppIdFor(botId!);
  const out = path.resolve(option('out') ?? path.join('dist', 'teams', `maalbot-teams-${packageJson.version}.zip`));
  const zip = await buildAppPackage({ BOT_ID: botId!, TEAMS_APP_ID: appId, BOT_DOMAIN: botDomain!, APP_VERSION: packageJson.version });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Teams app package: ${out} (app id ${appId}, bot ${botId}, ${botDomain})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
