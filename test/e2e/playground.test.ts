/**
 * The product as a new user meets it: `npm start` (the same start code, its own process), the printed
 * address opened in headless Chromium, `hjælp` and `help` typed in the personal chat, and the bot added
 * to a team channel and @mentioned there. Screenshots are saved for people to look at.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { mock, postMentioningBot, send } from './support/playground.js';
import { startProduct, type RunningProduct } from './support/product.js';

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
}, 120_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !browser) return;
  // What the page showed and what the bot logged, for whoever reads the failure.
  console.log(`  failed at: ${await browser.screenshot(`failed-${task.name.replace(/\W+/g, '-').slice(0, 60)}`)}`);
  console.log(product.output().split('\n').slice(-12).join('\n'));
});

let browserClosed = false;

afterAll(async () => {
  if (!browserClosed) await browser?.close();
  await product?.stop();
  await product?.cleanup();
});

describe('npm start with the Agents Playground', () => {
  it('prints one line with the address to open', () => {
    expect(product.openUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(product.output().match(/^Målbot is ready: open /gm)).toHaveLength(1);
  });

  it('greets in the personal chat and answers "hjælp" with the Danish help card', async () => {
    const page = browser.page;
    await page.goto(product.openUrl);
    // The Playground installs the app in the personal chat when it opens: the welcome is the bot's first word.
    await expect.poll(() => page.getByText("Hi, I'm Målbot", { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await send(browser.page, 'hjælp');
    const help = page.getByText('Det kan Målbot', { exact: true });
    await help.waitFor({ timeout: 20_000 });
    expect(await page.getByText('Eksempler på spørgsmål', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Prøv et spørgsmål' }).count()).toBe(1);
    console.log(`  ${await browser.screenshot('personal-hjaelp')}`);
  });

  it('answers "help" in English', async () => {
    await send(browser.page, 'help');
    await browser.page.getByText('What Målbot can do', { exact: true }).waitFor({ timeout: 20_000 });
    console.log(`  ${await browser.screenshot('personal-help')}`);
  });

  it('answers a card button: "Help" on the English welcome card brings the English help card', async () => {
    const page = browser.page;
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await expect.poll(() => page.getByText('What Målbot can do', { exact: true }).count(), { timeout: 20_000 }).toBe(2);
    console.log(`  ${await browser.screenshot('personal-help-button')}`);
  });

  it('welcomes a team channel when the bot is added to it', async () => {
    const page = browser.page;
    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    // Opening the channel installs the app there (the Playground's own install): one welcome.
    const welcomes = page.getByText('Mention @Målbot in this channel to talk to me.');
    await expect.poll(() => welcomes.count(), { timeout: 20_000 }).toBe(1);
    // Removed and added again: the stored conversation is reactivated and the channel greeted anew —
    // in Danish, because the Playground's mocked activity carries no locale.
    await mock(browser.page, 'Remove application');
    await mock(browser.page, 'Add application');
    const welcomedAgain = page.getByText('Skriv til mig her i kanalen med @Målbot.');
    await welcomedAgain.waitFor({ timeout: 20_000 });
    // (The channel view renders only the posts in sight, so the first welcome is not counted here.)
    expect(await welcomedAgain.count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Kom med et forslag' }).count(), { timeout: 10_000 }).toBe(1);
    console.log(`  ${await browser.screenshot('channel-welcome')}`);
  }, 60_000);

  it('answers an @mention in the channel, with the mention stripped', async () => {
    await postMentioningBot(browser.page, 'help');
    await browser.page.getByText('In this conversation, mention me with @Målbot, e.g. "@Målbot help".', { exact: true }).waitFor({ timeout: 20_000 });
    console.log(`  ${await browser.screenshot('channel-help')}`);
  }, 60_000);

  it('kept every request from the page on this machine', () => {
    // The Playground's page asks for Office CDN fonts and scripts; they are aborted, and it works without them.
    expect(browser.blocked.every((url) => new URL(url).hostname.endsWith('.cdn.office.net'))).toBe(true);
  });

  it('stops everything it started when npm start alone is told to stop', async () => {
    browserClosed = true;
    await browser.close();
    // Only the start process gets the signal: the Playground must be stopped by it, not by the signal.
    await product.stop({ signal: 'SIGTERM', group: false });
    for (const url of [product.openUrl, `${product.apiUrl}/health`]) {
      await expect(fetch(url, { signal: AbortSignal.timeout(5000) }), url).rejects.toThrow();
    }
  });
});
