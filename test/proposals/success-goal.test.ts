/**
 * A success criterion read as a goal, one case per rule: each unit word, percent in both spellings, years
 * skipped, each word that makes fewer better, the goal's fields, and long criteria clipped.
 */
import { describe, expect, it } from 'vitest';
import { firstQuantity, redactCpr, successGoal } from '../../functions/domain/proposals/index.js';

describe('the quantity in a criterion', () => {
  it.each([
    ['12 fuldtidspersoner', 'full-time-persons'],
    ['12 helårspersoner', 'full-year-persons'],
    ['12 årsværk', 'full-year-positions'],
    ['12 borgere', 'persons'],
    ['12 personer', 'persons'],
    ['12 unge', 'persons'],
    ['12 ledige', 'persons'],
    ['12 kandidater', 'persons'],
    ['12 deltagere', 'persons'],
    ['12 modtagere', 'persons'],
    ['12 elever', 'persons'],
    ['12 medarbejdere', 'persons'],
    ['12 virksomheder', 'companies'],
    ['12 sager', 'cases'],
    ['12 sag', 'cases'],
    ['12 kr', 'dkk'],
    ['12 mio', 'dkk'],
    ['12 t.kr', 'dkk'],
    ['12 tkr', 'dkk'],
    ['12 praktikker', 'count'],
    ['12', 'count'],
    ['12 %', 'percent'],
    ['12 procent', 'percent'],
    ['12%', 'percent'],
  ])('%s is in %s', (text, unit) => {
    expect(firstQuantity(`Mindst ${text} i alt`)).toEqual({ value: 12, unit });
  });

  it('reads Danish numbers, skips years and words with digits, and drops a full stop', () => {
    expect(firstQuantity('1.600 borgere')).toEqual({ value: 1600, unit: 'persons' });
    expect(firstQuantity('-281 sager')).toEqual({ value: -281, unit: 'cases' });
    expect(firstQuantity('0,5 årsværk')).toEqual({ value: 0.5, unit: 'full-year-positions' });
    expect(firstQuantity('Fra 2019 til 2021: 7 virksomheder')).toEqual({ value: 7, unit: 'companies' });
    expect(firstQuantity('I 1999 var det 3 sager')).toEqual({ value: 3, unit: 'cases' });
    expect(firstQuantity('2100 borgere')).toEqual({ value: 2100, unit: 'persons' });
    expect(firstQuantity('KIK2 og 4 borgere')).toEqual({ value: 4, unit: 'persons' });
    expect(firstQuantity('Målet er 10.')).toEqual({ value: 10, unit: 'count' });
    // "t.kr." used to be read as a count: the unit word stopped at its dot.
    expect(firstQuantity('En besparelse på 1.161 t.kr. i 2018')).toEqual({ value: 1161, unit: 'dkk' });
    expect(firstQuantity('12 sager.')).toEqual({ value: 12, unit: 'cases' });
    expect(firstQuantity('I 2020')).toBeUndefined();
    // Only a whole four-digit number from 1900 to 2099 is a year.
    expect(firstQuantity('12019 borgere')).toEqual({ value: 12019, unit: 'persons' });
    expect(firstQuantity('20190 sager')).toEqual({ value: 20190, unit: 'cases' });
  });
});

describe('a criterion as a goal', () => {
  const input = { orgId: 'herning', caseId: 'herning.bic-08', criterion: '  Yderligere 12 borgere\n går i job pr. år ', deadlineYear: 2029 };

  it('becomes a KPI and an end goal of the case, named in both languages', () => {
    expect(successGoal(input)).toEqual({
      kpi: {
        id: 'herning.bic-08.succeskriterium',
        orgId: 'herning',
        caseId: 'herning.bic-08',
        name: { da: 'Succeskriterium: Yderligere 12 borgere går i job pr. år', en: 'Success criterion (in Danish): Yderligere 12 borgere går i job pr. år' },
        aliases: ['succeskriterium', 'success criterion'],
        unit: 'persons',
        scale: 1,
        direction: 'higher-is-better',
      },
      goal: {
        id: 'herning.bic-08.succeskriterium',
        orgId: 'herning',
        kpiId: 'herning.bic-08.succeskriterium',
        caseId: 'herning.bic-08',
        level: 'end',
        title: { da: 'Yderligere 12 borgere går i job pr. år', en: 'Success criterion (in Danish): Yderligere 12 borgere går i job pr. år' },
        target: 12,
        deadline: '2029',
      },
    });
    expect(successGoal({ ...input, criterion: 'Bedre trivsel' })).toBeUndefined();
  });

  it.each(['færre', 'Reducere', 'reduceres', 'nedbringe', 'reduktion', 'falde', 'faldende', 'mindre', 'lavere', 'nedsætte', 'kortere'])(
    '"%s" makes lower better',
    (word) => {
      expect(successGoal({ ...input, criterion: `${word} end 12 sager` })?.kpi.direction).toBe('lower-is-better');
    },
  );

  it('clips a long criterion to 500 characters', () => {
    const long = `12 borgere ${'x'.repeat(600)}`;
    const goal = successGoal({ ...input, criterion: long })!;
    expect(goal.goal.title.da).toHaveLength(500);
    expect(goal.goal.title.da.endsWith('…')).toBe(true);
    expect(goal.kpi.name.da).toHaveLength(500);
    const exactly500 = `12 ${'x'.repeat(497)}`;
    expect(successGoal({ ...input, criterion: exactly500 })!.goal.title.da).toBe(exactly500);
  });
});

describe('redacting CPR numbers from kept input', () => {
  it('replaces real CPR numbers only', () => {
    expect(redactCpr('Borger 010190-1234 og 0101901234, tlf. 12345678, nr. 320190-1234', '[CPR]')).toBe('Borger [CPR] og [CPR], tlf. 12345678, nr. 320190-1234');
    expect(redactCpr('x9010190-1234', '[CPR]')).toBe('x9010190-1234');
  });
});
