/**
 * The Teams app package's files, built from the templates in this folder: ${{NAME}} placeholders filled
 * in, and the command lists (English in the manifest, Danish in da.json) written from bot/commands.ts,
 * the one list the bot itself parses, so the package can never offer a command the bot does not know.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandList } from '../../bot/commands.js';

export const TEAMS_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface PackageValues {
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  BOT_ID: string;
  /** The Teams app's own id; a GUID. */
  TEAMS_APP_ID: string;
  /** Host name of the Function App serving /api/messages, e.g. "func-maalbot-abc.azurewebsites.net". */
  BOT_DOMAIN: string;
  APP_VERSION: string;
}

export interface AppPackageFiles {
  manifest: Record<string, any>;
  localizations: Record<string, Record<string, string>>;
  icons: Record<'color.png' | 'outline.png', Buffer>;
}

/** A JSON template with every ${{NAME}} replaced; an unknown or missing name is an error, not an empty string. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([A-Z_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`No value for \${{${name}}} in the Teams manifest.`);
    // Values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
}

export function readTemplate(name: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(TEAMS_DIR, name), 'utf8'));
}

/** Command lists as the manifest holds them, from the bot's own list. */
export function manifestCommands(lang: 'da' | 'en'): { title: string; description: string }[] {
  return commandList(lang).map(({ word, description }) => ({ title: word, description }));
}

export function buildAppPackageFiles(values: PackageValues): AppPackageFiles {
  const manifest = JSON.parse(fillTemplate(readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8'), { ...values }));
  manifest.bots[0].commandLists[0].commands = manifestCommands('en');

  const da: Record<string, string> = JSON.parse(readFileSync(path.join(TEAMS_DIR, 'da.json'), 'utf8'));
  for (const key of Object.keys(da)) if (key.startsWith('bots[')) delete da[key];
  manifestCommands('da').forEach((command, i) => {
    da[`bots[0].commandLists[0].commands[${i}].title`] = command.title;
    da[`bots[0].commandLists[0].commands[${i}].description`] = command.description;
  });

  return {
    manifest,
    localizations: { 'da.json': da },
    icons: { 'color.png': readFileSync(path.join(TEAMS_DIR, 'color.png')), 'outline.png': readFileSync(path.join(TEAMS_DIR, 'outline.png')) },
  };
}
