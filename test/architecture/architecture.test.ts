/**
 * The layers README's "Architecture" section describes, held to the code: no import cycles, no arrow
 * from a lower layer to a higher one, botbuilder only in bot/adapter/, nothing in production from test/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, ROOT, sourceFiles, type ImportEdge } from './import-graph.js';

const production = sourceFiles('functions', 'bot', 'cards');
const edges = production.flatMap(importsOf);

/** The layer of a production file, as README names them. */
function layerOf(file: string): string {
  if (file.startsWith('cards/')) return 'cards';
  if (file.startsWith('bot/adapter/')) return 'bot/adapter';
  if (file.startsWith('bot/')) return 'bot';
  const [, top] = file.split('/');
  if (FEATURES.includes(top!)) return 'features';
  // A folder of functions/ is a layer; so is each single file at its top (config, runtime, app, ...).
  return file.split('/').length > 2 ? `functions/${top}` : file;
}

/** The folders that hold what Målbot does; each may have a chat.ts the composition root wires in. */
const FEATURES = ['digest', 'figures', 'import', 'jobindsats', 'proposals', 'query'];

/** What each layer may import (besides itself and packages). README's Architecture section repeats this table. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'functions/domain': [],
  cards: [],
  'functions/store': ['functions/domain', 'functions/config.ts', 'functions/seed-data-path.ts'],
  'functions/security': ['functions/domain', 'functions/config.ts', 'functions/telemetry.ts'],
  bot: ['bot/adapter', 'cards', 'functions/domain', 'functions/store', 'functions/security', 'functions/config.ts'],
  'bot/adapter': ['bot', 'cards', 'functions/domain', 'functions/security', 'functions/telemetry.ts'],
  features: ['bot', 'cards', 'functions/domain', 'functions/store', 'functions/security', 'functions/config.ts', 'functions/runtime.ts', 'functions/seed-data-path.ts'],
  'functions/http': ['bot', 'cards', 'features', 'functions/domain', 'functions/store', 'functions/security', 'functions/config.ts', 'functions/runtime.ts', 'functions/telemetry.ts', 'functions/app.ts'],
};

function allowed(edge: ImportEdge): boolean {
  // Data files (card templates, package.json) are no layer.
  if (!edge.to.endsWith('.ts')) return true;
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  if (from === to) return true;
  const rule = MAY_IMPORT[from];
  return rule === undefined || rule.includes(to);
}

describe('the import graph', () => {
  it('has no cycles in functions/, bot/ and cards/', () => {
    expect(cycles(production)).toEqual([]);
  });

  it('has no arrow from a lower layer to a higher one', () => {
    const upward = edges.filter((e) => !e.external && !allowed(e)).map((e) => `${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('lets features see bot/ only through its public types (bot/index.ts)', () => {
    const reachIn = edges.filter((e) => layerOf(e.from) === 'features' && layerOf(e.to) === 'bot' && e.to !== 'bot/index.ts');
    expect(reachIn.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('confines botbuilder and botframework-* to bot/adapter/', () => {
    const all = [...production, ...sourceFiles('test', 'bench', 'infra')].flatMap(importsOf);
    const sdk = all.filter((e) => e.external && /^(botbuilder|botframework-)/.test(e.to) && !e.from.startsWith('bot/adapter/'));
    expect(sdk.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('never reaches into test/ from production code', () => {
    expect(edges.filter((e) => !e.external && e.to.startsWith('test/')).map((e) => e.from)).toEqual([]);
  });

  it('is described by README’s Architecture section, layer by layer', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 3));
    for (const [layer, imports] of Object.entries(MAY_IMPORT)) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${layer}`));
      expect(row, `README's layer table has a row for ${layer}`).toBeDefined();
      const named = [...row!.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      expect(named.sort(), `README's row for ${layer}`).toEqual([...imports].sort());
    }
  });
});
