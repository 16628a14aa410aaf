import { describe, expect, it } from 'vitest';
import { parsePeriods } from '../../../functions/domain/query/period-parse.js';
import { fold } from '../../../functions/domain/query/text.js';

const periods = (q: string) => parsePeriods(fold(q)).periods;

describe('parsePeriods', () => {
  it.each([
    ['august 2018', '2018-08'],
    ['i sept. 2017', '2017-09'],
    ['sep 2017', '2017-09'],
    ["i sept. '17", '2017-09'],
    ["in August '18", '2018-08'],
    ['in Oct 2016', '2016-10'],
    ['pr. 31. august 2018', '2018-08-31'],
    ['on 31 August 2018', '2018-08-31'],
    ['August 31, 2018', '2018-08-31'],
    ['pr. 31.05.2018', '2018-05-31'],
    ['pr 31/8 2018', '2018-08-31'],
    ['1. kvartal 2016', '2016-Q1'],
    ['første kvartal 2016', '2016-Q1'],
    ['Q1 2015', '2015-Q1'],
    ['2015 Q4', '2015-Q4'],
    ['first quarter of 2016', '2016-Q1'],
    ['2. halvår 2015', '2015-H2'],
    ['H1 2016', '2016-H1'],
    ['ultimo 2017', '2017-12'],
    ['ved udgangen af 2020', '2020-12'],
    ['end of 2022', '2022-12'],
    ['primo 2017', '2017-01'],
    ['i 2019', '2019'],
    ['fra september 2016 til august 2017', '2016-09--2017-08'],
    ['from September 2016 to August 2017', '2016-09--2017-08'],
    ['januar til maj 2018', '2018-01--2018-05'],
    ['2016-2019', '2016--2019'],
    ['fra 2019 til 2021', '2019--2021'],
    ['i perioden 1. februar 2018 til 31. august 2018', '2018-02-01--2018-08-31'],
    ['ultimo marts 2019', '2019-03'],
    ['primo 2019', '2019-01'],
    ['3. kvt. 2016', '2016-Q3'],
    ['i 3. kvt 2016', '2016-Q3'],
    ['1. halvår 2016', '2016-H1'],
    ['de første tre måneder af 2020', '2020-01--2020-03'],
    ['the first 3 months of 2020', '2020-01--2020-03'],
    ['de sidste syv måneder af 2018', '2018-06--2018-12'],
    ['de resterende 4 måneder af 2019', '2019-09--2019-12'],
    ['andet overslagsår efter budget 2019', '2021'],
    ['the first outlook year after budget 2020', '2021'],
    ['the remaining five months of 2021', '2021-08--2021-12'],
    ['juni-december 2018', '2018-06--2018-12'],
    ['31/8-2018', '2018-08-31'],
    ['pr. 31.8.18', '2018-08-31'],
    ['as of 31/8-18', '2018-08-31'],
    ['end of March 2019', '2019-03'],
    ['in Q3 2016', '2016-Q3'],
    ['the third quarter of 2016', '2016-Q3'],
    ['i år', '@this-year'],
    ['sidste år', '@last-year'],
    ['last month', '@last-month'],
    ['fra år 1 til år 3', '@y1--@y3'],
    ['i 12-månedersperioden frem til udgangen af august 2017', '2016-09--2017-08'],
    ['in the 12 months to August 2017', '2016-09--2017-08'],
    ['de seneste 12 måneder til december 2016', '2016-01--2016-12'],
    ['ved årsskiftet 2015/16', '2015-12'],
    ['at the turn of the year 2015/2016', '2015-12'],
    ['i sidste år af projektperioden 2017-2019', '2019'],
    ['in the final year of the 2018-2022 plan', '2022'],
    ['første år af perioden 2016-2019', '2016'],
    ['in FY17', '2017'],
    ['regnskabsåret 2018', '2018'],
    ['i projektets andet år', '@y2'],
    ['tilflyttere sep16-aug17', '2016-09--2017-08'],
    ['jan 15 til sep 17', '2015-01--2017-09'],
    ['status sep17', '2017-09'],
    ['før kulturforandringen', '@first'],
    ['before the change', '@first'],
    ['inden indsatsen', '@first'],
    ['før 2015', '2015'],
    ['the third year of the project', '@y3'],
  ])('%s → %s', (text, expected) => {
    expect(periods(text)).toEqual([expected]);
  });

  it('does not read numbers with separators, codes or age spans as years', () => {
    expect(periods('1.869 fuldtidspersoner og 67.772 kr.')).toEqual([]);
    expect(periods('UE 09a og BIC 01')).toEqual([]);
    expect(periods('unge 18-29 år')).toEqual([]);
    expect(periods('ville der have været 2099')).toEqual([]);
  });

  it('knows "nu", "seneste" and "latest" as the newest figure', () => {
    for (const q of ['hvad er tallet nu', 'seneste tal', 'the latest figure', 'right now', 'currently']) expect(parsePeriods(fold(q)).latest).toBe(true);
    expect(parsePeriods(fold('i 2018')).latest).toBe(false);
  });

  it('reads "siden januar 2015" and a lone "fra" as the start of a change', () => {
    expect(parsePeriods(fold('faldet siden januar 2015')).since).toBe('2015-01');
    expect(parsePeriods(fold('since 2015')).since).toBe('2015');
    expect(parsePeriods(fold('fra januar 2015 til september 2017')).since).toBeUndefined();
  });

  it('keeps the words at a period edge out of the span, for the measure search', () => {
    const p = parsePeriods('kontaktforloeb ved udgangen af 2020');
    expect(p.edgeWords).toEqual(['udgangen', 'af']);
    expect(p.spans[0]!.start).toBe('kontaktforloeb ved udgangen af '.length);
  });

  it('rejects dates that do not exist', () => {
    expect(periods('31. februar 2018')).not.toContain('2018-02-31');
  });
});

describe('a date that says when a year named was counted', () => {
  it('is no second period: "for 2018 (pr. 31. maj 2018)", "2018, as of 30 June 2018"', () => {
    expect(periods('Hvad var resultatet for 2018 (pr. 31. maj 2018)?')).toEqual(['2018']);
    expect(periods('What was the result for 2018, as of 30 June 2018?')).toEqual(['2018']);
    expect(periods('Fra 2016 til 2018 (2018 opgjort pr. 31.5.2018)')).toEqual(['2016--2018', '2018']);
  });
  it('stays a period of its own alone, in another year, or without a word saying it was counted then', () => {
    expect(periods('Hvor mange var der pr. 31. maj 2018?')).toEqual(['2018-05-31']);
    expect(periods('Hvad var tallet i 2017 og pr. 31. maj 2018?')).toEqual(['2017', '2018-05-31']);
    expect(periods('i 2018 og den 31. maj 2018')).toEqual(['2018', '2018-05-31']);
  });
});

describe('a year written out beats the relative words beside it', () => {
  it.each([
    ['i indeværende år 2016', ['2016']],
    ['in the current year 2016', ['2016']],
    ['i år (2016)', ['2016']],
    // One linking word between them still restates: the date written out is the period asked.
    ['efter det første år, i 1. kvartal 2016', ['2016-Q1']],
    ['after the second year, in 2019', ['2019']],
    ['i år, dvs. 2016', ['2016']],
  ])('%s is that year, never the newest figure', (q, want) => {
    const p = parsePeriods(fold(q));
    expect(p.periods).toEqual(want);
    expect(p.latest).toBe(false);
  });
  it('keeps a relative period that is compared with a year', () => {
    expect(periods('sidste år sammenlignet med 2016')).toEqual(['@last-year', '2016']);
    expect(periods('year 1 compared with 2019')).toEqual(['@y1', '2019']);
  });
  it('reads "indeværende år" alone as this year', () => {
    expect(periods('driftsudgiften i indeværende år')).toEqual(['@this-year']);
  });
});

describe('a whole period insisted on', () => {
  it.each(['hele 2018', 'for hele året 2018', 'for the whole of 2018', 'the entire 2018'])('%s asks for all of the year', (q) => {
    const p = parsePeriods(fold(q));
    expect(p.periods).toEqual(['2018']);
    expect(p.whole).toBe(true);
  });
  it('a year alone does not insist', () => {
    expect(parsePeriods(fold('i 2018')).whole).toBeUndefined();
  });
});

describe('period phrasings a manager writes', () => {
  it.each([
    ['ledigheden i løbet af 2016', '2016'],
    ['udgiften i kalenderåret 2019', '2019'],
    ['costs in calendar year 2019', '2019'],
    ['forbruget i året 2014', '2014'],
    ['tallet for 03/2016', '2016-03'],
    ['tallet for 3/2016', '2016-03'],
    ['perioden 02.2019-11.2019', '2019-02--2019-11'],
    ['rank in Q3-16', '2016-Q3'],
    ["rank in Q2 '17", '2017-Q2'],
    ['spending in H1-14', '2014-H1'],
    ['i sidste halvår 2013', '2013-H2'],
    ['i første halvdel af 2013', '2013-H1'],
    ['i andet halvår af 2013', '2013-H2'],
    ['the last half of 2013', '2013-H2'],
    ['medio oktober 2016', '2016-10'],
    ['mid-October 2016', '2016-10'],
    ['mellem 2014 og 2016', '2014--2016'],
    ['between 2014 and 2016', '2014--2016'],
  ])('%s → %s', (q, want) => {
    expect(periods(q)).toEqual([want]);
  });
  it('takes the words that only lead up to a period into its span, so "pr." is not read as "per"', () => {
    for (const q of ['pr. 30/6-19', 'per 30.06.2019', 'as of 30 June 2019', 'i løbet af juni 2019', 'during June 2019', 'i perioden 2017-2019', 'over 2017-2019']) {
      const p = parsePeriods(fold(q));
      expect(p.spans[0], q).toEqual({ start: 0, end: fold(q).length });
    }
  });
  it('leaves "over" before a single year to the comparison', () => {
    const q = fold('hvor meget over 2015 ligger 2016');
    expect(parsePeriods(q).spans.map((s) => q.slice(s.start, s.end))).toEqual(['2015', '2016']);
  });
  it('keeps a year-end word as a measure word, but not a month-end one', () => {
    expect(parsePeriods(fold('ved udgangen af 2020')).edgeWords).toEqual(['udgangen', 'af']);
    const p = parsePeriods(fold('ved udgangen af juni 2019'));
    expect(p.periods).toEqual(['2019-06']);
    expect(p.edgeWords).toEqual([]);
  });
});

describe('months and years of a plan', () => {
  it.each([
    ['de resterende 4 måneder af 2019', '2019-09--2019-12'],
    ['the remaining four months of 2019', '2019-09--2019-12'],
    ["2019's første 8 måneder", '2019-01--2019-08'],
    ['2019s sidste fire måneder', '2019-09--2019-12'],
    ['det midterste år af planperioden 2014-2016', '2015'],
    ['the middle year of the 2020-2024 plan', '2022'],
    ['første overslagsår efter budget 2016', '2017'],
    ['tredje overslagsår i budgettet 2016', '2019'],
  ])('%s → %s', (q, want) => {
    expect(periods(q)).toEqual([want]);
  });
  it('has no middle year of an even span', () => {
    expect(periods('det midterste år af perioden 2014-2017')).not.toContain('2015');
  });
  it('leaves which months "de 4 måneder af 2019" are to the measure', () => {
    expect(periods('i de 4 måneder af 2019')).toEqual(['@m4-2019']);
    expect(periods('for the 4 months of 2019')).toEqual(['@m4-2019']);
  });
  it('never joins such months into a range: they are placed later, against the measure', () => {
    expect(periods('de 7 måneder af 2022 og 2023')).toEqual(['@m7-2022', '2023']);
    expect(periods('the 5 months of 2018 to 2019')).toEqual(['@m5-2018', '2019']);
  });
  it('reads a table column for part of a year ("2019 4 mdr.") as those months of the year', () => {
    expect(periods("kolonnen '2019 4 mdr.' og 2020")).toEqual(['@m4-2019', '2020']);
    expect(periods('2016 (ti måneder)')).toEqual(['@m10-2016']);
    expect(periods('the 2021 3 months column')).toEqual(['@m3-2021']);
    expect(periods('fra 2018 til 2020')).toEqual(['2018--2020']);
  });
});

describe('parsePeriods: two-digit years as a busy manager writes them', () => {
  it.each([
    ['hvor mange i marts 16', ['2016-03']],
    ['viborg okt 17?', ['2017-10']],
    ['status pr. 30. sep 17', ['2017-09-30']],
    ['gns udgift pr aar 18-20', ['2018--2020']],
    ['costs for 19-21', ['2019--2021']],
    ['driften (19+20)', ['2019', '2020']],
    ['hvad var budgettet i 20?', ['2020']],
    ['the saving in 19', ['2019']],
  ])('%s', (q, want) => expect(periods(q)).toEqual(want));

  it.each([
    // ages, counts and amounts are not years
    'unge i 18-29 på kontanthjælp',
    'borgere på 16-24 år',
    'for 25-29-årige',
    '10+12 personer',
    'i 21 kommuner',
    'over 15+10 %',
  ])('%s has no period', (q) => expect(periods(q)).toEqual([]));

  it('reads a month with a four-digit year after the two digits as a day', () => {
    expect(periods('Jan 15, 2018')).toEqual(['2018-01-15']);
  });
});
