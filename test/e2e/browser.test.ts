/**
 * The test browser as a fresh machine gets it from `npm ci`: it starts, renders the status emoji with a
 * colour emoji font (as Teams does) rather than empty boxes, and keeps requests on this machine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 400, height: 100 } });
});
afterAll(async () => browser?.close());

it('draws 🟢 and ✅ with Noto Color Emoji', async () => {
  await browser.page.setContent('<p id="status" style="font: 20px sans-serif">Mål 🟢 ✅</p>');
  const cdp = await browser.context.newCDPSession(browser.page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#status' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.find((font) => font.familyName === 'Noto Color Emoji')?.glyphCount).toBe(2);
});

it('aborts requests that leave the machine', async () => {
  await browser.page.setContent('<img src="https://example.com/pixel.png">');
  await expect.poll(() => browser.blocked).toContain('https://example.com/pixel.png');
});
