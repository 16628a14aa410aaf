import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { SETTINGS } from '../../functions/config.js';

it('local.settings.example.json holds every setting config.ts reads, with its local default', async () => {
  const example = JSON.parse(await readFile(new URL('../../local.settings.example.json', import.meta.url), 'utf8'));
  expect(example.Values.FUNCTIONS_WORKER_RUNTIME).toBe('node');
  for (const setting of SETTINGS) {
    expect(example.Values, setting.env).toHaveProperty([setting.env], setting.default ?? '');
  }
  // Secrets stay empty in the example.
  for (const setting of SETTINGS.filter((s) => s.secret)) expect(example.Values[setting.env], setting.env).toBe('');
});
