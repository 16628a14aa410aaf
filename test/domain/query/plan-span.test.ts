/**
 * A span of years that holds another period named in a lookup names a plan or budget ("budget 2018-2021",
 * "handleplanen 2017-2019"), not the period asked: the narrower period is asked. Sums, changes and a span asked on
 * its own keep the span.
 */
import { describe, expect, it } from 'vitest';
import { withoutPlanSpan } from '../../../functions/domain/query/frame.js';

describe('a plan span beside a period inside it', () => {
  it('drops the span that holds a year, a month or a day named beside it', () => {
    expect(withoutPlanSpan(['2018--2021', '2019'])).toEqual(['2019']);
    expect(withoutPlanSpan(['2020', '2017--2022'])).toEqual(['2020']);
    expect(withoutPlanSpan(['2016--2019', '2017-03'])).toEqual(['2017-03']);
    expect(withoutPlanSpan(['2015--2018', '2016-06-30'])).toEqual(['2016-06-30']);
  });
  it('keeps a span with nothing inside it, or beside a period outside it', () => {
    expect(withoutPlanSpan(['2018--2021'])).toEqual(['2018--2021']);
    expect(withoutPlanSpan(['2018--2021', '2023'])).toEqual(['2018--2021', '2023']);
    expect(withoutPlanSpan(['2015', '2017'])).toEqual(['2015', '2017']);
  });
  it('reads unplaced relative periods as no period of its own', () => {
    expect(withoutPlanSpan(['@m7-2022', '2021--2023'])).toEqual(['@m7-2022', '2021--2023']);
  });
});
