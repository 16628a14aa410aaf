/** The Teams app package: manifest.json, its Danish localization and the two icons, zipped at the root. */
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { buildAppPackageFiles, type AppPackageFiles, type PackageValues } from './build-manifest.js';

/**
 * A stable Teams app id for a bot: the same bot always gets the same app id, so uploading a new version
 * of the package updates the app instead of adding a second one.
 */
export function teamsAppIdFor(botId: string): string {
  const h = createHash('sha256').update(`maalbot-teams-app:${botId.toLowerCase()}`).digest('hex');
  // Shaped as an RFC 4122 version-5-style GUID (the version and variant bits set).
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function zipAppPackage(files: AppPackageFiles): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte the same for the same inputs.
  const date = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', JSON.stringify(files.manifest, null, 2), { date });
  for (const [name, content] of Object.entries(files.localizations)) zip.file(name, JSON.stringify(content, null, 2), { date });
  for (const [name, content] of Object.entries(files.icons)) zip.file(name, content, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function buildAppPackage(values: PackageValues): Promise<Buffer> {
  return zipAppPackage(buildAppPackageFiles(values));
}
