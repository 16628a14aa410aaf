/**
 * Headless Chromium for end-to-end tests, driven by playwright-core: the Chromium that @sparticuz/chromium
 * ships inside its npm package (so `npm ci` is all a fresh machine needs), or CHROMIUM_PATH if set. Every
 * request that is not to this machine is aborted (the tests must not depend on, or leak to, the network).
 * Screenshots go to test-results/screenshots/.
 */
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import lockfile from 'proper-lockfile';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page } from 'playwright-core';
import { woffToSfnt } from './woff.js';

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests that were aborted because they left the machine. */
  blocked: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * The packaged Chromium, unpacked once per machine (to the temp folder, ~200 MB, a few seconds). Test files
 * run in parallel processes, and two of them unpacking at once would launch a half-written binary, so the
 * unpacking is serialised with a lock.
 */
async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const release = await lockfile.lock(path.join(tmpdir(), 'maalbot-chromium-unpack'), {
    realpath: false,
    stale: 120_000,
    retries: { retries: 240, minTimeout: 250, maxTimeout: 500 },
  });
  try {
    return await sparticuz.executablePath();
  } finally {
    await release();
  }
}

/**
 * A fontconfig file that adds Noto Color Emoji (from @fontsource, unpacked from WOFF) and the Open Sans that
 * @sparticuz/chromium unpacks to the machine's fonts, so text renders on a machine with no fonts and 🟢/✅ in
 * screenshots look as they do in Teams instead of empty boxes. Passed to the browser as FONTCONFIG_FILE; the
 * machine's own configuration is included when there is one.
 */
async function fontConfig(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-fonts-'));
  const emoji = createRequire(import.meta.url).resolve('@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff');
  await writeFile(path.join(dir, 'NotoColorEmoji.ttf'), woffToSfnt(await readFile(emoji)));
  const file = path.join(dir, 'fonts.conf');
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}</dir>
  <dir>${path.join(tmpdir(), 'fonts')}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return dir;
}

export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  const fonts = await fontConfig();
  let browser: PlaywrightBrowser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      // @sparticuz/chromium's flags (single process, no sandbox or zygote) are the ones its build is made for.
      args: [...sparticuz.args, '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, FONTCONFIG_FILE: path.join(fonts, 'fonts.conf') },
    });
  } catch (error) {
    await rm(fonts, { recursive: true, force: true });
    throw error;
  }
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, locale: 'da-DK' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopbackUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    blocked,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await rm(fonts, { recursive: true, force: true });
    },
  };
}
