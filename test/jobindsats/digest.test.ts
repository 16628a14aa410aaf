/** The next digest after a Jobindsats run names it as the source of the new figures, and shows what they did. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestCard } from '../../cards/digest-card.js';
import { buildFromStore } from '../../functions/digest/build.js';
import { digestText } from '../../functions/digest/text.js';
import type { Subscription } from '../../functions/domain/model.js';
import { world, type World } from './support.js';

let w: World;
beforeEach(async () => (w = await world()));
afterEach(() => w.dispose());

function subscription(language: 'da' | 'en'): Subscription {
  return { id: `test.viborg.${language}`, conversationId: 'c-1', orgId: 'viborg', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language, active: true, createdBy: { id: 't' }, createdAt: '2026-01-01T00:00:00.000Z' };
}

describe('the digest after a Jobindsats run', () => {
  it('names Jobindsats as the source of the week\'s new figures, on the card and in the text, in both languages', async () => {
    const run = await w.run();
    const brought = run.plan.new.length + run.plan.changed.length;
    const da = await buildFromStore(w.store, subscription('da'), { asOf: '2026-12-07' });
    expect(da.view.sourceText).toMatch(new RegExp(`^Nye tal fra Jobindsats \\(api\\.jobindsats\\.dk\\) siden .*: ${brought} tal for 5 nøgletal`));
    expect(digestText(da.view)).toContain(`ℹ ${da.view.sourceText}`);
    expect(JSON.stringify(digestCard({ ...da.view, buttons: [] }))).toContain(da.view.sourceText);
    const en = await buildFromStore(w.store, subscription('en'), { asOf: '2026-12-07' });
    expect(en.view.sourceText).toMatch(new RegExp(`^New figures from Jobindsats \\(api\\.jobindsats\\.dk\\) since .*: ${brought} figures for 5 KPIs`));
    // Where each KPI now stands, by the newest figure Jobindsats brought for the municipality itself.
    expect(da.view.sourceText).toMatch(/Andel af de 18-29-årige på offentlig forsørgelse: 13,9 % \(november 2017\)/);
    expect(en.view.sourceText).toMatch(/on public support: 13\.9 ?% \(November 2017\)/);
  });

  it('counts from digest time to digest time: the 05:30 fetch is in that morning\'s 08:00 digest, not the next', async () => {
    const { runJobindsats } = await import('../../functions/jobindsats/index.js');
    await runJobindsats(w.store, w.client, w.mapping, { dryRun: false, at: '2026-12-07T04:30:00.000Z' });
    expect((await buildFromStore(w.store, subscription('da'), { asOf: '2026-12-07' })).view.sourceText).toMatch(/Jobindsats/);
    expect((await buildFromStore(w.store, subscription('da'), { asOf: '2026-12-14' })).view.sourceText).toBeUndefined();
  });

  it('says nothing about Jobindsats when it brought nothing that week', async () => {
    await w.run();
    const later = await buildFromStore(w.store, subscription('da'), { asOf: '2026-12-14' });
    expect(later.view.sourceText).toBeUndefined();
    expect(digestText(later.view)).not.toMatch(/Jobindsats/);
  });
});
