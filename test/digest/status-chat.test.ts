import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../bot/activity.js';
import type { TurnInfo } from '../../bot/features.js';
import { digestFeatures } from '../../functions/digest/chat.js';
import { loadConfig } from '../../functions/config.js';
import type { Store } from '../../functions/store/store.js';
import { cardProblems } from '../cards/support/validate-card.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const turn = (lang: 'da' | 'en' = 'da'): TurnInfo => ({ lang, conversation: { id: 'conv-status', scope: 'personal' }, user: { id: 'user-1' } });
const features = () => digestFeatures({ store, config: { ...loadConfig({}), homeOrg: 'aabenraa' } }, () => new Date('2018-09-03T09:00:00Z'));
const texts = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));
/** The card's words, and that Teams would take it. */
function cardText(replies: Reply[]): string {
  const cards = replies.flatMap((r) => (r.kind === 'card' ? [r.card] : []));
  expect(cards).toHaveLength(1);
  expect(cardProblems(cards[0]!).validation).toEqual([]);
  return JSON.stringify(cards[0]);
}
const status = (args: string, lang: 'da' | 'en' = 'da') => features().showStatus(turn(lang), args);
const ask = (question: string, lang: 'da' | 'en' = 'da') => features().answerGoalQuestion(question, turn(lang));

describe('`status` with words after it', () => {
  it('"status KIK II": that case\'s goals alone, under a headline naming it and the day', async () => {
    const card = cardText(await status('KIK II'));
    expect(card).toContain('Målstatus for KIK II pr. 3. september 2018');
    expect(card).toContain('Mindst 26 borgere selvforsørgende');
    expect(card).toContain('Kontaktforløb på kontant- og uddannelseshjælp');
    expect(card).not.toContain('Cykelprojektet');
  });

  it('reads a case\'s code however it is spaced or padded, and its title', async () => {
    for (const args of ['kik ii', 'KIKII', 'Cykelprojektet Unge på toppen I+II', 'Fokus og moment']) {
      expect(texts(await status(args)), args).toEqual([]);
    }
    expect(cardText(await status('fokus og moment'))).toContain('125 borgere i ordinært job');
  });

  it('"status KIK II pr. 31.8.2018" and "status pr. 31. januar 2018": the status as it stood that day', async () => {
    const then = cardText(await status('KIK II pr. 31.8.2018'));
    expect(then).toContain('pr. 31. august 2018');
    expect(then).toContain('408');
    const before = cardText(await status('pr. 31. januar 2018'));
    expect(before).toContain('Målstatus for Aabenraa Kommune pr. 31. januar 2018');
    expect(before).not.toContain('408');
  });

  it('"status Viborg": another organisation\'s goals', async () => {
    const card = cardText(await status('Viborg'));
    expect(card).toContain('Målstatus for Viborg Kommune');
    expect(card).toContain('sager pr. sagsbehandler');
    expect(card).not.toContain('KIK');
  });

  it('a case or organisation without goals says so, and names those that have them', async () => {
    const [bic] = texts(await status('BIC 06'));
    expect(bic).toMatch(/^BIC 06 har ingen mål i Målbot/);
    expect(bic).toContain('KIK II');
    const [herning] = texts(await status('Herning', 'en'));
    expect(herning).toMatch(/^Herning Kommune has no goals in Målbot/);
    expect(herning).toContain('Viborg Kommune');
  });

  it('words that name nothing are quoted back with what can be named, in both languages', async () => {
    const [da] = texts(await status('i morgen tidlig'));
    expect(da).toContain('«morgen tidlig»');
    expect(da).toMatch(/Sager med mål: .*KIK II/);
    const [en] = texts(await status('Narnia', 'en'));
    expect(en).toContain('"Narnia"');
    expect(en).toMatch(/Organisations with goals: .*Aabenraa Kommune/);
  });

  it('a case of another organisation than the one named, or two organisations, cannot be read', async () => {
    expect(texts(await status('KIK II i Herning'))[0]).toContain('«KIK II Herning»');
    expect(texts(await status('Viborg og Herning'))[0]).toContain('«Viborg, Herning»');
  });
});

describe('goal questions in the user\'s words', () => {
  it('"Er vi på sporet med KIK II?" and "Is KIK II on track?" show KIK II\'s status', async () => {
    expect(cardText((await ask('Er vi på sporet med KIK II?'))!)).toContain('Målstatus for KIK II');
    expect(cardText((await ask('Is KIK II on track?', 'en'))!)).toContain('Goal status for KIK II as of 3 September 2018');
    expect(cardText((await ask('What was the status of KIK II goals?', 'en'))!)).toContain('Goal status for KIK II');
  });

  it('a goal named by its KPI shows that goal\'s line alone: target, deadline, figure and status', async () => {
    const card = cardText((await ask('Har vi nået målet for selvforsørgende i KIK II?'))!);
    expect(card).toContain('Mindst 26 borgere selvforsørgende pr. 31. januar 2019 – nået');
    expect(card).toContain('408 personer (31. august 2018) · mål 26 personer · frist 31. januar 2019');
    expect(card).not.toContain('1.117');
  });

  it('a figure question, even one about a goal\'s target, is left to the figure engine', async () => {
    for (const q of ['hvad er målet for selvforsørgende i KIK II?', 'KIK II besparelse 2021?', 'hvor mange var på kontanthjælp i august 2018?']) {
      expect(await ask(q), q).toBeUndefined();
    }
  });

  it('"how is X doing" about something that is no case, organisation or goal is a figure question after all', async () => {
    expect(await ask('Hvordan går det med ledigheden i Viborg?')).toBeUndefined();
  });

  it('"status på mine mål", "my goals", "vores egne mål": the conversation\'s own status, as plain "status"', async () => {
    const own = cardText(await status(''));
    expect(own).toContain('Aabenraa Kommune');
    for (const [q, lang] of [['Hvad er status på mine mål?', 'da'], ['hvad er status på vores egne mål', 'da'], ['What is the status of my goals?', 'en']] as const) {
      const replies = (await ask(q, lang))!;
      expect(texts(replies), q).toEqual([]);
      expect(cardText(replies), q).toContain(lang === 'da' ? 'Målstatus for Aabenraa Kommune' : 'Goal status for Aabenraa Kommune');
    }
  });

  it('a question worded about goals whose subject is unknown says which words it could not read', async () => {
    const [reply] = texts((await ask('Hvordan går det med målene for Narnia?'))!);
    expect(reply).toContain('«Narnia»');
  });

  it('"Hvilke mål er i fare?" shows only goals at risk or off track, or says there are none', async () => {
    const replies = (await ask('Which goals are at risk in Viborg?', 'en'))!;
    const [said] = texts(replies);
    // Neither Viborg goal can be judged (one has no target, the other only a figure of 2017): never "all is well".
    expect(said).toBe('None of the goals for Viborg Kommune is at risk or off track as of 3 September 2018. But 2 of the 2 goals cannot be judged: they lack recent figures, a target figure or a deadline.');
    expect(cardText(replies.filter((r) => r.kind === 'card'))).toContain('Goal status for Viborg Kommune as of 3 September 2018');
  });

  it('"Hvilke mål er i fare i KIK II?" when none is: says so, counting the goal that cannot be judged', async () => {
    const replies = (await ask('Hvilke mål er i fare i KIK II?'))!;
    expect(texts(replies)[0]).toMatch(/^Ingen af målene for KIK II er i fare eller ikke på sporet pr\. 3\. september 2018\. Men 1 af de 4 mål kan ikke vurderes/);
  });
});

describe('goals at risk', () => {
  let worse: Store;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ store: worse, cleanup: done } = await seededStore());
    // Had only 5 of KIK II's citizens become self-supporting by 31 August 2018, the trend from 0 in February would
    // fall far short of 26 by 31 January 2019.
    const [figure] = await worse.figures.findAll({ partitionKey: 'aabenraa.kik-ii.selvforsoergende', where: { kind: 'actual' } });
    await worse.figures.upsert({ ...figure!, value: 5 });
  }, 60_000);
  afterAll(() => done?.());

  it('"Which goals are at risk?" shows only those, each on the front of the card', async () => {
    const replies = (await digestFeatures({ store: worse, config: { ...loadConfig({}), homeOrg: 'aabenraa' } }, () => new Date('2018-09-03T09:00:00Z')).answerGoalQuestion('Which goals are at risk?', turn('en')))!;
    const card = cardText(replies);
    expect(card).toContain('Goal status for Aabenraa Kommune as of 3 September 2018');
    // The sub-goal, and the end goal it warns about (no figure of its own, so its status is the sub-goals' warning).
    expect(card).toContain('2 goals: 2 off track');
    expect(card).toContain('At least 26 citizens self-supporting by 31 January 2019 – off track');
    expect(card).toContain('down from 1,133 to 783 – off track by its sub-goals');
    expect(card).not.toContain('1,117');
  });
});
