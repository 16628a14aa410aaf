/**
 * Updating a figure in the Agents Playground as a person does it: `opdater tal`, a case chosen and a word
 * searched, "Vis nøgletal", the KPI picked from the static list (the Playground has no Data.Query
 * typeahead, so without the list the picker would stay empty), period and value typed, "Gem tallet".
 * The figure is then in the store, and "hvem ændrede" offers it.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './support/browser.js';
import { ask, openPlayground, type Playground } from './support/playground.js';

let playground: Playground;

beforeAll(async () => {
  playground = await openPlayground({ viewport: { width: 1280, height: 1800 } });
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !playground) return;
  console.log(`  failed at: ${await playground.browser.screenshot(`figure-update-failed-${task.name.replace(/\W+/g, '-').slice(0, 50)}`)}`);
  console.log(playground.product.output().split('\n').slice(-15).join('\n'));
});

afterAll(async () => {
  await playground?.close();
});

const SELF = 'aabenraa.kik-ii.selvforsoergende';

it('finds a KPI without typeahead and saves a figure for it', async () => {
  const { page, browser, product } = playground;
  await ask(page, 'opdater tal');
  const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'Opdater et tal' }).last();
  await form.waitFor({ timeout: 20_000 });
  await form.getByRole('combobox', { name: /^Sag/ }).click();
  await page.getByRole('option', { name: /^KIK II – / }).click();
  await form.getByLabel('Søg efter nøgletal (valgfri)').fill('selvforsørg');
  await form.getByRole('button', { name: 'Vis nøgletal' }).click();

  const found = page.locator('.ac-adaptiveCard').filter({ hasText: 'passer til "selvforsørg"' }).last();
  await found.waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('figure-update-found')}`);
  await found.getByRole('combobox', { name: /^Nøgletal/ }).click();
  await page.getByRole('option', { name: 'KIK II: borgere selvforsørgende', exact: true }).click();
  await found.getByLabel('Periode').fill('sep 2018');
  await found.getByLabel('Værdi').fill('1.021');
  await found.getByRole('button', { name: 'Gem tallet' }).click();

  const saved = page.locator('.ac-adaptiveCard').filter({ hasText: 'Tallet er gemt' });
  await saved.waitFor({ timeout: 20_000 });
  expect(await saved.textContent()).toContain('1.021');
  console.log(`  ${await browser.screenshot('figure-update-saved')}`);

  const kpi = await (await fetch(`${product.apiUrl}/kpis/${SELF}`)).json();
  expect(kpi.figures).toEqual(expect.arrayContaining([expect.objectContaining({ period: '2018-09', kind: 'actual', value: 1021 })]));

  await ask(page, 'hvem ændrede');
  const which = page.locator('.ac-adaptiveCard').filter({ hasText: 'Hvilket nøgletal?' }).last();
  await which.getByRole('button', { name: 'KIK II: borgere selvforsørgende' }).click();
  await page.locator('.ac-adaptiveCard').filter({ hasText: 'Seneste ændringer af KIK II: borgere selvforsørgende' }).waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('figure-update-history')}`);
}, 180_000);
