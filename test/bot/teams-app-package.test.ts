/**
 * The Teams app package: the manifest on the newest schema version that @microsoft/app-manifest ships,
 * valid against that schema (read from node_modules, nothing downloaded), the Danish localization valid
 * too, the icons the right size (the outline one white on transparent), and the command lists exactly the
 * commands the bot parses, both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandList, parseCommand } from '../../bot/commands.js';
import { buildAppPackage, teamsAppIdFor } from '../../infra/teams/app-package.js';
import { buildAppPackageFiles, fillTemplate, manifestCommands, readTemplate } from '../../infra/teams/build-manifest.js';

const require = createRequire(import.meta.url);
// Both are CommonJS with a default export; under nodenext the class sits on .default.
type AjvClass = typeof import('ajv-draft-04').default;
type AddFormats = (ajv: InstanceType<AjvClass>) => void;
const Ajv = ((AjvDraft04Module as unknown as { default?: AjvClass }).default ?? AjvDraft04Module) as AjvClass;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
const SCHEMAS = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const values = { BOT_ID: '11111111-2222-3333-4444-555555555555', TEAMS_APP_ID: teamsAppIdFor('11111111-2222-3333-4444-555555555555'), BOT_DOMAIN: 'func-maalbot-abc.azurewebsites.net', APP_VERSION: '0.1.0' };

function validator(file: string) {
  // The localization schema's patterns use \b inside brackets, which only non-unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

function newestSchemaVersion(): string {
  const versions = readdirSync(SCHEMAS)
    .filter((d) => /^v\d+\.\d+$/.test(d) && readdirSync(path.join(SCHEMAS, d)).includes('MicrosoftTeams.schema.json'))
    .map((d) => d.slice(1).split('.').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return versions.at(-1)!.join('.');
}

async function unzipped() {
  const zip = await JSZip.loadAsync(await buildAppPackage(values));
  const json = async (name: string) => JSON.parse(await zip.file(name)!.async('string'));
  return { names: Object.keys(zip.files).sort(), manifest: await json('manifest.json'), da: await json('da.json'), zip };
}

describe('manifest', () => {
  it('is on the newest schema version that ships with @microsoft/app-manifest', () => {
    const version = newestSchemaVersion();
    expect(readTemplate('manifest.json').manifestVersion).toBe(version);
    expect(readTemplate('manifest.json').$schema).toContain(`/v${version}/MicrosoftTeams.schema.json`);
  });

  it('validates against its schema, as zipped, with no placeholder left', async () => {
    const { names, manifest } = await unzipped();
    expect(names).toEqual(['color.png', 'da.json', 'manifest.json', 'outline.png']);
    const validate = validator(path.join(SCHEMAS, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'));
    expect(validate(manifest), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest).toMatchObject({ id: values.TEAMS_APP_ID, version: '0.1.0', validDomains: [values.BOT_DOMAIN], bots: [{ botId: values.BOT_ID }] });
  });

  it('the schema check does reject a broken manifest', async () => {
    const { manifest } = await unzipped();
    const validate = validator(path.join(SCHEMAS, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'));
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] })).toBe(false);
  });

  it('has the bot in personal, team and group chat scopes, with commands in each', async () => {
    const { manifest } = await unzipped();
    expect([...manifest.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect([...manifest.bots[0].commandLists[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('has a Danish localization that validates against the localization schema', async () => {
    const { manifest, da } = await unzipped();
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'da', file: 'da.json' }]);
    const validate = validator(path.join(SCHEMAS, `v${manifest.manifestVersion}`, 'MicrosoftTeams.Localization.schema.json'));
    expect(validate(da), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(da['name.short']).toBe('Målbot');
  });

  it('refuses to fill a template without a value for every placeholder', () => {
    expect(() => fillTemplate('{"id": "${{TEAMS_APP_ID}}"}', {})).toThrow(/TEAMS_APP_ID/);
    expect(fillTemplate('{"a": "${{X}}"}', { X: 'say "hi"' })).toBe('{"a": "say \\"hi\\""}');
  });

  it('gives a bot the same Teams app id every time, and a GUID', () => {
    expect(teamsAppIdFor(values.BOT_ID)).toBe(teamsAppIdFor(values.BOT_ID.toUpperCase()));
    expect(teamsAppIdFor(values.BOT_ID)).not.toBe(teamsAppIdFor('99999999-2222-3333-4444-555555555555'));
    expect(teamsAppIdFor(values.BOT_ID)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('commands', () => {
  it('lists every command the bot understands, and nothing else, in English and in Danish', async () => {
    const { manifest, da } = await unzipped();
    const en = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    const daTitles = Object.entries(da)
      .filter(([key]) => /^bots\[0\]\.commandLists\[0\]\.commands\[\d+\]\.title$/.test(key))
      .map(([, title]) => title as string);
    expect(en).toEqual(commandList('en').map((c) => c.word));
    expect(daTitles).toEqual(commandList('da').map((c) => c.word));
    // Each listed title is parsed by the bot as the command at that position: nothing listed that the bot would not run.
    expect(en.map((t: string) => parseCommand(t)?.name)).toEqual(COMMAND_NAMES);
    expect(daTitles.map((t) => parseCommand(t)?.name)).toEqual(COMMAND_NAMES);
  });

  it('keeps the committed templates in step with the bot, so what a reviewer reads is what ships', () => {
    const template = readTemplate('manifest.json').bots[0].commandLists[0].commands;
    expect(template).toEqual(manifestCommands('en'));
    const da = readTemplate('da.json');
    manifestCommands('da').forEach((c, i) => {
      expect(da[`bots[0].commandLists[0].commands[${i}].title`]).toBe(c.title);
      expect(da[`bots[0].commandLists[0].commands[${i}].description`]).toBe(c.description);
    });
    expect(Object.keys(da).filter((k) => k.endsWith('.title'))).toHaveLength(COMMAND_NAMES.length);
  });

  it('stays within what Teams accepts: at most 10 commands, titles up to 32 characters', () => {
    expect(COMMAND_NAMES.length).toBeLessThanOrEqual(10);
    for (const lang of ['da', 'en'] as const) for (const c of manifestCommands(lang)) expect(c.title.length).toBeLessThanOrEqual(32);
  });
});

describe('icons', () => {
  const files = buildAppPackageFiles(values);

  it('are a 192×192 colour icon and a 32×32 outline icon', () => {
    const color = PNG.sync.read(files.icons['color.png']);
    const outline = PNG.sync.read(files.icons['outline.png']);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('the outline icon is white on a transparent background', () => {
    const { data } = PNG.sync.read(files.icons['outline.png']);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) transparent++;
      else {
        opaque++;
        expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(data[3]).toBe(0); // the corner
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.1);
  });

  it('the colour icon is opaque, in the accent colour of the manifest', () => {
    const { data } = PNG.sync.read(files.icons['color.png']);
    for (let i = 3; i < data.length; i += 4) expect(data[i]).toBe(255);
    const corner = `#${[data[0]!, data[1]!, data[2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(corner).toBe(files.manifest.accentColor);
  });
});
