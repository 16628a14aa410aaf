/**
 * Chat with Målbot in the Playground without a screen: `npm run playground -- "hjælp" "status"` sends each
 * message in the personal chat (or, with --channel, @mentions the bot in My Team - General) and saves a
 * screenshot of the conversation after each answer. Prints the screenshot paths.
 */
import { parseArgs } from 'node:util';
import { ask, openPlayground, postMentioningBot } from './playground.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { channel: { type: 'boolean', default: false } } });
if (positionals.length === 0) {
  console.error('usage: npm run playground -- [--channel] "message" ["message" ...]');
  process.exit(2);
}
const playground = await openPlayground({ viewport: { width: 1280, height: 1600 } });
try {
  const { page, browser } = playground;
  if (values.channel) await page.getByRole('treeitem', { name: 'My Team - General' }).click();
  for (const [i, text] of positionals.entries()) {
    if (values.channel) await postMentioningBot(page, text);
    else await ask(page, text);
    // Cards draw after the message arrives; give them a moment before the picture is taken.
    await page.waitForTimeout(values.channel ? 3_000 : 1_000);
    console.log(await browser.screenshot(`chat-${i + 1}-${text.replace(/\W+/g, '-').slice(0, 40)}`));
  }
} finally {
  await playground.close();
}
