/**
 * A question with no period, of a measure stored as yearly columns beside their "I alt" (001 Aabenraa, KIK II:
 * Økonomien i investeringen): the total is meant, not the newest part-year. A measure without such a total
 * still answers its newest figure.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('no period asked', () => {
  it('a total column beside its years answers: KIK II investment 60,6 mio. kr. for June 2018 – May 2022', async () => {
    const a = await ask('Hvor meget investerer byrådet i KIK II?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.investering', value: 60.6, period: '2018-06--2022-05' });
  });
  it('a named year still gets that year', async () => {
    const a = await ask('Hvor meget investerer byrådet i KIK II i 2020?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.investering', period: '2020' });
  });
  it('a span beside a single other figure is no total of parts: the newest figure answers', async () => {
    const a = await ask("What was the real difference in full-time persons for Viborg's young people?");
    // (A stored difference asked as one is its size, as the document writes it: "en reel forskel på 230".)
    expect(a.figures[0]).toMatchObject({ value: 230, period: '2017-09' });
  });
  it('a monthly series without a total answers its newest month', async () => {
    const a = await ask('Hvor mange unge 18-29-årige fuldtidspersoner var på offentlig forsørgelse i Viborg?');
    expect(a.figures[0]).toMatchObject({ value: 1869, period: '2017-09' });
  });
});
