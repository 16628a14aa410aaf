/**
 * README's Security section states the authorization policy and the limits as tables; these hold them to
 * the code, so a changed role, scope or limit fails here until the README says so too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { MAX_BODY_BYTES } from '../../functions/http/request-body.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_READ_MB, MAX_IMPORT_READ_MS, MAX_IMPORT_ROWS, MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from '../../functions/import/limits.js';
import { notifyWaitMs } from '../../functions/security/deadline.js';
import { MAX_CHAT_TEXT, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../functions/security/limits.js';
import { POLICY } from '../../functions/security/policy.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the table between <!-- name:start --> and <!-- name:end -->, as cells. */
function table(name: string): string[][] {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  expect(start, `README has no ${name} table`).toBeGreaterThan(-1);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('README: the authorization policy', () => {
  it('has one row per action of functions/security/policy.ts, with its role and organisation scope', () => {
    const rows = table('policy').map(([action, role, scope]) => [action!.replace(/`/g, ''), role === '—' ? undefined : role, scope]);
    const code = Object.entries(POLICY).map(([action, p]) => [action, p.role, p.scope]);
    expect(rows).toEqual(code);
  });
});

describe('README: the limits', () => {
  const config = loadConfig({});
  // By the cell naming the constant or setting.
  const LIMITS: [string, number][] = [
    ['`MAX_CHAT_TEXT`', MAX_CHAT_TEXT],
    ['`MAX_JSON_DEPTH`', MAX_JSON_DEPTH],
    ['`MAX_JSON_VALUES`', MAX_JSON_VALUES],
    ['`MAX_BODY_BYTES`', MAX_BODY_BYTES],
    ['`MAX_IMPORT_BYTES`', MAX_IMPORT_BYTES],
    ['`MAX_IMPORT_ROWS`', MAX_IMPORT_ROWS],
    ['`MAX_XLSX_UNPACKED_BYTES`', MAX_XLSX_UNPACKED_BYTES],
    ['`MAX_IMPORT_CELLS`', MAX_IMPORT_CELLS],
    ['`MAX_XLSX_ENTRIES`', MAX_XLSX_ENTRIES],
    ['`MAX_IMPORT_READ_MS`', MAX_IMPORT_READ_MS],
    ['`MAX_IMPORT_READ_MB`', MAX_IMPORT_READ_MB],
    ['`BOT_TURN_TIMEOUT_MS`', config.bot.turnTimeoutMs],
    ['`BOT_SEND_TIMEOUT_MS`', config.bot.sendTimeoutMs],
    ['`BOT_AUTH_TIMEOUT_MS`', config.bot.authTimeoutMs],
    ['`BOT_TURN_TIMEOUT_MS` / 2', notifyWaitMs(config)],
  ];

  it.each(LIMITS)('states %s with the value the code has (%i)', (name, value) => {
    const rows = table('limits').filter((cells) => cells[2] === name);
    expect(rows, name).toHaveLength(1);
    expect(rows[0]![1]).toMatch(new RegExp(`^(half a turn: )?${value.toLocaleString('en-GB')}( |$)`));
  });
});
