/**
 * Words that tell candidates apart decide between them: one naming every telling word any other names,
 * and more, is the one meant; naming the same, the one about nothing the question leaves out (the whole
 * over its unnamed part). Synthetic contenders, so only the rule is tested; a word common among measure
 * names ("job") tells nothing (isTelling, checked on the seeded catalogue in lookup-precision.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../functions/domain/model.js';
import { distinguished, explains, totalMeant, type Contender } from '../../functions/query/distinguish.js';

function contender(name: string, says: string[], beyond: string[] = [], fits = true): Contender {
  return { kpi: { id: name, name: { da: name, en: name } } as unknown as Kpi, fitsKind: fits, fitsPeriod: fits, says, beyond };
}

describe('distinguishing words', () => {
  const upskilling = contender('IGU: opkvalificering (uger)', ['igu', 'opkvalificering']);
  const saved = contender('IGU: uger med sparet integrationsydelse', ['igu'], ['spar', 'integrationsydels']);
  it('picks the candidate naming a telling word the other does not, and all the other names', () => {
    expect(distinguished([upskilling, saved], [upskilling, saved])).toBe(upskilling);
    expect(distinguished([saved, upskilling], [saved, upskilling])).toBe(upskilling);
  });
  it('picks nobody when each names a telling word the other does not', () => {
    const service = contender('Budget: Serviceudgifter', ['serviceudgifter']);
    const total = contender('Budget: udvalget i alt', ['udvalgets']);
    expect(distinguished([service, total], [service, total])).toBeUndefined();
  });
  it('picks the whole over its part when both name the same words and the part is about more', () => {
    const whole = contender('Budget: Serviceudgifter', ['serviceudgifter'], []);
    const part = contender('Budget: Serviceudgifter: Øvrige sociale udgifter', ['serviceudgifter'], ['oevr', 'social']);
    expect(distinguished([part, whole], [part, whole])).toBe(whole);
  });
  it('picks nobody when a candidate outside the options names as much, or the winner misses the period', () => {
    const equal = contender('IGU: opkvalificering (timer)', ['igu', 'opkvalificering'], []);
    const more = contender('IGU: opkvalificering, elever', ['igu', 'elever'], []);
    expect(distinguished([upskilling, saved], [upskilling, saved, equal])).toBeUndefined();
    expect(distinguished([upskilling, saved], [upskilling, saved, more])).toBeUndefined();
    const late = contender('IGU: opkvalificering (uger)', ['igu', 'opkvalificering'], [], false);
    expect(distinguished([late, saved], [late, saved])).toBeUndefined();
  });
  it('picks nobody on no telling word at all', () => {
    expect(distinguished([contender('a', []), contender('b', [])], [])).toBeUndefined();
  });
  it('a word names a term by stem or as the first part of a compound', () => {
    expect(explains(['serviceudgift'], 'serviceudgifterne')).toBe(true);
    expect(explains(['kontanthjaelpsmodtag'], 'kontanthjaelp')).toBe(true);
    expect(explains(['kontanthjaelp'], 'uddannelseshjaelp')).toBe(false);
  });
  it('a total asked is the reading named as a total that names every telling word the others name', () => {
    const total = contender('KIK II pr. udvalg: Finansiering i alt', ['finansiering'], ['udvalg', 'alt']);
    const part = contender('KIK II: Øvrig finansiering', ['finansiering'], ['oevrig']);
    const wider = contender('KIK II pr. udvalg: Investering og besparelse i alt', ['finansiering'], ['udvalg', 'investering', 'besparels', 'alt']);
    expect(totalMeant([part, total])).toBe(total);
    expect(totalMeant([total, part, wider])).toBe(total);
    const other = contender('KIK II: Finansiering: beskæftigelsesbonus', ['finansiering', 'beskaeftigelsesbonus']);
    expect(totalMeant([total, other])).toBeUndefined();
    expect(totalMeant([total, wider])).toBeUndefined();
  });
});
