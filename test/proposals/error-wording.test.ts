/**
 * Errors from the store and the proposal service reach a chat in the chat's language. Their messages are
 * English (logs, the API's problem details); before, a Danish chat was shown exactly that English text.
 * Now the error carries a reason, and the one place an error becomes a chat reply (bot/turn.ts) words it
 * from the table in functions/domain/error-wording.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorReply } from '../../bot/turn.js';
import { ERROR_WORDING } from '../../functions/domain/error-wording.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, submitProposal } from '../../functions/proposals/index.js';
import { interceptedStore } from '../faults/support/intercepted-store.js';
import { openFixture, MANAGER, PRIORITY, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => {
  f = await openFixture();
});
afterEach(() => f.close());

function chatText(error: unknown, lang: 'da' | 'en'): string {
  const { reply } = errorReply(error, lang);
  if (reply.kind !== 'text') throw new Error(`expected a text reply, got ${reply.kind}`);
  return reply.text;
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('store and proposal errors in a chat', () => {
  it('a stale write is told in Danish to a Danish chat and in English to an English one', async () => {
    const org = (await f.store.organisations.get('herning', 'herning'))!;
    const { _etag, ...content } = org;
    await f.store.organisations.replace({ ...content, name: 'Herning' }, _etag);
    const stale = await caught(f.store.organisations.replace({ ...content, name: 'Herning igen' }, _etag));

    expect(chatText(stale, 'da')).toBe(ERROR_WORDING['store.stale'].da({}));
    expect(chatText(stale, 'en')).toBe(ERROR_WORDING['store.stale'].en({}));
    expect(chatText(stale, 'da')).not.toContain(stale.message);
  });

  it('a decision that keeps meeting newer versions is told in Danish, naming the proposal', async () => {
    const submitted = await submitProposal(f.ctx, PRIORITY, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-wording', STAFF.id) });
    if (submitted.kind !== 'created') throw new Error(submitted.kind);
    const id = submitted.proposal.id;
    // Every attempt of the decision meets a rival write first.
    const faults = interceptedStore(f.store);
    const rival = async () => {
      const current = (await f.store.proposals.get(id, 'herning'))!;
      const { _etag, ...content } = current;
      await f.store.proposals.replace({ ...content, title: `${content.title}.` }, _etag);
      faults.intercept('proposals', 'replace', rival);
    };
    faults.intercept('proposals', 'replace', rival);
    const error = await caught(decideProposal({ ...f.ctx, store: faults.store }, id, { decision: 'approve', comment: 'Godkendt' }, { person: MANAGER, lang: 'da' }));

    const da = chatText(error, 'da');
    expect(da).toContain(id);
    expect(da).toMatch(/Forslaget .* blev ved med at blive ændret/);
    expect(chatText(error, 'en')).toMatch(/kept being changed/);
  });

  it('every reason has its words in both languages, and they differ', () => {
    for (const [code, words] of Object.entries(ERROR_WORDING)) {
      const params = { id: 'herning.forslag-1', last: 'BIC 99' };
      expect(words.da(params), code).not.toBe('');
      expect(words.da(params), code).not.toBe(words.en(params));
    }
  });
});
