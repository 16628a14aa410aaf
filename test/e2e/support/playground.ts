/**
 * Målbot in the Agents Playground in headless Chromium, for tests and for people trying the bot by hand:
 * `npm start` in its own process, the printed address opened, and the chat actions a person takes.
 * `npm run playground -- "hjælp" "status"` (./chat.ts) sends messages and saves a screenshot of each answer.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser.js';
import { startProduct, type RunningProduct } from './product.js';

/** A message in the open chat, typed into the compose box and sent with Enter. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[role=textbox][contenteditable=true]');
  await box.click();
  await box.pressSequentially(text);
  await page.keyboard.press('Enter');
}

/** The bot's messages carry an author line; a person's own do not. */
const botMessages = (page: Page) => page.locator('[aria-label="Message author"]');

/** Sends a message and waits until the bot has answered with a new message. */
export async function ask(page: Page, text: string, timeoutMs = 30_000): Promise<void> {
  const before = await botMessages(page).count();
  await send(page, text);
  await botMessages(page).nth(before).waitFor({ timeout: timeoutMs });
}

/** A new channel post that @mentions the bot, picked from the mention list as a person would. */
export async function postMentioningBot(page: Page, text: string): Promise<void> {
  await page.getByRole('group').filter({ hasText: 'Start a new post' }).getByRole('textbox').click();
  await page.keyboard.type('@Test');
  await page.getByRole('menuitem').getByText('Test Bot').click();
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

/** One of the Playground's "Mock an Activity" entries, sent as the Playground prepares it. */
export async function mock(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Mock an Activity' }).click();
  await page.getByRole('menuitem').getByText(item, { exact: true }).click();
  await page.getByRole('button', { name: 'Send activity' }).click();
}

export interface Playground {
  product: RunningProduct;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** `npm start` and the browser, with the personal chat open and the bot's welcome shown. */
export async function openPlayground(options: { viewport?: { width: number; height: number } } = {}): Promise<Playground> {
  const product = await startProduct();
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await product.stop();
    await product.cleanup();
  };
  try {
    browser = await launchBrowser(options);
    await browser.page.goto(product.openUrl);
    // The Playground installs the app in the personal chat when it opens: the welcome is the bot's first word.
    await botMessages(browser.page).first().waitFor({ timeout: 30_000 });
    return { product, browser, page: browser.page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
