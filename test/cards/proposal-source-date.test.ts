/** A proposal taken from a document shows the date the document gives it, not the loader's midnight. */
import { describe, expect, it } from 'vitest';
import { reviewCard } from '../../cards/review-card.js';
import { proposalCardData } from '../../functions/proposals/chat/views.js';
import { loadSeedEntities } from '../../functions/store/seed.js';

const button = { title: 'x', verb: 'x', data: {} } as never;

describe('seeded Herning proposals', () => {
  it('are dated 2016, as the document dates them, with no time of day', async () => {
    const { proposals } = await loadSeedEntities();
    const bic01 = proposals.find((p) => p.number === 'BIC 01')!;
    expect(bic01.sourceDate).toBe('2016');
    for (const lang of ['da', 'en'] as const) {
      const text = JSON.stringify(reviewCard({ lang, proposal: proposalCardData(bic01), reviewer: false, actions: { approve: button, reject: button, requestChanges: button, refresh: button }, refreshUserIds: [] }));
      expect(text).toContain('"2016"');
      expect(text).not.toMatch(/kl\. 01[.:]00|01:00/);
    }
  });
});
