/**
 * A follow-up that computes on the figure just answered: one side of a share is "det" / "dem" / "that" / "them" and
 * the other is named now ("hvor stor en andel af udvalgets samlede budget er det?", "what share of them went into
 * ordinary work?"); the same series at the year before ("how much less is that than the year before?") or added up
 * over the years named ("og hvad giver det samlet for 2018-2020?"). Each answer shows its working: figures[0] the
 * result, then the operands. Sides that do not line up are refused, never replaced by a looked-up figure.
 * Values: Aabenraa's budget (001): førtidspension 274.778 (2018), 275.246 (2019), 275.202 (2020), 275.861 (2021);
 * integration og enkeltydelser 16.048 (2021); the committee's total 900.413 (2020), 915.847 (2021), all t.kr.;
 * Projekt Superb (notat til BIU-udvalget): 51 enrolled, 4 in ordinary work. BIC 07 (Herning): 337.417 kr. per IGU
 * pupil; Viborg: 67.772 kr. net per young person on education benefit; Ny indsats: 24 % into jobs.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { conversation } = seededEngine();

describe('a share whose one side is the figure just answered', () => {
  it('the part pointed back at, the whole named now, in the period answered (da)', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2020?', 'hvor stor en andel af Arbejdsmarkedsudvalgets samlede budget det år er det?');
    expect(a.figures[0]).toMatchObject({ kind: 'share', unit: 'percent', period: '2020' });
    expect(a.figures[0]!.value).toBeCloseTo((100 * 275202) / 900413, 4);
    expect(a.figures.slice(1).map((x) => [x.kpi, x.value])).toEqual([
      ['aabenraa.au-budget.foertidspension', 275202],
      ['aabenraa.au-budget.udvalget-i-alt', 900413],
    ]);
  });
  it('the same in English, the whole said short', async () => {
    const a = await conversation('What does Aabenraa budget for integration og enkeltydelser in 2021?', "what share of the committee's total budget is that?");
    expect(a.figures[0]).toMatchObject({ kind: 'share', period: '2021' });
    expect(a.figures[0]!.value).toBeCloseTo((100 * 16048) / 915847, 4);
  });
  it('the whole pointed back at ("of them", "af dem"), the part named now in the same case and period', async () => {
    const en = await conversation('How many citizens are attached to Projekt Superb?', 'what share of them went into ordinary work?');
    expect(en.figures[0]).toMatchObject({ kind: 'share', period: '2015' });
    expect(en.figures[0]!.value).toBeCloseTo((100 * 4) / 51, 4);
    expect(en.figures.slice(1).map((x) => x.value)).toEqual([4, 51]);
    const da = await conversation('Hvor mange borgere er tilknyttet Projekt Superb?', 'hvor stor en andel af dem er kommet i ordinært arbejde?');
    expect(da.figures[0]!.value).toBeCloseTo((100 * 4) / 51, 4);
  });
  it('a whole named for another period than the answer is refused, saying why', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'hvor stor en andel af udvalgets budget i 2021 er det?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('periode');
  });
  it('a count is no part of an amount: no number', async () => {
    const a = await conversation('Hvor mange borgere er tilknyttet Projekt Superb?', 'hvor stor en andel af Arbejdsmarkedsudvalgets samlede budget er det?');
    expect(a.figures).toEqual([]);
  });
  it('after a refusal, "det" is not the figure of an older turn', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og i 2040?', 'hvor stor en andel af Arbejdsmarkedsudvalgets samlede budget er det?');
    expect(a.figures.some((x) => x.value === 275246)).toBe(false);
  });
});

describe('the series just answered at another year, or over years', () => {
  it('"than the year before" is the change from the year before the one answered (en)', async () => {
    const a = await conversation('What does Aabenraa budget for førtidspension in 2021?', 'how much less is that than the year before?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 659, period: '2020--2021' });
    expect(a.figures.slice(1).map((x) => [x.period, x.value])).toEqual([
      ['2021', 275861],
      ['2020', 275202],
    ]);
  });
  it('"end året før" in Danish', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'hvor meget mere er det end året før?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 275246 - 274778, period: '2018--2019' });
  });
  it('"og hvad giver det samlet for 2018-2020?" adds up every year of the span', async () => {
    const a = await conversation('Hvad budgetterer Aabenraa til førtidspension i 2019?', 'og hvad giver det samlet for 2018-2020?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 274778 + 275246 + 275202, period: '2018--2020' });
    expect(a.figures.slice(1).map((x) => x.period)).toEqual(['2018', '2019', '2020']);
  });
  it('a span with a year not stored is refused naming the year, never the sum of the years there are', async () => {
    const a = await conversation('What does Aabenraa budget for førtidspension in 2019?', 'and in total for 2016-2020?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('2016');
  });
});

describe('the figure just answered times a number the question states', () => {
  it('an amount each times a count (da, en)', async () => {
    const da = await conversation('Hvad koster et IGU-forløb pr. elev i BIC 07?', 'hvad bliver det for de 4 elever?');
    expect(da.figures[0]).toMatchObject({ kind: 'product', value: 4 * 337417 });
    expect(da.figures.slice(1).map((x) => x.value)).toEqual([4, 337417]);
    const en = await conversation('What does a young person on education benefit cost Viborg net on average?', 'how much is that times the 250 recipients?');
    expect(en.figures[0]).toMatchObject({ kind: 'product', value: 250 * 67772 });
  });
  it('a share times a whole stated is heads, rounded and said as about', async () => {
    const a = await conversation('Hvor stor en andel af Ny Indsats-borgerne i Viborg gik i job på ordinære eller særlige vilkår?', 'hvor mange personer er det af de 200?');
    expect(a.figures[0]).toMatchObject({ kind: 'product', value: 48, unit: 'persons' });
  });
  it('a total amount times a number is no answer', async () => {
    const a = await conversation('Hvad er Aabenraas budget til kontanthjælp i 2019?', 'og for de 10 borgere?');
    expect(a.figures[0]?.kind).not.toBe('product');
  });
});

describe('a net after another line of the same case', () => {
  it('"nettoeffekten … efter driftsudgiften" is the saving less the operating cost of the case and year', async () => {
    const a = await conversation('Hvad er nettoeffekten i 2018 efter driftsudgiften i UE 09b?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 900, period: '2018' });
    expect(a.figures.slice(1).map((x) => x.kpi)).toEqual(['herning.ue-09b.sparet-forsoergelse', 'herning.ue-09b.driftsudgifter']);
  });
  it('after the saving was answered, "the net effect that year after the operating cost" takes the saving answered', async () => {
    const a = await conversation('How much does UE 09b save on benefits in 2019?', 'and the net effect that year after the operating cost?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 900, period: '2019' });
  });
});

describe('after two answers, the size asked', () => {
  it('"hvor stort er faldet?" of one series at two times is the fall, as a size', async () => {
    const a = await conversation('Hvor mange unge 18-29 år var på offentlig forsørgelse i Viborg i januar 2015?', 'og i september 2017?', 'hvor stort er faldet?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 90 });
  });
  it('"how big is the gap?" after two organisations is a size, "what is the gap?" keeps its sign', async () => {
    const big = await conversation("What is Viborg's activation rate for match groups 2 and 3?", 'and Skanderborg?', 'how big is the gap?');
    const plain = await conversation("What is Viborg's activation rate for match groups 2 and 3?", 'and Skanderborg?', "what's the gap?");
    expect(big.figures[0]!.value).toBe(Math.abs(plain.figures[0]!.value));
    expect(big.figures[0]!.value).toBeGreaterThan(0);
  });
  it('"hvor langt er der så til målet?" after a count and its plan is the distance, a size', async () => {
    const a = await conversation('Hvor mange borgere er tilknyttet Projekt Superb?', 'og hvor mange var planlagt?', 'hvor langt er der så til målet?');
    expect(a.figures[0]).toMatchObject({ value: 99 });
  });
});
