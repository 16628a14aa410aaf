import { describe, expect, it } from 'vitest';
import { skeleton, Spelling } from '../../../functions/domain/query/spelling.js';

// Known words as a catalogue and lexicon would give them (folded); targets are the lexicon's one-word entries.
const known = ['paa', 'kontanthjaelp', 'kontanthjaelpsmodtagere', 'foertidspension', 'forsoergelse', 'aktiveringsgrad', 'sagsbehandler', 'maalet', 'for', 'foer',
  'uddannelse', 'uddannet', 'landsplan', 'andel', 'viborg', 'hvor', 'mange', 'var', 'koster', 'besparelse', 'besparelser', 'tilflyttede', 'fraflyttede', 'faktisk', 'seneste'];
const targets = ['koster', 'besparelse', 'faktisk', 'tilflyttede', 'fraflyttede', 'andel'];
const spelling = new Spelling(known, targets, { avg: 'average', ppl: 'people' });
const mend = (q: string, english = false) => spelling.repair(q, english);

describe('spelling: letters written without æ, ø, å', () => {
  it('folds ae, oe, aa to the one letter a keyboard without them writes', () => {
    expect(skeleton('foertidspension')).toBe('fortidspension');
    expect(skeleton('paa')).toBe('pa');
  });

  it.each([
    ['hvor mange var pa kontanthjalp i Viborg', 'hvor mange var paa kontanthjaelp i Viborg'],
    ['fortidspension og forsorgelse', 'foertidspension og forsoergelse'],
  ])('%s', (q, want) => expect(mend(q)).toBe(want));

  it('leaves a word the engine knows as written, though its skeleton is another known word’s ("for", not "før")', () => {
    expect(mend('budget for viborg')).toBe('budget for viborg');
  });

  it('leaves an English word alone in an English question ("far" is not "får")', () => {
    const english = new Spelling(['faar', 'haand'], [], {});
    expect(english.repair('how far from the target, hand on heart', true)).toBe('how far from the target, hand on heart');
    expect(english.repair('hvor mange far en hand', false)).toBe('hvor mange faar en haand');
  });

  it('leaves a word whose skeleton two known words share', () => {
    expect(new Spelling(['haar', 'haer'], [], {}).repair('hvem har flest')).toBe('hvem har flest');
    expect(new Spelling(['haar'], [], {}).repair('hvem har flest')).toBe('hvem haar flest');
  });
});

describe('spelling: one slip from a lexicon word', () => {
  it.each([
    ['hvad kotser det', 'hvad koster det'],
    ['den faktsik besparlse', 'den faktisk besparelse'],
    ['tilflytetde i alt', 'tilflyttede i alt'],
  ])('%s', (q, want) => expect(mend(q)).toBe(want));

  it('mends only into lexicon words: the measure search forgives a slip in a measure’s own words itself', () => {
    expect(mend('sagsbehandlr i viborg')).toBe('sagsbehandlr i viborg');
  });

  it('leaves short words, which are too near each other to tell a slip from another word', () => {
    expect(new Spelling(['borger'], ['borger'], {}).repair('hvor mange borge')).toBe('hvor mange borge');
    expect(new Spelling(['borgere'], ['borgere'], {}).repair('hvor mange borgeer')).toBe('hvor mange borgere');
  });

  it('leaves a word one slip from two known words (none is nearer than the other)', () => {
    const two = new Spelling(['tilflyttede', 'tilflyttere'], ['tilflyttede', 'tilflyttere'], {});
    expect(two.repair('hvor mange tilflyttete')).toBe('hvor mange tilflyttete');
  });

  it('leaves another form of a known word (the stemmer reads them alike) and a compound of known words', () => {
    expect(mend('besparelsen i viborg')).toBe('besparelsen i viborg');
    expect(mend('landsandel for viborg')).toBe('landsandel for viborg');
  });

  it('does not mend slips in an English question into the Danish lexicon', () => {
    expect(mend('what does it kotser', true)).toBe('what does it kotser');
  });
});

describe('spelling: compounds written apart and shorthand', () => {
  it('joins two words, one of them unknown, that are a known word together', () => {
    expect(mend('viborgs aktiverings grad')).toBe('viborgs aktiveringsgrad');
    expect(mend('hvor mange var')).toBe('hvor mange var');
  });

  it('reads a word cut off by a dot as the one known word it begins', () => {
    expect(mend('hvor mange paa kontanthj. i viborg')).toBe('hvor mange paa kontanthjaelp. i viborg');
    // "udd." begins "uddannelse" and "uddannet": which one is not said.
    expect(mend('hvor mange i udd. i viborg')).toBe('hvor mange i udd. i viborg');
    // Without the dot it is a word as written.
    expect(mend('kontanthj i viborg')).toBe('kontanthj i viborg');
  });

  it('spells out the abbreviations the data lists, keeping the rest as written', () => {
    expect(mend('Viborg avg per yr, ppl?', true)).toBe('Viborg average per yr, people?');
  });

  it('keeps capitals and punctuation of the words it leaves', () => {
    expect(mend('Hvor mange var pa Kontanthjalp i Viborg?')).toBe('Hvor mange var paa kontanthjaelp i Viborg?');
  });
});

describe('spelling: shorthand glued to the rest of a word', () => {
  const glued = new Spelling(
    ['uddannelseshjaelp', 'uddannelseshjaelpsmodtagere', 'uddannelse', 'kontanthjaelp', 'kontanthjaelpsmodtagere', 'foertidspension', 'overfoerselsudgifter', 'overfoerselsindkomst', 'budget', 'besparelse', 'sygedagpenge', 'sygedagpengesager', 'sygedagpengemodtagere', 'ue08', 'i', 'paa'],
    [],
    { kthj: 'kontanthjaelp' },
  );
  const fix = (q: string) => glued.repair(q);

  it('joins a part cut off by a dot to the word glued after it, into the one known word that begins and ends so', () => {
    expect(fix('hvor mange paa udd.hjælp')).toBe('hvor mange paa uddannelseshjaelp');
    expect(fix('hvor mange udd.hjaelpsmodtagere')).toBe('hvor mange uddannelseshjaelpsmodtagere');
    // The first part is shorthand the data lists: the whole word still wins.
    expect(fix('antal kontanthj.modtagere')).toBe('antal kontanthjaelpsmodtagere');
  });

  it('leaves a glued pair that two known words fit, or none', () => {
    // "sygedagpengesager" and "sygedagpengemodtagere" both begin "syge": the end tells them apart.
    expect(fix('antal syge.sager')).toBe('antal sygedagpengesager');
    const two = new Spelling(['ledighedsydelsesmodtagere', 'ledighedsdagpengemodtagere'], [], {});
    expect(two.repair('antal ledigh.modtagere')).toBe('antal ledigh.modtagere');
    expect(fix('antal bud.xyzzy')).toBe('antal bud.xyzzy');
    // Two letters begin too many words to say which.
    expect(fix('ud.hjælp')).toBe('ud.hjælp');
  });

  it('reads a part cut off by a dot written without æ, ø, å as the known word it begins', () => {
    expect(fix('hvor store er overforselsudg. i 2019')).toBe('hvor store er overfoerselsudgifter. i 2019');
    // "overfors…" begins two known words: which one is not said.
    expect(fix('hvor store er overfors. i 2019')).toBe('hvor store er overfors. i 2019');
  });

  it('splits a case code glued to a known word', () => {
    expect(fix('ue08budget 2017')).toBe('ue08 budget 2017');
    expect(fix('ue09abesparelse')).toBe('ue09a besparelse');
    expect(fix('kik2besparelse 2020')).toBe('kik2 besparelse 2020');
    // Not when what follows the code is no known word.
    expect(fix('ue08xyz')).toBe('ue08xyz');
  });

  it('spells out shorthand before a hyphen, the rest as written', () => {
    expect(fix('kthj-modtagere i 2018')).toBe('kontanthjaelp-modtagere i 2018');
  });
});
