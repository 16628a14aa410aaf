/**
 * No message text and no personal data in logs: a chat message, a card submit and a proposal carrying a
 * CPR number go through the real entry points (including paths that fail and log), and the captured
 * output — structured records, console, context logs — holds neither the number nor the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../functions/fixtures.js';
import { message, submit } from '../bot/support/activities.js';
import { startChannelRecorder, type ChannelRecorder } from '../bot/support/channel-recorder.js';
import { captureAllLogs, type LogCapture } from './support/log-capture.js';
import { startSecureApi, type SecureApi } from './support/secure-api.js';

const CPR = '010190-1234';
const WORD = 'Zebrafinke';
const SENTENCE = `Hvordan går det for borgeren ${CPR}, ${WORD}?`;

let api: SecureApi;
let channel: ChannelRecorder;
let logs: LogCapture;
beforeAll(async () => {
  logs = captureAllLogs();
  api = await startSecureApi({ onLog: (line) => logs.add(line) });
  await loadFixtures(api.store);
  channel = await startChannelRecorder();
});
afterAll(async () => {
  logs.stop();
  await channel.close();
  await api.close();
});

function expectClean(text: string) {
  expect(text).not.toContain(CPR);
  expect(text).not.toContain(CPR.replace('-', ''));
  expect(text).not.toContain(WORD);
}

describe('logs', () => {
  it('hold nothing of a chat message, a card submit or a proposal with a CPR number', async () => {
    expect((await api.call('POST', '/api/messages', { body: message(channel.serviceUrl, SENTENCE) })).status).toBe(200);
    expect((await api.call('POST', '/api/messages', { body: submit(channel.serviceUrl, { verb: 'proposal.submit', title: SENTENCE }) })).status).toBe(200);
    // A turn whose replies cannot be delivered: the failure path logs too.
    expect((await api.call('POST', '/api/messages', { body: message('http://127.0.0.1:9/', SENTENCE) })).status).toBeLessThan(500);
    const proposal = await api.call('POST', '/api/proposals', { body: { kind: 'quick-win', title: SENTENCE, description: SENTENCE } });
    expect(proposal.status).toBe(400);
    expectClean(JSON.stringify(proposal.body));
    expect((await api.call('POST', '/api/query', { body: { question: SENTENCE } })).status).toBeLessThan(500);

    const text = logs.text();
    // The capture works: the failed delivery was logged, with the ids that tie it to its request.
    expect(text).toMatch(/invocationId/);
    expect(text).toMatch(/error|fail/i);
    expectClean(text);
  });
});
