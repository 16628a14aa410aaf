/**
 * `abonnér …` read word by word: case names (longest first, by id, code, title or alias, each case once),
 * times at the edges of the clock, every weekday and language spelling, separators, and what is ignored.
 */
import { describe, expect, it } from 'vitest';
import { parseSubscribeArgs } from '../../functions/digest/parse-settings.js';

type Named = Parameters<typeof parseSubscribeArgs>[1][number];
const cases = (): Named[] => [
  { id: 'aabenraa.kik', code: 'KIK', title: 'Kommunal indsats for ledige', aliases: [] },
  { id: 'aabenraa.kik-ii', code: 'KIK II', title: '', aliases: ['kik2', 'anden kik'] },
  { id: 'aabenraa.unge', title: 'Unge', aliases: [''] },
];

describe('parseSubscribeArgs', () => {
  it('takes the longest case name first, whatever order the cases come in', () => {
    expect(parseSubscribeArgs('KIK II', cases())).toEqual({ caseIds: ['aabenraa.kik-ii'] });
    expect(parseSubscribeArgs('KIK II', cases().reverse())).toEqual({ caseIds: ['aabenraa.kik-ii'] });
    expect(parseSubscribeArgs('kik ii og kik', cases())).toEqual({ caseIds: ['aabenraa.kik-ii', 'aabenraa.kik'] });
  });

  it('finds a case by its id, title or alias, and names it once however often it is named', () => {
    expect(parseSubscribeArgs('aabenraa.unge', cases())).toEqual({ caseIds: ['aabenraa.unge'] });
    expect(parseSubscribeArgs('kommunal indsats for ledige', cases())).toEqual({ caseIds: ['aabenraa.kik'] });
    expect(parseSubscribeArgs('kik2 anden kik KIK II', cases())).toEqual({ caseIds: ['aabenraa.kik-ii'] });
  });

  it('matches whole words only, and commas and semicolons separate like spaces', () => {
    expect(parseSubscribeArgs('kikkert', cases())).toEqual({});
    expect(parseSubscribeArgs('kik,unge;fredag', cases())).toEqual({ caseIds: ['aabenraa.unge', 'aabenraa.kik'], weekday: 5 });
  });

  it('takes away the whole case name: a name ending in a setting word leaves none of it behind', () => {
    const named: Named[] = [{ id: 'x.ydelsen', title: 'Ledighedsydelsen', aliases: [] }];
    expect(parseSubscribeArgs('ledighedsydelsen', named)).toEqual({ caseIds: ['x.ydelsen'] });
    expect(parseSubscribeArgs('ledighedsydelsen da', named)).toEqual({ caseIds: ['x.ydelsen'], language: 'da' });
  });

  it('takes away the words of a case name before reading the rest: a title word is no setting', () => {
    const withDay: Named[] = [{ id: 'x.mandag', title: 'Mandag møde', aliases: [] }];
    expect(parseSubscribeArgs('mandag møde', withDay)).toEqual({ caseIds: ['x.mandag'] });
    expect(parseSubscribeArgs('mandag møde tirsdag', withDay)).toEqual({ caseIds: ['x.mandag'], weekday: 2 });
  });

  it.each([
    ['0:00', '00:00'],
    ['9.30', '09:30'],
    ['23:59', '23:59'],
    ['07:05', '07:05'],
  ])('reads the time %s as %s', (word, time) => {
    expect(parseSubscribeArgs(word, [])).toEqual({ time });
  });

  it.each(['24:00', '12:60', '9:3', '123:00', '9:300', 'kl9:30', '9:30x', '9-30'])('ignores %s, which is no time of day', (word) => {
    expect(parseSubscribeArgs(word, [])).toEqual({});
  });

  it('reads every weekday in Danish and English, long and short', () => {
    const days = [
      ['mandag', 'man', 'monday', 'mon'],
      ['tirsdag', 'tir', 'tuesday', 'tue'],
      ['onsdag', 'ons', 'wednesday', 'wed'],
      ['torsdag', 'tor', 'thursday', 'thu'],
      ['fredag', 'fre', 'friday', 'fri'],
      ['lørdag', 'lør', 'saturday', 'sat'],
      ['søndag', 'søn', 'sunday', 'sun'],
    ];
    days.forEach((names, i) => {
      for (const name of names) expect(parseSubscribeArgs(name.toUpperCase(), []), name).toEqual({ weekday: i + 1 });
    });
  });

  it('reads every language spelling', () => {
    for (const word of ['da', 'dansk', 'danish']) expect(parseSubscribeArgs(word, [])).toEqual({ language: 'da' });
    for (const word of ['en', 'engelsk', 'english']) expect(parseSubscribeArgs(word, [])).toEqual({ language: 'en' });
  });

  it('ignores words it does not know, and the last of two settings of a kind wins', () => {
    expect(parseSubscribeArgs('  hver   uge  ', [])).toStrictEqual({});
    expect(parseSubscribeArgs('en hver uge', [])).toStrictEqual({ language: 'en' });
    expect(parseSubscribeArgs('mandag fredag 8:00 9:15 da en', [])).toEqual({ weekday: 5, time: '09:15', language: 'en' });
  });
});
