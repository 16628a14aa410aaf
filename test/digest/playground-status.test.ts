/**
 * `status` in the Agents Playground: the digest card renders with its trend picture (a PNG the card
 * carries). Starts `npm start` and headless Chromium (the bot engineer's e2e helpers); the
 * screenshot is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, type Browser } from '../e2e/support/browser.js';
import { send } from '../e2e/support/playground.js';
import { startProduct, type RunningProduct } from '../e2e/support/product.js';

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser({ viewport: { width: 1280, height: 1600 } });
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('status in the Playground', () => {
  it('shows the digest card with a trend picture', async () => {
    const page = browser.page;
    await page.goto(product.openUrl);
    await expect.poll(() => page.getByText("Hi, I'm Målbot", { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await send(page, 'status');
    // "status" is a word of both languages, so the bot answers in Danish whatever the Playground's en-US says.
    await page.getByText(/^(Ugens mål for|This week's goals for) Aabenraa Kommune/).first().waitFor({ timeout: 30_000 });
    // The trend is a small PNG (the digest card's own picture, so every Teams client draws it alike); goals
    // past the first screen sit behind "Vis alle mål", so the picture may be attached but hidden.
    const picture = page.locator('img[src^="data:image/png"]').first();
    await picture.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The Playground's chat has no weekly digest: the card offers one instead of a pause.
    expect(await page.getByRole('button', { name: /^(Abonnér på ugestatus|Subscribe to weekly status)$/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^(Sæt på pause|Pause the digest)$/ }).count()).toBe(0);
    console.log(`  ${await browser.screenshot('digest-status')}`);
  }, 90_000);

  it('"status pr. 3. september 2018" celebrates KIK II\'s self-supporting citizens, in Danish, with the trend picture', async () => {
    const page = browser.page;
    await send(page, 'status pr. 3. september 2018');
    const heading = page.getByText('Værd at fejre', { exact: true });
    await heading.waitFor({ timeout: 30_000 });
    // The card of today's status (the test before) has no 2018 figures; this one celebrates them.
    await expect.poll(() => page.getByText(/selvforsørgende.*408 personer/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await heading.scrollIntoViewIfNeeded();
    expect(await page.locator('img[src^="data:image/png"]').count()).toBeGreaterThan(0);
    console.log(`  ${await browser.screenshot('digest-status-celebration')}`);
  }, 90_000);
});
