/**
 * The "which case is about …" question form, read from the question alone: which questions are of the form,
 * what they call the case, and which words are left to describe it.
 */
import { describe, expect, it } from 'vitest';
import { readCaseQuestion } from '../../functions/domain/query/case-question.js';

describe('readCaseQuestion', () => {
  it.each([
    ['Hvilket forslag handler om et screeningsredskab til sygedagpenge-gengangere?', 'proposal', ['screeningsredskab', 'sygedagpenge', 'gengangere']],
    ['Which Herning proposal creates more small jobs for flex-jobbers?', 'proposal', ['herning', 'creates', 'more', 'small', 'jobs', 'flex', 'jobbers']],
    ['Hvilket KIK-delprojekt var for aktivitetsparate unge under 30?', 'sub-project', ['kik', 'aktivitetsparate', 'unge', '30']],
    ['hvilket af hernings forslag gaar ud paa at ansaette en sundhedskonsulent', 'proposal', ['hernings', 'ansaette', 'sundhedskonsulent']],
    ['What sub-project was about cycling to Alpe d’Huez?', 'sub-project', ['cycling', 'alpe', 'huez']],
    ['Which initiative targets young mothers?', 'project', ['targets', 'young', 'mothers']],
    ['Hvilken investeringsstrategi handler om nyttejob?', 'strategy', ['nyttejob']],
    ['Which investment strategy was about utility jobs?', 'strategy', ['utility', 'jobs']],
    ['Hvilken quick win handlede om TUBA?', 'project', ['tuba']],
  ])('%s: asks which %s is about %j', (q, noun, about) => {
    expect(readCaseQuestion(q)).toEqual({ form: 'about', noun, about });
  });

  it('reads "what is X called" as asking which case X describes, in both languages', () => {
    expect(readCaseQuestion('Hvad hedder forslaget om at udplacere flere kontanthjælpsmodtagere i virksomhedspraktik?')).toEqual({
      form: 'about',
      noun: 'proposal',
      about: ['udplacere', 'flere', 'kontanthjaelpsmodtagere', 'virksomhedspraktik'],
    });
    expect(readCaseQuestion('hvad var det nu IGU-forslaget i Sundhed og Ældre hed?')).toMatchObject({ noun: 'proposal', about: ['igu', 'sundhed', 'aeldre'] });
    expect(readCaseQuestion('What was the proposal for young mothers called?')).toMatchObject({ noun: 'proposal', about: ['young', 'mothers'] });
    expect(readCaseQuestion('forslaget om sundhedskonsulenten, hvad hed det?')).toMatchObject({ noun: 'proposal', about: ['sundhedskonsulenten'] });
  });

  it.each([
    ['Er der et forslag om unge mødre?', 'proposal', ['unge', 'moedre']],
    ['Is there a proposal about aftercare for young people?', 'proposal', ['aftercare', 'young']],
    ['Vis forslaget om flere EGU-pladser', 'proposal', ['flere', 'egu', 'pladser']],
    ['Show me the project for young mothers', 'project', ['young', 'mothers']],
    ['Hvad er det for et forslag, der handler om IGU?', 'proposal', ['igu']],
    ['Har Herning et forslag om sundhedsfremme?', 'proposal', ['sundhedsfremme']],
  ])('%s: looks for the %s about %j', (q, noun, about) => {
    expect(readCaseQuestion(q)).toEqual({ form: 'about', noun, about });
  });

  it('reads "under which track did X belong" as asking for the case above X', () => {
    expect(readCaseQuestion('Under hvilket spor hørte sanktionering og nytteindsats i Viborgs ungeindsats?')).toEqual({
      form: 'parent',
      noun: 'track',
      about: ['sanktionering', 'nytteindsats', 'viborgs', 'ungeindsats'],
    });
    expect(readCaseQuestion('Which track did STIGEN belong to?')).toMatchObject({ form: 'parent', noun: 'track', about: ['stigen'] });
    expect(readCaseQuestion('hvilket projekt var cykelprojektet en del af')).toMatchObject({ form: 'parent', noun: 'project' });
  });

  it.each([
    'Hvad er KIK II?',
    'Hvad går forslag CEB 06A ud på?',
    "What saving did Viborg's youth effort deliver in 2019?",
    'What share of the cycling project should complete by 30 June 2017?',
    'What is the Wanek & Myrner double project?',
    'Hvilken kommune har den højeste aktiveringsgrad?',
    'Which unit has the most staff?',
    'Hvor mange forslag handler om unge?',
    'Hvad kostede Projekt Superb?',
    'Hvad koster projektet for unge mødre?',
    'Hvad er målet med projektet om cykling?',
    'What is the cost of the project for young mothers?',
    'Har projektet nået målet?',
  ])('%s: is not the form', (q) => {
    expect(readCaseQuestion(q)).toBeUndefined();
  });

  it.each([
    ['Hvilket forslag sparer mest i 2018?', 'proposal', ['sparer', '2018'], { extreme: 'max' }],
    ['Which proposal has the highest operating cost?', 'proposal', ['operating', 'cost'], { extreme: 'max' }],
    ['Hvilket forslag har den laveste positive ændring i driftsudgifter i 2018?', 'proposal', ['aendring', 'driftsudgifter', '2018'], { extreme: 'min', sign: 'positive' }],
    ['Hvilken indsats har færrest deltagere?', 'project', ['deltagere'], { extreme: 'min' }],
    ['which unit – BIC or CEB – has the proposal with the largest operating cost in 2018, and what is that cost?', 'proposal', ['bic', 'ceb', 'operating', 'cost', '2018', 'cost'], { extreme: 'max', owner: true, value: true }],
  ])('%s: ranks the %s cases by %j', (q, noun, about, rank) => {
    expect(readCaseQuestion(q)).toEqual({ form: 'rank', noun, about, rank });
  });

  it('reads "mindst 10" / "at least 10" as a bound the case is described by, not a ranking', () => {
    expect(readCaseQuestion('Hvilket forslag har mindst 10 deltagere?')?.form).toBe('about');
    expect(readCaseQuestion('Which proposal has at least 10 participants?')?.form).toBe('about');
  });

  it('does not rank the cases when the superlative asks for the case a thing belonged to', () => {
    expect(readCaseQuestion('Under hvilket spor hørte den største indsats?')).toBeUndefined();
  });

  it.each([
    ['Which track-2 initiative is about school absence?', 'track', '2', ['school', 'absence']],
    ['Hvilken spor 1-indsats handler om terapi?', 'track', '1', ['terapi']],
    ["Which of Viborg's longer-term (track 2) efforts is about activation?", 'track', '2', ['viborg', 'longer', 'term', 'activation']],
    ["Which of Viborg's track-2 sub-initiatives was renamed?", 'track', '2', ['viborg', 'renamed']],
  ])('%s: the %s numbered %s holds the case asked', (q, noun, number, about) => {
    expect(readCaseQuestion(q)).toEqual({ form: 'about', noun: 'project', about, within: { noun, number } });
  });

  it('reads an offer ("tilbud") as a case, and "hvilken del af X" as a part of X, not what X belonged to', () => {
    expect(readCaseQuestion('Hvilket tilbud i Viborg samler indsats og myndighed?')).toMatchObject({ form: 'about', noun: 'project' });
    expect(readCaseQuestion('Hvilken del af KIK handlede om cykling?')).toEqual({ form: 'about', noun: 'project', about: ['kik', 'cykling'] });
    expect(readCaseQuestion('Hvilken del af Viborgs ungeindsats hørte sanktionering under?')).toMatchObject({ form: 'parent', noun: 'project' });
  });

  it('leaves out words of when the case ran: the period asked is fitted to the case\'s own', () => {
    expect(readCaseQuestion('Which Aabenraa project started in June 2018?')).toEqual({ form: 'about', noun: 'project', about: ['aabenraa', 'june', '2018'] });
  });
});
