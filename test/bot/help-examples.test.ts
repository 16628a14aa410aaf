/**
 * Help that works: every example question on the help card and the welcome card, in both languages, is
 * asked the way a person asks it (typed as a chat message through the real /api/messages function, and
 * by the card's "try a question" button) and must get what it promises — a figure with its source, or a
 * case's goal status card — never "Intet tal", "Hvad mener du?" or "Det har jeg ikke et tal for". The help
 * card lists `opdater tal` and `hvem ændrede`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { botAdded, cardOf, cardTexts, CONVERSATIONS, message, submit, submitData } from './support/activities.js';
import { startBot, type BotHarness } from './support/bot-harness.js';

let bot: BotHarness;
let url: string;
beforeAll(async () => {
  bot = await startBot();
  await seed(bot.store);
  url = bot.channel.serviceUrl;
}, 60_000);
afterAll(() => bot.close());

const LOCALE = { da: 'da-DK', en: 'en-US' } as const;
async function send(activity: unknown, where: keyof typeof CONVERSATIONS = 'personal') {
  bot.channel.clear();
  expect((await bot.post(activity)).status).toBe(200);
  return bot.channel.messages(CONVERSATIONS[where].id).at(-1);
}

const HELP = {
  da: { word: 'hjælp', commands: ['opdater tal', 'hvem ændrede'], examples: 'Eksempler på spørgsmål', source: 'Kilde', period: 'Periode', refusals: ['Intet tal', 'Hvad mener du?', 'Det har jeg ikke', 'Jeg har ingen tal'] },
  en: { word: 'help', commands: ['update figures', 'who changed'], examples: 'Example questions', source: 'Source', period: 'Period', refusals: ['No figure', 'What do you mean?', 'I have no figure', 'I have no figures'] },
} as const;

/** The examples under the help card's heading: the bullets. */
function helpExamples(texts: string[], lang: 'da' | 'en'): string[] {
  return texts.slice(texts.indexOf(HELP[lang].examples) + 1).filter((t) => t.startsWith('• ')).map((t) => t.slice(2));
}

/**
 * A question about how a case is doing promises the case's goal status card (functions/digest/status-chat.ts): its
 * headline names the case, and each goal its status. Any other example promises a figure with its source.
 */
function expectKept(question: string, answer: string[], lang: 'da' | 'en') {
  const all = answer.join(' | ');
  if (/går det med|is .+ doing/i.test(question)) {
    expect(answer[0], `"${question}" shows no goal status`).toMatch(lang === 'da' ? /^Målstatus for KIK II pr\. / : /^Goal status for KIK II as of /);
    expect(all).toMatch(lang === 'da' ? / – (nået|på sporet|i fare|ikke på sporet|uden nye tal)/ : / – (achieved|on track|at risk|off track|without recent figures)/);
    return;
  }
  for (const refusal of HELP[lang].refusals) expect(all, `"${question}" got: ${all.slice(0, 300)}`).not.toContain(refusal);
  expect(answer, `"${question}" names no source`).toContain(HELP[lang].source);
  // An answer card: the measure, then its value, then organisation, period, kind and source as facts.
  expect(answer[1], `"${question}" gives no figure`).toMatch(/^(DKK )?-?\d/);
  const period = answer[answer.indexOf(HELP[lang].period) + 1] ?? '';
  expect(question, `"${question}" was answered for ${period}`).toContain(period.match(/\d{4}/)?.[0] ?? 'a period');
}

describe.each(['da', 'en'] as const)('help in %s', (lang) => {
  let texts: string[] = [];
  beforeAll(async () => {
    texts = cardTexts(await send(message(url, HELP[lang].word, { locale: LOCALE[lang] })));
  });

  it('lists updating figures and their history among the commands', () => {
    for (const command of HELP[lang].commands) expect(texts).toContain(command);
  });

  it('has examples, each answered as it promises when typed in the chat', async () => {
    const examples = helpExamples(texts, lang);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const question of examples) expectKept(question, cardTexts(await send(message(url, question, { locale: LOCALE[lang] }))), lang);
  });

  it("has a button that asks the first example, answered as it promises", async () => {
    const reply = await send(message(url, HELP[lang].word, { locale: LOCALE[lang] }));
    const askButton = submitData(cardOf(reply)).find((d) => d.verb === 'ask');
    expect(askButton.question).toBe(helpExamples(texts, lang)[0]);
    expectKept(askButton.question, cardTexts(await send(submit(url, askButton, { locale: LOCALE[lang] }))), lang);
  });
});

// Each language is welcomed in a conversation of its own: a conversation is welcomed once.
describe.each([['da', 'groupChat'], ['en', 'channel']] as const)('the welcome card in %s', (lang, where) => {
  it('has an example in its text and a button to try one, both answered as they promise', async () => {
    const welcome = await send(botAdded(url, { locale: LOCALE[lang], where }), where);
    const quoted = cardTexts(welcome).flatMap((t) => [...t.matchAll(/"([^"]+\?)"/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    for (const question of quoted) expectKept(question, cardTexts(await send(message(url, question, { locale: LOCALE[lang] }))), lang);
    const askButton = submitData(cardOf(welcome)).find((d) => d.verb === 'ask');
    expectKept(askButton.question, cardTexts(await send(submit(url, askButton, { locale: LOCALE[lang] }))), lang);
  });
});
