/**
 * Proposals at activity level, through the registered /api/messages function: Action.Execute invokes
 * answered in place, Action.Submit fallbacks, refresh per viewer, decisions by several reviewers, the
 * submitter's notice, lists and the dialog. Reviewers are configured; the review channel is a team channel.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { botAdded, CONVERSATIONS, installationUpdate, message, USER } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { actionsOf, dialogInvoke, errorUnder, execute, inputsOf, invokeCard, REVIEW_CHANNEL, REVIEWER, submitAs, textsOf } from './chat-support.js';

let bot: BotHarness;
const personal = CONVERSATIONS.personal.id;
const REVIEWER_2 = { id: '29:manager-2', name: 'Per Leder' };

beforeAll(async () => {
  bot = await startBot({ REVIEWER_IDS: `${REVIEWER.aadObjectId},${REVIEWER_2.id}`, REVIEW_CONVERSATION_ID: REVIEW_CHANNEL, HOME_ORG: 'herning' });
  await seed(bot.store);
  // The bot is in the managers' channel and in Mette's personal chat.
  await bot.post(botAdded(bot.channel.serviceUrl, { where: 'channel' }));
  await bot.post(installationUpdate(bot.channel.serviceUrl, 'add', { where: 'personal' }));
});
afterAll(() => bot.close());
beforeEach(() => bot.channel.clear());

async function openQuickWinForm() {
  const response = await bot.post(execute(bot.channel.serviceUrl, 'proposal.new', { kind: 'quick-win', lang: 'da' }));
  const form = invokeCard(response);
  const submit = actionsOf(form).find((a) => a.verb === 'proposal.submit')!;
  return { form, submitData: submit.data };
}

const quickWin = { orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Fælles booking af samtalerum', description: 'Ét system for alle rum.', estimatedYearlySaving: '1.600' };

describe('submitting', () => {
  it('opens a chooser on "forslag" and the quick-win form from its button', async () => {
    await bot.post(message(bot.channel.serviceUrl, 'forslag'));
    const [chooser] = bot.channel.messages(personal);
    expect(actionsOf(chooser.attachments[0].content).map((a) => a.verb)).toEqual(['proposal.new', 'proposal.new', 'proposal.dialog', 'proposal.list', 'proposal.list']);
    const { form, submitData } = await openQuickWinForm();
    expect(Object.keys(inputsOf(form))).toEqual(['title', 'description', 'expectedEffect', 'targetGroup', 'responsibleUnit', 'orgId', 'estimatedYearlySaving']);
    expect(inputsOf(form).orgId.value).toBe('herning');
    expect(submitData).toMatchObject({ verb: 'proposal.submit', kind: 'quick-win', lang: 'da', formId: expect.any(String) });
  });

  it('answers an invalid submit with the same form, the input kept and each error next to its field; nothing stored', async () => {
    const before = (await bot.store.proposals.findAll()).length;
    const { submitData } = await openQuickWinForm();
    const response = await bot.post(execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...quickWin, title: '', estimatedYearlySaving: '1.6oo' }));
    const again = invokeCard(response);
    const inputs = inputsOf(again);
    expect(inputs.description.value).toBe('Ét system for alle rum.');
    expect(inputs.estimatedYearlySaving.value).toBe('1.6oo');
    expect(errorUnder(again, 'estimatedYearlySaving')).toBe('Skriv et tal, fx 1.600, -281 eller 0,61.');
    expect(errorUnder(again, 'title')).toBe('Skal udfyldes.');
    expect(errorUnder(again, 'description')).toBeUndefined();
    expect(actionsOf(again).find((a) => a.verb === 'proposal.submit')!.data.formId).toBe(submitData.formId);
    expect((await bot.store.proposals.findAll()).length).toBe(before);
  });

  it('stores one proposal however often the same form is sent, confirms in place and posts one review card', async () => {
    const before = (await bot.store.proposals.findAll()).length;
    const { submitData } = await openQuickWinForm();
    const activity = execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...quickWin });
    const responses = await Promise.all([bot.post(activity), bot.post(activity)]);
    await bot.post(submitAs(bot.channel.serviceUrl, { ...submitData, ...quickWin }));
    for (const r of responses) expect(textsOf(invokeCard(r))[0]).toBe('Tak – dit forslag er modtaget');
    const all = await bot.store.proposals.findAll();
    expect(all.length).toBe(before + 1);
    const stored = all.find((p) => p.title === quickWin.title)!;
    expect(stored).toMatchObject({ status: 'in-review', submittedBy: { id: USER.id }, conversationId: personal });
    const posted = bot.channel.messages(REVIEW_CHANNEL);
    expect(posted).toHaveLength(1);
    const review = posted[0].attachments[0].content;
    expect(review.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'proposal.refresh', data: { proposalId: stored.id } }, userIds: [`8:orgid:${REVIEWER.aadObjectId}`, REVIEWER_2.id] });
    expect(actionsOf(review).filter((a) => a.type === 'Action.Execute').map((a) => a.data?.decision)).toEqual(['approve', 'reject', 'request-changes']);
    expect(actionsOf(review).filter((a) => a.type === 'Action.ShowCard').map((a) => a.title)).toEqual(['Afvis', 'Bed om ændringer']);
    expect(actionsOf(review).filter((a) => a.type === 'Action.Submit').map((a) => a.data.decision)).toEqual(['approve', 'reject', 'request-changes']);
  });

  it('refuses a CPR number with an explanation, blanks it from the kept input, stores and logs nothing of it', async () => {
    const output: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...a: unknown[]) => void output.push(a.map(String).join(' ')));
    const before = (await bot.store.proposals.findAll()).length;
    const { submitData } = await openQuickWinForm();
    const response = await bot.post(execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...quickWin, description: 'Borger 010190-1234 venter for længe' }));
    vi.restoreAllMocks();
    const again = invokeCard(response);
    expect(textsOf(again).some((t) => t.includes('CPR-nummer') && t.includes('intet er gemt'))).toBe(true);
    expect(inputsOf(again).description.value).toBe('Borger [CPR-nummer fjernet] venter for længe');
    expect(JSON.stringify(response.body)).not.toContain('010190');
    expect((await bot.store.proposals.findAll()).length).toBe(before);
    expect([...output, ...bot.logs].join('\n')).not.toContain('010190');
  });
});

describe('reviewing', () => {
  let proposalId: string;
  beforeAll(async () => {
    const { submitData } = await openQuickWinForm();
    await bot.post(execute(bot.channel.serviceUrl, 'proposal.submit', { ...submitData, ...quickWin, title: 'Idé til behandling' }));
    proposalId = (await bot.store.proposals.findAll()).find((p) => p.title === 'Idé til behandling')!.id;
  });

  it('shows reviewers the buttons on refresh and everyone else the status', async () => {
    const asReviewer = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.refresh', { proposalId, lang: 'da' }, { where: 'channel', from: REVIEWER })));
    const asStaff = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.refresh', { proposalId, lang: 'da' }, { where: 'channel' })));
    expect(actionsOf(asReviewer).some((a) => a.data?.decision === 'approve')).toBe(true);
    expect(actionsOf(asStaff)).toEqual([]);
    expect(textsOf(asStaff)).toContain('Til behandling. Venter på en beslutning.');
    // A refresh shows no typing indicator and sends nothing.
    expect(bot.channel.sent).toEqual([]);
  });

  it('refuses a non-reviewer politely and changes nothing', async () => {
    const before = await bot.store.proposals.get(proposalId, 'herning');
    const card = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId, decision: 'approve', lang: 'da' }, { where: 'channel' })));
    expect(textsOf(card)).toContain('Tak, men kun de ledere, der er udpeget til at behandle forslag, kan tage stilling. Intet er ændret.');
    expect(await bot.store.proposals.get(proposalId, 'herning')).toEqual(before);
  });

  it('needs a reason to reject, then records the first decision and tells the submitter; a second reviewer learns who decided', async () => {
    const noReason = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId, decision: 'reject', reason: ' ', lang: 'da' }, { where: 'channel', from: REVIEWER })));
    expect(textsOf(noReason)).toContain('Skriv en begrundelse for afvisningen.');
    expect((await bot.store.proposals.get(proposalId, 'herning'))!.status).toBe('in-review');

    const approved = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId, decision: 'approve', lang: 'da' }, { where: 'channel', from: REVIEWER })));
    expect(textsOf(approved)).toContain('Du har godkendt forslaget.');
    expect(actionsOf(approved).some((a) => a.data?.decision)).toBe(false);
    const notice = bot.channel.messages(personal);
    expect(notice).toHaveLength(1);
    expect(textsOf(notice[0].attachments[0].content)[0]).toBe('Dit forslag "Idé til behandling" er godkendt');

    const late = invokeCard(await bot.post(execute(bot.channel.serviceUrl, 'proposal.decide', { proposalId, decision: 'reject', reason: 'Nej', lang: 'da' }, { where: 'channel', from: REVIEWER_2 })));
    expect(textsOf(late).find((t) => t.startsWith('Forslaget er allerede godkendt af Lone Leder'))).toBeDefined();
    const stored = await bot.store.proposals.get(proposalId, 'herning');
    expect(stored!.decisions.map((d) => [d.decision, d.by.id])).toEqual([['approve', REVIEWER.id]]);
  });
});

describe('lists and the dialog', () => {
  it('answers "mine forslag" and "pending proposals" with paged list cards', async () => {
    await bot.post(message(bot.channel.serviceUrl, 'mine forslag'));
    await bot.post(message(bot.channel.serviceUrl, 'pending proposals'));
    const [mine, pending] = bot.channel.messages(personal).map((m) => m.attachments[0].content);
    expect(textsOf(mine)[0]).toBe('Mine forslag');
    expect(textsOf(pending)[0]).toBe('Pending proposals');
    expect(textsOf(pending)[1]).toMatch(/^3\d proposals · page 1 of \d$/);
    const next = actionsOf(pending).find((a) => a.title === 'Next')!;
    const page2 = invokeCard(await bot.post(execute(bot.channel.serviceUrl, next.verb!, next.data)));
    expect(textsOf(page2)[1]).toMatch(/page 2 of/);
  });

  it('opens the priority form as a dialog and submits it: a typo comes back in the dialog, the fix closes it', async () => {
    const opened = await bot.post(dialogInvoke(bot.channel.serviceUrl, 'task/fetch', { verb: 'proposal.dialog', kind: 'priority', lang: 'da', msteams: { type: 'task/fetch' } }));
    expect(opened.body.task).toMatchObject({ type: 'continue', value: { title: 'Prioriteringsforslag' } });
    const form = opened.body.task.value.card.content;
    const submit = actionsOf(form).find((a) => a.type === 'Action.Submit' && a.data.verb === 'proposal.dialog')!;
    const fields = { ...submit.data, orgId: 'herning', responsibleUnit: 'BIC', title: 'Dialogforslag', plannedAction: 'Gør det', 'economy.0.year': '2027', 'economy.0.operatingCostChange': '37S' };
    const typo = await bot.post(dialogInvoke(bot.channel.serviceUrl, 'task/submit', fields));
    expect(typo.body.task.type).toBe('continue');
    expect(textsOf(typo.body.task.value.card.content)).toContain('Ændring i driftsudgift: Skriv et tal, fx 1.600, -281 eller 0,61.');
    const fixed = await bot.post(dialogInvoke(bot.channel.serviceUrl, 'task/submit', { ...fields, 'economy.0.operatingCostChange': '375' }));
    expect(fixed.body?.task).toBeUndefined();
    const stored = (await bot.store.proposals.findAll()).find((p) => p.title === 'Dialogforslag');
    expect(stored).toMatchObject({ number: 'BIC 08', economy: [{ year: 2027, operatingCostChange: 375 }] });
    expect(textsOf(bot.channel.messages(personal)[0].attachments[0].content)[0]).toBe('Tak – dit forslag er modtaget');
  });
});
