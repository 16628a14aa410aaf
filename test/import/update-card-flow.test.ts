/**
 * The update card at the activity level: the real /api/messages function, a seeded embedded store and
 * the bot engineer's channel recorder standing in for Teams.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { figureId } from '../../functions/domain/model.js';
import { seed } from '../../functions/store/seed.js';
import { cardOf, cardTexts, CONVERSATIONS, message, submit, submitData, USER } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { KIK } from './support.js';

let bot: BotHarness;
let url: string;
beforeAll(async () => {
  bot = await startBot();
  await seed(bot.store);
  url = bot.channel.serviceUrl;
});
afterAll(() => bot.close());
beforeEach(() => bot.channel.clear());

const personal = CONVERSATIONS.personal.id;
const last = () => bot.channel.messages(personal).at(-1);
const SELF = `${KIK}.selvforsoergende`;
const idOf = (period: string) => figureId({ kpiId: SELF, orgId: 'aabenraa', kind: 'actual', period });

async function say(text: string, locale = 'da-DK') {
  bot.channel.clear();
  expect((await bot.post(message(url, text, { locale }))).status).toBe(200);
  return last();
}

async function press(values: Record<string, unknown>, locale = 'da-DK') {
  bot.channel.clear();
  expect((await bot.post(submit(url, values, { locale }))).status).toBe(200);
  return last();
}

/** The payload of the card's "Gem tallet" (its other button finds KPIs). */
const saveData = (card: any) => submitData(card).find((d) => d.verb === 'figure.update');

function inputsOf(card: any): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) out[n.id] = n;
    for (const k of ['body', 'items', 'columns']) if (n[k]) walk(n[k]);
  };
  walk(card.body);
  return out;
}

describe('opdater tal / update figures', () => {
  it('opens the card with the home organisation chosen and its KPIs to choose from', async () => {
    for (const [text, locale, title] of [['opdater tal', 'da-DK', 'Opdater et tal'], ['update figures', 'en-US', 'Update a figure']] as const) {
      const reply = await say(text, locale);
      const card = cardOf(reply);
      expect(cardTexts(reply)[0]).toBe(title);
      const inputs = inputsOf(card);
      expect(inputs.org.value).toBe('aabenraa');
      expect(inputs.kpi.choices.some((c: any) => c.value === SELF)).toBe(true);
      expect(submitData(card)).toEqual([{ verb: 'figure.find', lang: locale.slice(0, 2) }, { verb: 'figure.update', lang: locale.slice(0, 2) }]);
    }
  });

  it('shows validation errors on the card with the input kept, and saves nothing', async () => {
    const before = (await bot.store.figures.findAll({ partitionKey: SELF })).length;
    const reply = await press({ verb: 'figure.update', lang: 'da', org: 'aabenraa', kpi: SELF, kind: 'actual', period: 'snart', value: 'mange' });
    const inputs = inputsOf(cardOf(reply));
    expect([inputs.period.value, inputs.value.value, inputs.kpi.value]).toEqual(['snart', 'mange', SELF]);
    const texts = cardTexts(reply).join(' | ');
    expect(texts).toContain('"snart" er ikke en periode');
    expect(texts).toContain('"mange" er ikke et tal');
    expect((await bot.store.figures.findAll({ partitionKey: SELF })).length).toBe(before);
  });

  it('names a range that ends before it starts under its field, in Danish and English, and saves nothing', async () => {
    const before = (await bot.store.figures.findAll({ partitionKey: SELF })).length;
    const da = await press({ verb: 'figure.update', lang: 'da', org: 'aabenraa', kpi: SELF, kind: 'actual', period: 'aug 2017 -- sep 2016', value: '12' });
    expect(inputsOf(cardOf(da)).period.value).toBe('aug 2017 -- sep 2016');
    expect(cardTexts(da).join(' | ')).toContain('"aug 2017 -- sep 2016" slutter før den begynder; skriv den tidligste periode først');
    const en = await press({ verb: 'figure.update', lang: 'en', org: 'aabenraa', kpi: SELF, kind: 'actual', period: 'aug 2017 -- sep 2016', value: '12' }, 'en-US');
    expect(cardTexts(en).join(' | ')).toContain('"aug 2017 -- sep 2016" ends before it starts; write the earlier period first');
    expect((await bot.store.figures.findAll({ partitionKey: SELF })).length).toBe(before);
  });

  it('saves a new figure in Danish formats, audits it as the Teams user, and shows the goal status before → after', async () => {
    const reply = await press({ verb: 'figure.update', lang: 'da', org: 'aabenraa', case: KIK, kpi: SELF, kind: 'actual', period: 'sep 2018', value: '1.021' });
    const texts = cardTexts(reply).join(' | ');
    expect(texts).toContain('Tallet er gemt');
    expect(texts).toContain('1.021');
    expect(texts).toMatch(/Mål ".*": .+ → .+/);
    const stored = await bot.store.figures.get(idOf('2018-09'), SELF);
    expect(stored).toMatchObject({ value: 1021, updatedBy: { id: USER.aadObjectId, name: USER.name, kind: 'user' } });
    const [entry] = await bot.store.audit.findAll({ partitionKey: stored!.id });
    expect(entry).toMatchObject({ action: 'create', actor: { id: USER.aadObjectId }, after: { value: 1021 } });
  });

  it('asks before replacing an existing figure, then replaces it with the ETag the user saw', async () => {
    const values = { verb: 'figure.update', lang: 'en', org: 'aabenraa', kpi: SELF, kind: 'actual', period: '31-08-2018', value: '410' };
    const ask = await press(values, 'en-US');
    // A figure from the seed document has no time of day: the document's year, never '1 Jan 2018, 01:00'.
    expect(cardTexts(ask).join(' ')).toMatch(/already exists: 408 persons \(from the source document, 20\d\d\)/);
    const again = saveData(cardOf(ask));
    expect(again.expectedEtag).toBeTruthy();
    expect((await bot.store.figures.get(idOf('2018-08-31'), SELF))?.value).toBe(408);

    const done = await press({ ...values, ...again }, 'en-US');
    expect(cardTexts(done).join(' ')).toMatch(/Figure saved.*\*\*410 persons\*\* \(was 408 persons\)/);
    const audit = await bot.store.audit.findAll({ partitionKey: idOf('2018-08-31') });
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: { value: 408 }, after: { value: 410 } });
  });

  it('catches a concurrent edit by the ETag: nothing is saved and the card says who changed it', async () => {
    const values = { verb: 'figure.update', lang: 'da', org: 'aabenraa', kpi: SELF, kind: 'actual', period: '31-08-2018', value: '415' };
    const ask = await press(values);
    const again = saveData(cardOf(ask));
    // Somebody else saves the same figure first.
    const current = (await bot.store.figures.get(idOf('2018-08-31'), SELF))!;
    const { _etag, ...plain } = current;
    await bot.store.figures.replace({ ...plain, value: 420, updatedBy: { id: 'u-2', name: 'Anders', kind: 'user' } }, _etag);

    const reply = await press({ ...values, ...again });
    const texts = cardTexts(reply).join(' ');
    expect(texts).toMatch(/Nogen ændrede tallet.*420.*Anders.*Intet er gemt/);
    expect((await bot.store.figures.get(idOf('2018-08-31'), SELF))?.value).toBe(420);
    // The card offers the new version to overwrite knowingly.
    expect(saveData(cardOf(reply)).expectedEtag).not.toBe(again.expectedEtag);
  });

  it('answers "hvem ændrede …" with the KPI\'s recent history', async () => {
    const reply = await say('hvem ændrede KIK II selvforsørgende?');
    const texts = cardTexts(reply).join(' | ');
    expect(texts).toContain('Seneste ændringer af KIK II: borgere selvforsørgende');
    // Newest first; Anders wrote straight to the store in the test above, which no user path can do.
    expect(texts).toMatch(/Mette Jensen: faktisk 31\. august 2018: 408 personer → 410 personer \|.*Mette Jensen: faktisk september 2018: 1\.021 personer/);
  });

  it('lists a bounded number of KPIs and says how to find the others', async () => {
    const reply = await say('opdater tal');
    const kpis = inputsOf(cardOf(reply)).kpi.choices;
    const total = (await bot.store.kpis.findAll({ partitionKey: 'aabenraa' })).length;
    expect(total).toBeGreaterThan(kpis.length);
    expect(cardTexts(reply)).toContain(`Viser ${kpis.length} af ${total} nøgletal. Vælg en sag eller skriv et søgeord, og tryk "Vis nøgletal" for at finde de andre.`);
  });

  it('"Vis nøgletal" sends the card back with the KPIs of the chosen case that match the search, the input kept', async () => {
    const reply = await press({ verb: 'figure.find', lang: 'da', org: 'aabenraa', case: KIK, q: 'selvforsørg', period: 'sep 2018' });
    const inputs = inputsOf(cardOf(reply));
    const values = inputs.kpi.choices.map((c: any) => c.value);
    expect(values).toContain(SELF);
    expect(values.every((v: string) => v.startsWith(`${KIK}.`))).toBe(true);
    expect([inputs.case.value, inputs.q.value, inputs.period.value]).toEqual([KIK, 'selvforsørg', 'sep 2018']);
    expect(cardTexts(reply).join(' | ')).toMatch(new RegExp(`${values.length} nøgletal passer til "selvforsørg"`));
  });

  it('another organisation chosen: its own cases and KPIs, the previous case dropped', async () => {
    const reply = await press({ verb: 'figure.find', lang: 'en', org: 'viborg', case: KIK }, 'en-US');
    const inputs = inputsOf(cardOf(reply));
    expect(inputs.org.value).toBe('viborg');
    expect(inputs.case.value).toBeUndefined();
    expect(inputs.case.choices.every((c: any) => c.value.startsWith('viborg.'))).toBe(true);
    expect(inputs.kpi.choices.length).toBeGreaterThan(0);
    expect(inputs.kpi.choices.every((c: any) => c.value.startsWith('viborg.'))).toBe(true);
  });

  it('a value longer than the card allows is named under its field, the rest kept, nothing saved', async () => {
    const before = (await bot.store.figures.findAll({ partitionKey: SELF })).length;
    const reply = await press({ verb: 'figure.update', lang: 'da', org: 'aabenraa', kpi: SELF, period: 'sep 2018', value: '1'.repeat(61) });
    const inputs = inputsOf(cardOf(reply));
    expect([inputs.kpi.value, inputs.period.value, inputs.value.value]).toEqual([SELF, 'sep 2018', undefined]);
    expect(cardTexts(reply)).toContain('Højst 60 tegn');
    expect((await bot.store.figures.findAll({ partitionKey: SELF })).length).toBe(before);
  });

  it('a search that matches nothing says so', async () => {
    const reply = await press({ verb: 'figure.find', lang: 'da', org: 'aabenraa', q: 'zzzqqq' });
    expect(cardTexts(reply)).toContain('Ingen nøgletal passer til "zzzqqq". Prøv et andet ord, eller vælg en anden sag.');
  });
});
