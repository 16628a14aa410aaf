/**
 * A change asked in a follow-up: "er det steget i 2021?", "how much less is it in 2021?" after one figure is the same
 * series (measure, organisation, kind) at the period now named, set against the figure answered — never that
 * period's figure alone. After two answers, "hvor meget lavere er det?" and "growth in percent?" work on both.
 * Values: Aabenraa's budget (001): førtidspension 275.246 (2019), 275.202 (2020), 275.861 (2021) t.kr.; KIK II's
 * investment 19,7 (2019) and 9,2 (2021) mio. kr.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { conversation } = seededEngine();

describe('a change asked in a follow-up naming one new period', () => {
  it('"er det steget i 2021?" is the change from the period answered, with its working', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'er det steget i 2021?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 615, period: '2019--2021' });
    expect(a.figures.slice(1).map((x) => [x.period, x.value])).toEqual([
      ['2021', 275861],
      ['2019', 275246],
    ]);
    expect(a.text).toContain('275.861 − 275.246');
  });
  it('in English, "how much less" is the size of the fall; "by what percentage" the fall in per cent', async () => {
    const less = await conversation('How much does KIK II invest in 2019?', 'how much less is it in 2021?');
    expect(less.figures[0]).toMatchObject({ kind: 'change', value: 10.5, unit: 'mio. kr.' });
    const pct = await conversation('How much does KIK II invest in 2019?', 'by what percentage does it fall by 2021?');
    expect(pct.figures[0]).toMatchObject({ kind: 'percent-change', unit: 'percent' });
    expect(pct.figures[0]!.value).toBeCloseTo(53.3, 1);
  });
  it('a period without a figure is refused by name, not answered with another period', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og hvor meget mere i 2040?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('2040');
  });
  it('a plain "og i 2020?" is still that period\'s figure', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og i 2020?');
    expect(a.figures[0]).toMatchObject({ kind: 'budget', period: '2020', value: 275202 });
  });
});

describe('a comparison word after two answers of one series', () => {
  it('"hvor meget højere er det?" is the change between them', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og i 2021?', 'hvor meget højere er det?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 615 });
  });
  it('"growth in percent?" and "stigning i procent?" are the percentage change between them', async () => {
    const en = await conversation('How much does KIK II invest in 2019?', 'and in 2021?', 'growth in percent?');
    expect(en.figures[0]).toMatchObject({ kind: 'percent-change', period: '2019--2021' });
    const da = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og i 2021?', 'stigning i procent?');
    expect(da.figures[0]).toMatchObject({ kind: 'percent-change', period: '2019--2021' });
    expect(da.figures[0]!.value).toBeCloseTo((100 * 615) / 275246, 3);
  });
});
