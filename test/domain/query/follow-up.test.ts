/**
 * Which follow-ups are arithmetic on the earlier answers ("hvad er forskellen?") and which ask a figure of
 * their own ("og Viborgs?"), read from the frame alone; and the context that carries the earlier answers.
 */
import { describe, expect, it } from 'vitest';
import { earlierOperation, isFollowUp, readContext, readFrame, writeContext, type FrameContext, type OrgRef } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const orgs: OrgRef[] = [
  { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] },
  { id: 'hedensted', name: 'Hedensted Kommune', kind: 'municipality', aliases: ['Hedensted'] },
  { id: 'skanderborg', name: 'Skanderborg Kommune', kind: 'municipality', aliases: ['Skanderborg'] },
];
const lex = lexiconFor(orgs, []).lexicon;
const read = (q: string) => readFrame(q, lex);

const ref = (org: string, period = '2012') => ({ kpi: `${org}.aktiveringsgrad`, org, period, kind: 'actual' as const });
function context(answers: FrameContext['answers']): FrameContext {
  const c = readContext(writeContext(read('Hvad er aktiveringsgraden i Hedensted?'), undefined, answers));
  if ('error' in c) throw new Error(c.error);
  return c;
}
const two = context([ref('hedensted'), ref('viborg')]);
const op = (q: string, c = two) => {
  const f = read(q);
  const answered = new Set(c.answers.map((a) => a.org));
  return earlierOperation(f, c, { orgs: f.orgs.length > 0 && f.orgs.every((ids) => ids.some((id) => answered.has(id))), cases: false });
};

describe('arithmetic on the earlier answers', () => {
  it('reads the operation from its own words, with nothing else named', () => {
    expect(op('hvad er forskellen?')).toBe('difference');
    expect(op("what's the gap?")).toBe('difference');
    expect(op('hvad er nettoeffekten?')).toBe('difference');
    expect(op('hvor meget stiger det?')).toBe('change');
    expect(op('hvor meget er det tilsammen?')).toBe('sum');
    expect(op('hvor stor en andel er det?')).toBe('share');
    expect(op('so how many were on other benefits?')).toBe('rest');
  });
  it('reads a cost over a count and the heads of a share', () => {
    expect(op('so what is that per young person?')).toBe('per');
    expect(op('hvor mange personer er det cirka?')).toBe('heads');
  });
  it('leaves a share or a count that names its own part to be looked up ("… af dem gik i job?")', () => {
    expect(op('og hvor mange procent af dem gik i job?')).toBeUndefined();
    expect(op('hvor mange af dem kom i arbejde?')).toBeUndefined();
  });
  it('counts words of the answered measures\' names as pointing back, other measure words not', () => {
    const f = read('hvor meget mere er aktiveringsgraden i Hedensted?');
    const named = { orgs: true, cases: false };
    expect(earlierOperation(f, two, named, ['Aktiveringsgrad for borgere i matchgruppe 2 og 3'])).toBe('difference');
    expect(earlierOperation(f, two, named, ['Budget: Kontanthjælp'])).toBeUndefined();
  });
  it('lets the question name a side that was answered, not one that was not', () => {
    expect(op('how many times higher is Hedensted?')).toBe('ratio');
    expect(op('how many times higher is Skanderborg?')).toBeUndefined();
  });
  it('is no such question when it names a measure, a period or a place of its own', () => {
    expect(op('og Skanderborgs?')).toBeUndefined();
    expect(op('og i 2019?')).toBeUndefined();
    expect(op('hvad er forskellen på budgettet til kontanthjælp og førtidspension?')).toBeUndefined();
  });
  it('needs two earlier answers', () => {
    expect(op('hvad er forskellen?', context([ref('hedensted')]))).toBeUndefined();
  });
});

describe('the context of the earlier answers', () => {
  it('keeps the two newest', () => {
    expect(context([ref('hedensted'), ref('viborg'), ref('skanderborg')]).answers.map((a) => a.org)).toEqual(['viborg', 'skanderborg']);
  });
  it('reads an older context without answers as having none', () => {
    const { answers: _, ...old } = JSON.parse(writeContext(read('aktiveringsgraden i Viborg')));
    expect(readContext(JSON.stringify(old))).toMatchObject({ answers: [] });
  });
  it('names the field that is wrong', () => {
    const c = JSON.parse(writeContext(read('aktiveringsgraden i Viborg'), undefined, [ref('viborg')]));
    c.answers[0].kind = 'guess';
    expect(readContext(JSON.stringify(c))).toMatchObject({ path: ['answers', '0', 'kind'], error: expect.stringContaining('context.answers.0.kind') });
  });
});

describe('a question building on the previous one', () => {
  it('ends in "så" or "then" as well as opening with "og"', () => {
    expect(isFollowUp(read('hvad er gevinst-rækken så?'))).toBe(true);
    expect(isFollowUp(read('what is the total saving then?'))).toBe(true);
    expect(isFollowUp(read('hvad er gevinst-rækken for KIK II i 2018?'))).toBe(false);
  });
});
