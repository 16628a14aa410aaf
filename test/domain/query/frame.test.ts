/**
 * Reading a question into a frame: one rule per test — organisations (and places without figures),
 * kind words, unit sense, periods, operations, follow-ups. The lexicon is built from a small catalogue
 * and the curated words beside the seed data, as in production.
 */
import { describe, expect, it } from 'vitest';
import {
  followUp,
  isFollowUp,
  readContext,
  readFrame,
  writeContext,
  type CaseRef,
  type OrgRef,
} from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const orgs: OrgRef[] = [
  { id: 'aabenraa', name: 'Aabenraa Kommune', kind: 'municipality', aliases: ['Aabenraa', 'Åbenrå'] },
  { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] },
  { id: 'hedensted', name: 'Hedensted Kommune', kind: 'municipality', aliases: ['Hedensted'] },
  { id: 'klynge-viborg', name: 'Viborgs klynge', kind: 'cluster', aliases: ['klyngen'] },
  { id: 'klynge-hedensted', name: 'Hedensteds klynge', kind: 'cluster', aliases: ['klyngen'] },
  { id: 'landsplan', name: 'Landsplan', kind: 'national', aliases: ['landsgennemsnittet'] },
];
const cases: CaseRef[] = [{ id: 'aabenraa.kik-ii', orgId: 'aabenraa', code: 'KIK II', title: 'KIK II', aliases: [] }];
const lex = lexiconFor(orgs, cases).lexicon;
const read = (q: string) => readFrame(q, lex);

describe('organisations', () => {
  it('finds a municipality by name, ASCII spelling and genitive', () => {
    expect(read('Hvad er Aabenraas budget?').orgs).toEqual([['aabenraa']]);
    expect(read('Åbenrå og Viborg').orgs).toEqual([['aabenraa'], ['viborg']]);
    expect(read("Viborg's rank").orgs).toEqual([['viborg']]);
  });
  it('reads a group word as every group of its kind', () => {
    expect(read('klyngegennemsnittet for aktiveringsgraden').orgs).toEqual([['klynge-viborg', 'klynge-hedensted']]);
    expect(read('andelen på landsplan').orgs).toEqual([['landsplan']]);
  });
  it('reads a reference level as the thing asked when it is an average or named before any municipality', () => {
    expect(read('Hvad er klyngegennemsnittet for aktiveringsgraden, som Hedensted sammenlignes med?').level).toEqual(['klynge-viborg', 'klynge-hedensted']);
    expect(read('What is the average in the cluster for the activation rate?').level).toEqual(['klynge-viborg', 'klynge-hedensted']);
    expect(read('Which national level of company-based activation is Hedensted measured against?').level).toEqual(['landsplan']);
  });
  it('reads a level after a comparison word, or after the municipality without an average, as context only', () => {
    expect(read('Hvordan ligger Hedensteds aktiveringsgrad sammenlignet med klyngen?').level).toBeUndefined();
    expect(read("How does Hedensted's activation rate compare with the cluster average?").level).toBeUndefined();
    expect(read('Hvad er Viborgs placering i klyngen?').level).toBeUndefined();
  });
  it('knows every Danish municipality and region, so one without figures is named, not swapped', () => {
    const f = read('Hvor mange unge er på offentlig forsørgelse i Odense?');
    expect(f.orgs).toEqual([]);
    expect(f.unknownPlaces).toEqual(['Odense Kommune']);
    expect(read('What is the activation rate in Copenhagen?').unknownPlaces).toEqual(['København Kommune']);
    expect(read('budgettet i Region Midtjylland').unknownPlaces).toEqual(['Region Midtjylland']);
    expect(read('Lyngby-Taarbæks budget').unknownPlaces).toEqual(['Lyngby-Taarbæk Kommune']);
  });
  it('takes a name that is also a word only when it is written as a name', () => {
    expect(read('er vi på vejen mod målet?').unknownPlaces).toEqual([]);
    expect(read('Hvad er budgettet i Vejen?').unknownPlaces).toEqual(['Vejen Kommune']);
    expect(read('hvad er budgettet i vejen kommune?').unknownPlaces).toEqual(['Vejen Kommune']);
  });
});

describe('kind words are preferences and unit words say what is asked', () => {
  it('reads kinds in both languages', () => {
    expect(read('Hvad er budgettet for 2019?').kinds).toEqual(['budget']);
    expect(read('the expected saving').kinds).toEqual(['expected']);
    // A budget follow-up reports figures of any kind (Viborg's cost per young person is an actual one): it names no kind.
    expect(read('ved seneste budgetopfølgning').kinds).toEqual([]);
  });
  it('a question for money asks for money, a share for a share, a place for a rank', () => {
    expect(read('Hvor mange kroner sparer vi?').units).toEqual(['money']);
    expect(read('Hvad koster en ung på uddannelseshjælp?').units).toEqual(['money']);
    expect(read('Hvor stor en andel af de unge er på forsørgelse?').units).toEqual(['percent']);
    expect(read('What was Viborg’s rank in the cluster?').units).toEqual(['rank']);
  });
  it('a share asked by a question phrase late in the question is still the unit asked, a share named further in is not', () => {
    expect(read('Af dem, der er afsluttet fra værkstederne til arbejde eller uddannelse, hvor stor en andel gik i arbejde?').units).toEqual(['percent']);
    expect(read('Of the citizens who completed the workshops in 2015 last year, what share went into work?').units).toEqual(['percent']);
    expect(read('Hvor mange unge blev der med en uændret andel?').units).not.toContain('percent');
  });
  it('"hvor mange" counts, and may be a share only at a cost', () => {
    expect(read('Hvor mange fuldtidspersoner var der?')).toMatchObject({ units: ['count', 'ratio'], softUnits: [] });
    expect(read('Hvor mange af de unge vender ikke tilbage?')).toMatchObject({ units: ['count', 'ratio'], softUnits: ['percent'] });
  });
  it('"hvor mange personer" asks heads, which a share never answers — unless it asks part of a group ("af de …")', () => {
    expect(read('Hvor mange personer kom i job efter forløbet?').softUnits).toEqual([]);
    expect(read('How many people in Viborg found work?').softUnits).toEqual([]);
    expect(read('Hvor mange af de 40 personer kom i job?').softUnits).toEqual(['percent']);
  });
  it('a duration asked by a question phrase late in the question, or as "hvor lang en …", is the unit asked', () => {
    expect(read('To qualify, for at least how many years must a citizen have lived here?').units).toEqual(['years']);
    expect(read('Hvor lang en periode varer forløbet?').units).toEqual(['hours', 'days', 'weeks', 'months', 'years']);
  });
  it('"the remaining N months of" a year is a period, not a distance asked', () => {
    expect(read('What did the project cost in the remaining 4 months of 2019?')).toMatchObject({ operation: 'lookup', periods: ['2019-09--2019-12'] });
    expect(read('How many places remain to be filled?').operation).toBe('versus-target');
  });
  it('a percentage right after "hvor mange" / "how many" is the unit asked, wherever it stands', () => {
    expect(read('viborg unge i job 2017 - hvor mange pct?').units).toEqual(['percent']);
    expect(read('how many % of the young found work?').units).toEqual(['percent']);
    expect(read('How many points above the cluster is Viborg?').units).toEqual(['percent']);
  });
  it('"hvor mange uger/dage/timer/måneder" asks for that duration, "hvor længe" for any, neither for a count', () => {
    expect(read('Hvor mange uger varer forløbet?')).toMatchObject({ units: ['weeks'], softUnits: [] });
    expect(read('Inden for hvor mange dage skal borgeren have svar?').units).toEqual(['days']);
    expect(read('Efter hvor mange måneders ledighed?').units).toEqual(['months']);
    expect(read('How many hours a week does the course take?').units).toEqual(['hours']);
    expect(read('How long does the course last?').units).toEqual(['hours', 'days', 'weeks', 'months', 'years']);
    expect(read('Hvor mange unge er i forløb?').units).toEqual(['count', 'ratio']);
  });
  it('a unit word further in is part of the measure, not the unit asked', () => {
    expect(read('Hvor mange fuldtidspersoner ville der være med en uændret andel?').units).toEqual(['count', 'ratio']);
  });
  it('kinds offered as alternatives ("et budget eller en beregnet besparelse?") ask which kind, not for one', () => {
    const da = read('Er tallet for KIK II et budget eller en forventning – og hvad er den faktiske besparelse?');
    expect(da.kinds).toEqual(['actual']);
    expect(da.strict?.kind).toBe('actual');
    const en = read('Is the 50 % in KIK II an achieved result or a target?');
    expect(en.kinds).toEqual([]);
    expect(en.strict).toBeUndefined();
    // Two kinds not offered as alternatives are both asked.
    expect(read('What was the budgeted and the actual result of KIK II in 2017?').kinds).toEqual(['budget', 'actual']);
  });
  it('"mindst" asks a lower bound, no measure word', () => {
    expect(read('Hvor stor er besparelsen i KIK II mindst?').measure).toEqual(['besparelsen']);
    // "minimum" names measures ("the legal minimum"): it stays a measure word.
    expect(read('How many interviews does the legal minimum require?').measure).toContain('minimum');
  });
  it('a kind word in a name of a thing measured ("other target groups") asks no kind', () => {
    const en = read('How many citizens in other target groups were in KIK II?');
    expect(en.kinds).toEqual([]);
    expect(en.measure).toEqual(expect.arrayContaining(['target', 'groups']));
    expect(read('What is the target for citizens in KIK II?').kinds).toEqual(['target']);
  });
  it('a kind right after a negator is not asked, and its figures are ruled out', () => {
    const f = read('What was the budgeted result for 2019, for which no actual figure exists yet?');
    expect(f.kinds).toEqual(['budget']);
    expect(f.excluded?.kinds).toEqual(['actual']);
    expect(read('Hvad er resultatet i 2019, hvor der ingen faktiske tal er?').kinds).toEqual([]);
  });
  it('a unit word ending keywords with no question word, or after "i"/"in", is the unit asked', () => {
    expect(read('viborg ledige unge jan 2015 procent?').units).toEqual(['percent']);
    expect(read('aabenraa kontanthjælp 2019 andel').units).toEqual(['percent']);
    expect(read('Hvad var ledigheden blandt unge i Viborg i 2015 i procent?').units).toEqual(['percent']);
    expect(read('What was the unemployment among young people in Viborg in 2015, in percent?').units).toEqual(['percent']);
  });
});

describe('operations', () => {
  it.each([
    ['Hvor meget er antallet faldet siden januar 2015?', 'change'],
    ['How much did it rise from 2019 to 2021?', 'change'],
    ['hvor meget steg det fra år 1 til år 3?', 'change'],
    ['Hvor mange procent faldt antallet fra 2015 til 2017?', 'percent-change'],
    ['Hvor mange procentpoint højere er Hedensted end landsplan?', 'difference'],
    ['how many points above the national average is Hedensted?', 'difference'],
    ['Hvor mange flere tilflyttede end fraflyttede var der?', 'difference'],
    ['hvor langt er vi fra målet?', 'versus-target'],
    ['hvor mange mangler, før alle pladser er besat?', 'versus-target'],
    ['hvor meget mere end budgettet brugte KIK i 2017?', 'versus-budget'],
    ['Hvad er KIK II investering i alt fra 2019 til 2021?', 'sum'],
    ['Hvilken kommune har den højeste aktiveringsgrad?', 'rank'],
    ['Hvad var budgettet i 2019?', 'lookup'],
    ['How many citizens joined KIK II after 1 February 2018?', 'lookup'],
  ])('%s → %s', (q, op) => expect(read(q).operation).toBe(op));
  it('"i forhold til målet" compares with the target but asks for the actual figure', () => {
    const f = read('Hvordan ligger KIK II selvforsørgende i forhold til målet?');
    expect(f).toMatchObject({ operation: 'lookup', kinds: [] });
  });
  it('splits a comparison of two measures at "end" / "than"', () => {
    expect(read('Hvor mange flere tilflyttede end fraflyttede var der i Viborg?').split).toEqual([['tilflyttede'], ['fraflyttede']]);
    expect(read('Hvor mange flere tilflyttede end fraflyttede unge var der?').split).toEqual([['tilflyttede', 'unge'], ['fraflyttede', 'unge']]);
  });
  it('a distance asks for the size of the gap', () => {
    expect(read('How far is KIK II from its target?').distance).toBe(true);
    expect(read('Hvor langt er der tilbage til målet for KIK II?').distance).toBe(true);
  });
  it('reads a return ("vender tilbage til kontanthjælp") as what is measured, not a distance left', () => {
    const f = read('Hvor stor en andel vendte tilbage til kontanthjælpen inden for et år?');
    expect(f.distance).toBeUndefined();
    expect(f.operation).toBe('lookup');
  });
});

describe('the measure words', () => {
  it('leave out organisations, cases, periods, kind and comparison words', () => {
    const f = read('Hvad er Aabenraas budget til integration og enkeltydelser i 2019?');
    expect(f).toMatchObject({ orgs: [['aabenraa']], kinds: ['budget'], periods: ['2019'], operation: 'lookup' });
    expect(f.measure).toEqual(['integration', 'enkeltydelser']);
  });
  it('add curated synonyms, also for phrases', () => {
    expect(read('Hvor mange flyttede til Viborg?').optional).toContain('tilflyttede');
    expect(read('kth i 2018').optional).toContain('kontanthjaelp');
  });
});

describe('follow-ups', () => {
  const first = read('Hvad var Hedensteds aktiveringsgrad i 2012?');
  const context = writeContext(first);
  it.each(['og i 2019?', 'hvad med Viborg?', 'and the target?', 'og budgettet?', 'hvorfor?'])('%s builds on the previous question', (q) => {
    expect(isFollowUp(read(q))).toBe(true);
  });
  it('a full question stands alone', () => expect(isFollowUp(read('Hvad var budgettet for kontanthjælp i 2019?'))).toBe(false));
  it('replaces only what the new question names', () => {
    const prev = readContext(context);
    if ('error' in prev) throw new Error(prev.error);
    expect(followUp(prev, read('og i 2011?'))).toMatchObject({ measure: first.measure, orgs: [['hedensted']], periods: ['2011'] });
    expect(followUp(prev, read('hvad med Viborg?'))).toMatchObject({ measure: first.measure, orgs: [['viborg']], periods: ['2012'] });
    expect(followUp(prev, read('and the target?'))).toMatchObject({ measure: first.measure, kinds: ['target'] });
  });
  it('refuses a context that is not one of ours, naming the field', () => {
    expect(readContext('{"v":1}')).toMatchObject({ error: expect.stringContaining('context') });
    expect(readContext('nonsense')).toMatchObject({ error: expect.stringContaining('context') });
  });
});

describe('cases named by their title', () => {
  const withTitle = lexiconFor(orgs, [...cases, { id: 'x.superb', orgId: 'x', title: 'Projekt Superb', aliases: [] }]).lexicon;
  it('keeps the question to the case, its title out of the measure words', () => {
    const f = readFrame('Hvad kostede Projekt Superb?', withTitle);
    expect(f).toMatchObject({ cases: ['x.superb'], units: ['money'] });
    expect(f.measure).not.toContain('superb');
  });
});

describe('a set-off negation says what the answer is not', () => {
  it('reads "– ikke budgettet" as a kind ruled out, not a kind asked and not a measure word', () => {
    const f = read('Hvad blev det faktiske resultat for 2017 – ikke budgettet?');
    expect(f.kinds).toEqual(['actual']);
    expect(f.excluded).toEqual({ words: [], kinds: ['budget'] });
    expect(f.measure).not.toContain('budgettet');
    expect(f.contrasts).not.toContain('negation:not');
  });
  it('reads "(ikke besparelsen)" and ", not the investment" as words that rule measures out', () => {
    const da = read('Hvad er den forventede merudgift (ikke besparelsen) i KIK II?');
    expect(da.excluded?.words).toEqual(['besparelsen']);
    expect(da.measure).toEqual(['merudgift']);
    expect(da.contrasts).not.toContain('money:saving');
    expect(read('What is the planned saving in KIK II, not the investment?').excluded?.words).toEqual(['investment']);
  });
  it('ends a negation at a spaced dash, so one in the middle of the question is read ("målet – ikke status – for …")', () => {
    const da = read('Hvad er målet - ikke status - for borgere på kontanthjælp i KIK II i 2019?');
    expect(da.excluded?.words).toEqual(['status']);
    expect(da.kinds).toEqual(['target']);
    expect(da.contrasts).not.toContain('negation:not');
    expect(da.measure).toContain('kontanthjaelp');
    expect(read('What is the goal – not the result – for young people in KIK II?').excluded?.words).toEqual(['result']);
  });
  it('reads a negation after a word that restates it ("– altså ikke …", "- i.e. not …"), and the restating word is no measure word', () => {
    const da = read('Hvad var budgettet i 2017 - altså ikke det faktiske?');
    expect(da.excluded).toEqual({ words: [], kinds: ['actual'] });
    expect(da.measure).toEqual([]);
    expect(read('What was the budget in 2017 - i.e. not the actual figure?').excluded?.kinds).toEqual(['actual']);
  });
  it('a negated kind tells apart what both name: the noun said outside the negation too rules nothing out', () => {
    const en = read('What saving was expected in KIK II – the estimated potential, not the realised saving?');
    expect(en.excluded).toEqual({ words: [], kinds: ['actual'] });
    const da = read('Hvilken merudgift er planlagt i KIK II, ikke den faktiske merudgift?');
    expect(da.excluded).toEqual({ words: [], kinds: ['actual'] });
    // Without a kind in the negation, its noun still rules measures out.
    expect(read('Hvad er besparelsen i KIK II, ikke investeringen?').excluded?.words).toEqual(['investeringen']);
  });
  it('leaves a negation inside the sentence to the measure ("skoler, hvor der ikke vejledes")', () => {
    const f = read('På hvor mange skoler, hvor der ikke vejledes, er der forløb?');
    expect(f.excluded).toBeUndefined();
    expect(f.contrasts).toContain('negation:not');
    expect(read('Hvor mange af de 180, ikke var kommet i job?').excluded).toBeUndefined();
  });
});

describe('the thing counted', () => {
  it('is the measure word right after "hvor mange" / "how many", as written', () => {
    expect(read('Hvor mange årsværk er ansat i projektet?').counted).toEqual({ word: 'aarsvaerk', said: 'årsværk' });
    expect(read('How many caseworkers are there in Viborg?').counted?.word).toBe('caseworkers');
  });
  it('is not a verb or a comparison', () => {
    expect(read('Hvor mange modtog uddannelseshjælp i Viborg?').counted).toBeUndefined();
    expect(read('How many more places would the proposal add?').counted).toBeUndefined();
    expect(read('Hvor mange af de unge kom i job?').counted).toBeUndefined();
  });
});

describe('curated benefits', () => {
  it('"integrationsydelse" is a benefit of its own, not public support in general', () => {
    expect(read('Hvor mange unge på integrationsydelse var der i Viborg?').contrasts).toContain('benefit:integrationsydelse');
    expect(read('How many young people on integration benefit were there in Viborg?').contrasts).toContain('benefit:integrationsydelse');
  });
});

describe('a relative difference', () => {
  it.each([
    'Hvor mange procent højere er Hedensteds andel end Viborgs?',
    'Hvor mange pct. lavere er Viborgs andel end Hedensteds (relativt)?',
    "How many percent higher is Hedensted's share than Viborg's?",
    "Relative to Viborg, how much higher is Hedensted's share?",
  ])('asks the difference in per cent of the other side: %s', (q) => {
    const f = read(q);
    expect(f.operation).toBe('difference');
    expect(f.relative).toBe(true);
  });
  it.each(['Hvor mange procentpoint højere er Hedensteds andel end Viborgs?', "How many points higher is Hedensted's share than Viborg's?"])(
    'but points ask the plain difference: %s',
    (q) => expect(read(q).relative).toBeUndefined(),
  );
});

describe('readFrame: words of change in the present tense', () => {
  it.each(['hvor meget ændrer udgiften sig fra 2019 til 2021?', 'hvor meget ændres budgettet fra 2018 til 2020'])('%s asks a change', (q) => {
    expect(read(q).operation).toBe('change');
  });

  it.each(['det oprindelige budget for kontanthjælp 2019', 'the revised budget for cash benefit in 2019', 'det korrigerede budget 2020'])('%s prefers a budget, naming no measure', (q) => {
    const f = read(q);
    expect(f.kinds).toContain('budget');
    expect(f.measure).not.toContain('oprindelige');
    expect(f.measure).not.toContain('revised');
    expect(f.measure).not.toContain('korrigerede');
  });
});

describe('readFrame: a number asked after the topic', () => {
  it.each(['KIK II – hvor mange er selvforsørgende nu?', 'kik ii hvor mange selvforsoergende', 'KIK II: how many self-supporting citizens?', 'KIK II (hvor meget sparer det?)'])('%s asks a quantity', (q) => {
    expect(read(q).quantity).toBe(true);
  });

  it.each(['Hvad er KIK II?', 'KIK II mange tak', 'tell me about KIK II'])('%s asks none', (q) => {
    expect(read(q).quantity).toBe(false);
  });
});

describe('readFrame: a report named after a kind', () => {
  it.each(['ifølge budgetopfølgningen, hvad koster en ung netto?', 'hvad viser seneste budgetopfølgning for kontanthjælp 2019?'])('%s asks no kind', (q) => {
    expect(read(q).kinds).toEqual([]);
  });
  it('while a budget is still a budget', () => {
    expect(read('hvad er budgettet for kontanthjælp 2019?').kinds).toEqual(['budget']);
  });
});
