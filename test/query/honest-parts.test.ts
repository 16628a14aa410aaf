/**
 * Unanswerable questions answered with the nearest figure, by class: an outcome the question says was reached
 * ("er kommet i job") that the measure does not name; a part of a stated whole that names nothing the whole does not;
 * a share of another group than the whole stated; moving without a direction, across all benefits; a measure that
 * is only a part ("i løntilskud") where other organisations have the whole; "i dag" asking an actual figure.
 * Sentences are our own; values are the documents' (003 BIU notat, 002 Herning, 004 KL, 000 Viborg).
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../functions/query/resolve.js';
import { partsOfStated } from '../../functions/query/answer.js';
import { unionMiss } from '../../functions/domain/query/index.js';
import { lexiconFor } from '../../functions/query/readings.js';
import { requiredFamilies } from '../../functions/query/resolve-names.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame, catalogue } = seededEngine();
const required = (q: string) => {
  const cat = catalogue();
  return [...requiredFamilies(lexiconFor(cat.orgRefs, cat.caseRefs).lexicon, frame(q))];
};

describe('an outcome reached is required of a plain lookup', () => {
  it('"kom i job", "went into work", "got a job": the outcome family is required', () => {
    expect(required('Hvor mange af kursisterne kom i job bagefter?')).toContain('outcome');
    expect(required('Hvor mange af deltagerne er gået direkte i ordinært arbejde?')).toContain('outcome');
    expect(required('How many of the trainees went into work?')).toContain('outcome');
    expect(required('How many of them got a job?')).toContain('outcome');
  });
  it('not for a job centre, an education broken off, or a sum of sides', () => {
    expect(required('Hvor mange henvendelser fik jobcentret i 2016?')).not.toContain('outcome');
    expect(required('Hvor mange unge har afbrudt en uddannelse?')).not.toContain('outcome');
    expect(required('How many job centre staff are there?')).not.toContain('outcome');
    expect(required('Hvor mange kom i job og uddannelse tilsammen?')).not.toContain('outcome');
  });
  it('a count of pupils is no answer to how many of them got a job, in both languages', async () => {
    const da = await ask('Hvor mange af EGU-eleverne i Herning er kommet i job?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/job eller arbejde/);
    expect((await ask("How many of Herning's EGU pupils have gone into work?")).figures).toEqual([]);
    // The count asked as it is still answers.
    expect((await ask('Hvor mange borgere blev undervist i Close the gap?')).figures[0]).toMatchObject({ value: 50 });
  });
});

describe('a part of a stated whole', () => {
  const c = (id: string, coverage: number, values: number[], says: string[] = [], named: string[] = []) =>
    ({ kpi: { id }, hit: { coverage }, mine: values.map((value) => ({ value })), says, named }) as unknown as Candidate;
  it('the whole is never the answer; a part naming nothing beyond it is none either', () => {
    const whole = c('whole', 0.6, [51]);
    const placed = c('placed', 0.6, [12]);
    expect(partsOfStated([whole, placed], { stated: [51], contrasts: [] })).toEqual([]);
  });
  it('a part explaining more, naming a telling word, or a contrast asked that the whole does not, stays', () => {
    const whole = c('whole', 0.6, [180], ['afsluttede']);
    const more = c('more', 0.8, [22]);
    const telling = c('telling', 0.6, [45], ['jobparate']);
    const work = c('work', 0.6, [22], [], ['outcome:work']);
    expect(partsOfStated([whole, more, telling, work], { stated: [180], contrasts: ['outcome:work'] }).map((x) => x.kpi.id)).toEqual(['more', 'telling', 'work']);
  });
  it('a whole explaining every word leaves the parts as ranked; no whole found changes nothing', () => {
    const whole = c('whole', 1, [1461]);
    const part = c('part', 1, [448]);
    expect(partsOfStated([whole, part], { stated: [1461], contrasts: [] })).toEqual([part]);
    expect(partsOfStated([part], { stated: [7], contrasts: [] })).toEqual([part]);
  });
  it('in the engine: "how many dropped out" of Superb\'s 51 is refused; how many of them are in ordinary work is answered', async () => {
    expect((await ask('Of the 51 people in Projekt Superb, how many have left it?')).figures).toEqual([]);
    expect((await ask('Af de 51 deltagere i Projekt Superb, hvor mange er i ordinært arbejde?')).figures[0]).toMatchObject({ value: 4 });
  });
});

describe('a share of another group than the whole stated', () => {
  it('the women\'s share of active sickness cases is not applied to the 274 repeat claimants, in both languages', async () => {
    const da = await ask('Hvor mange kvinder er der blandt de 274 gengangere på sygedagpenge?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/anden gruppe/);
    const en = await ask('How many of the 274 repeat sickness-benefit claimants are women?');
    expect(en.figures).toEqual([]);
    expect(en.text).toMatch(/another group/);
  });
});

describe('moving without a direction, across every benefit', () => {
  it('a stock of people on support answers no question about how many moved; a mover count of one benefit none about all', async () => {
    expect(frame('Hvor mange flyttede samlet fra Viborg?').contrasts).toEqual(expect.arrayContaining(['moving:in', 'moving:out']));
    expect(frame('på tværs af alle ydelser').contrasts).toContain('benefit:offentlig-forsoergelse');
    expect((await ask('Hvor mange på overførselsindkomst flyttede samlet set fra Viborg?')).figures).toEqual([]);
    expect((await ask('How many people on all benefits moved away from Viborg?')).figures).toEqual([]);
  });
});

describe('"i beskæftigelse" and "i job" are one outcome in the KL document', () => {
  it('the wage-subsidy share is found by either word, in both languages', async () => {
    expect((await ask('Hvor stor en andel af matchgruppe 2-borgerne i løntilskud i Hedensted var i beskæftigelse et halvt år efter aktiveringen?')).figures[0]).toMatchObject({ value: 64 });
    expect((await ask('Hvor stor en andel af matchgruppe 2-borgerne i løntilskud i Hedensted var i job seks måneder efter aktiveringen?')).figures[0]).toMatchObject({ value: 64 });
    expect((await ask("What share of Skanderborg's activated match group 2 citizens in wage subsidy were employed six months after activation?")).figures[0]).toMatchObject({ value: 47 });
  });
  it('Viborg has only the wage-subsidy part: the share for all its activated is refused, naming who has it', async () => {
    const da = await ask('Hvor stor en andel af Viborgs aktiverede matchgruppe 2-borgere var i beskæftigelse seks måneder efter aktiveringen, alle redskaber?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/Viborg Kommune.*Hedensted/);
  });
});

describe('"i dag" and "right now" ask an actual figure', () => {
  it('reads them as insisting on an actual figure, in both languages; "gennem" is no measure word', () => {
    expect(frame('Hvor mange rådgivere har Transit i dag?').strict?.kind).toBe('actual');
    expect(frame('How many advisers does Transit have right now?').strict?.kind).toBe('actual');
    expect(frame('Hvor mange hold er startet gennem afklaringsværkstederne?').measure).not.toContain('gennem');
  });
});

describe('"job-ready" is a state reached, not work', () => {
  const members = (q: string) => frame(q).contrasts.filter((c) => c.startsWith('outcome:'));
  it('"became job-ready" / "blev jobparate" names it; "jobparate flygtninge" names no outcome; "job ready" is not a job', () => {
    expect(members('How many became job ready after the course?')).toEqual(['outcome:jobready']);
    expect(members('Hvor mange blev jobparate efter forløbet?')).toEqual(['outcome:jobready']);
    expect(members('Hvor mange jobparate flygtninge er der?')).toEqual([]);
    expect(members('How many job-ready citizens were taught?')).toEqual(['outcome:jobready']);
  });
  it('two outcomes joined by a slash are one side: "i arbejde/uddannelse eller blev jobparate" adds those two groups', () => {
    expect(frame('Hvor mange kom enten i job/uddannelse eller blev jobparate?').sides?.members).toEqual(['outcome:work', 'outcome:jobready']);
    expect(frame('How many either went into work/education or became job ready?').sides?.members).toEqual(['outcome:work', 'outcome:jobready']);
  });
  it('a count of job-ready people taught answers no question about how many of them got work, in both languages', async () => {
    expect((await ask('Hvor mange af dem, Close the gap underviste, er kommet i arbejde?')).figures).toEqual([]);
    expect((await ask('How many of the people taught in Close the gap got a job?')).figures).toEqual([]);
  });
});

describe('one outcome asked alone is not answered by a count of two together', () => {
  const outcome = new Set(['outcome']);
  it('unionMiss: the member asked, when the measure names it and another of the family', () => {
    expect(unionMiss(['outcome:education'], ['outcome:work', 'outcome:education'], outcome)).toEqual(['outcome:education']);
    expect(unionMiss(['outcome:work', 'outcome:education'], ['outcome:work', 'outcome:education'], outcome)).toBeUndefined();
    expect(unionMiss(['outcome:work'], ['outcome:work'], outcome)).toBeUndefined();
    expect(unionMiss(['benefit:kontanthjaelp'], ['benefit:kontanthjaelp', 'benefit:uddannelseshjaelp'], outcome)).toBeUndefined();
  });
  it('"in work placements" is a placement, not work', () => {
    expect(frame('How many citizens were in work placements?').contrasts.filter((c) => c.startsWith('outcome:'))).toEqual(['outcome:placement']);
  });
  it('"selvforsørgende" (job or education) answers no count of those in education alone, in both languages; asked as it is, it answers', async () => {
    const da = await ask('Hvor mange af KIK II-borgerne er gået i uddannelse?');
    expect(da.figures).toEqual([]);
    expect(da.text).toMatch(/uddannelse/);
    expect((await ask('How many of the KIK II citizens have gone into education?')).figures).toEqual([]);
    expect((await ask('Hvor mange af borgerne i KIK II er blevet selvforsørgende?')).figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.selvforsoergende' });
  });
});

describe('"hverken … eller" / "neither … nor" negates', () => {
  it('reads it as a negation, in both languages', () => {
    expect(frame('Hvor mange er hverken i job eller i praktik?').contrasts).toContain('negation:not');
    expect(frame('How many are neither in work nor in a placement?').contrasts).toContain('negation:not');
  });
  it('is never answered with the count of one of the groups negated: the rest of the whole, or nothing', async () => {
    const rest = await ask('Hvor mange af borgerne i Projekt Superb er hverken i virksomhedspraktik eller i ordinært job?');
    expect(rest.figures[0]).toMatchObject({ value: 35, kind: 'rest' });
    const plain = await ask('Hvor mange Superb-borgere er endnu hverken kommet i ordinært job eller i praktik?');
    expect([undefined, 35]).toContain(plain.figures[0]?.value);
  });
});
