/**
 * A quick win from idea to decision in the Agents Playground, as a person would do it: `idea`, the
 * quick-win form filled in (first with a typo in the saving), submitted, the confirmation in place of the
 * form; then, as a reviewer (a local trial: everyone reviews, and the review card arrives in the same
 * chat), Approve — and the review card changes to the decision, and the submitter is told.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { send } from './support/playground.js';
import { startProduct, type RunningProduct } from './support/product.js';

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser({ viewport: { width: 1400, height: 1400 } });
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
}, 120_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !browser) return;
  console.log(`  failed at: ${await browser.screenshot(`proposals-failed-${task.name.replace(/\W+/g, '-').slice(0, 50)}`)}`);
  console.log(product.output().split('\n').slice(-15).join('\n'));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const TITLE = 'Shared booking of meeting rooms';

it('submits a quick win from the form and shows the confirmation in its place', async () => {
  const page = browser.page;
  await page.goto(product.openUrl);
  await expect.poll(() => page.getByText("Hi, I'm Målbot", { exact: true }).count(), { timeout: 20_000 }).toBe(1);
  await send(browser.page, 'idea');
  await page.getByText('What would you like to send?', { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Quick win', exact: true }).click();
  const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'An idea that can make a difference quickly' });
  await form.waitFor({ timeout: 20_000 });
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Description').fill('One booking system for every meeting room, so citizens do not wait.');
  await form.getByLabel('Responsible unit').fill('Jobcentret');
  await form.getByLabel('Estimated saving a year (DKK 1,000)').fill('1.6oo');
  await form.getByRole('button', { name: 'Submit proposal' }).click();
  // The typo is caught before anything is stored: the card says what is wrong, next to the field.
  await form.getByText('Write a number, e.g. 1.600, -281 or 0,61.').first().waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('proposal-quick-win-typo')}`);
  await form.getByLabel('Estimated saving a year (DKK 1,000)').fill('1.600');
  await form.getByRole('button', { name: 'Submit proposal' }).click();
  await page.getByText('Thank you – your proposal is received', { exact: true }).waitFor({ timeout: 20_000 });
  // The form itself is gone: the confirmation took its place.
  expect(await page.getByText('Do not write CPR numbers', { exact: false }).count()).toBe(0);
  console.log(`  ${await browser.screenshot('proposal-quick-win-confirmed')}`);

  const listed = await (await fetch(`${product.apiUrl}/proposals?kind=quick-win`)).json();
  expect(listed.items).toEqual([expect.objectContaining({ title: TITLE, estimatedYearlySaving: 1600, status: 'in-review' })]);
}, 90_000);

it('lets a reviewer approve it: the review card updates and the submitter is told', async () => {
  const page = browser.page;
  const review = page.locator('.ac-adaptiveCard').filter({ hasText: 'Waiting for a decision.' }).filter({ hasText: TITLE });
  await review.waitFor({ timeout: 20_000 });
  await review.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByText('You approved the proposal.', { exact: true }).waitFor({ timeout: 20_000 });
  const decided = page.locator('.ac-adaptiveCard').filter({ hasText: 'You approved the proposal.' });
  expect(await decided.getByText(/^Approved by Alex Wilber, /).count()).toBe(1);
  expect(await decided.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
  await page.getByText(`Your proposal "${TITLE}" is approved`, { exact: true }).waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('proposal-quick-win-approved')}`);

  const listed = await (await fetch(`${product.apiUrl}/proposals?kind=quick-win`)).json();
  expect(listed.items[0]).toMatchObject({ status: 'approved', decisions: [{ decision: 'approve' }] });
}, 90_000);

it('takes a full priority proposal for Herning: a typo in the economy is flagged, the fix is numbered BIC 08', async () => {
  const page = browser.page;
  await send(browser.page, 'idea priority');
  const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'As on the priority proposal form.' });
  await form.waitFor({ timeout: 20_000 });
  await form.getByLabel('Responsible unit').fill('BIC');
  await form.getByRole('combobox', { name: 'Municipality' }).click();
  await page.getByRole('option', { name: 'Herning Kommune' }).click();
  await form.getByLabel('Title').fill('More work placements');
  await form.getByRole('checkbox', { name: 'Early' }).check();
  await form.getByRole('radio', { name: 'Investment' }).check();
  await form.getByLabel('Operating cost', { exact: true }).first().fill('375');
  await form.getByLabel('Benefit saving', { exact: true }).first().fill('1.161');
  await form.getByLabel('Positions', { exact: true }).first().fill('0,6l');
  await form.getByLabel('What we will do').fill('Two job consultants find placements.');
  await form.getByLabel('Success criterion').fill('12 more citizens in work a year');
  await form.getByRole('button', { name: 'Submit proposal' }).click();
  await form.getByText('Write a number, e.g. 1.600, -281 or 0,61.').first().waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('proposal-priority-typo')}`);
  await form.getByLabel('Positions', { exact: true }).first().fill('0,61');
  await form.getByRole('button', { name: 'Submit proposal' }).click();
  await page.getByText('Priority proposal: "More work placements"', { exact: true }).waitFor({ timeout: 20_000 });
  console.log(`  ${await browser.screenshot('proposal-priority-confirmed')}`);
  const listed = await (await fetch(`${product.apiUrl}/proposals?org=herning&kind=priority&status=in-review`)).json();
  expect(listed.items).toEqual([
    expect.objectContaining({ number: 'BIC 08', effortTypes: ['tidlig'], approach: 'investering', economy: [{ year: new Date().getUTCFullYear() + 1, operatingCostChange: 375, benefitSaving: 1161, staffChange: 0.61 }] }),
  ]);
}, 90_000);
