/**
 * "A eller B i alt", "A or B combined": the two measures added up, with the working — never B alone. A measure whose
 * own name is "A eller B" answers itself. Values: KIK II status on 31 August 2018 (001): selvforsørgende 408, anden
 * forsørgelse 83, øvrige målgrupper 16; Transit (002): 22 in work or education.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('two measures joined by "eller" / "or" in a sum', () => {
  it('"selvforsørgende eller på anden forsørgelse i alt" is 408 + 83', async () => {
    const a = await ask('Hvor mange i KIK II var selvforsørgende eller på anden forsørgelse i alt pr. 31. august 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 491 });
    expect(a.figures.slice(1).map((x) => x.value).sort()).toEqual([408, 83]);
  });
  it('in English, "or … combined" is the same sum', async () => {
    const a = await ask('KIK II: citizens on other support or in other target groups combined, as of 31 August 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'sum', value: 99 });
  });
  it('a measure named "i arbejde eller uddannelse" is one figure, not counted twice', async () => {
    const a = await ask('Hvor mange af Transit-borgerne kom i alt i arbejde eller uddannelse?');
    expect(a.figures[0]).toMatchObject({ value: 22 });
  });
  it('a shortened compound ("kontant- eller uddannelseshjælp") is one measure', async () => {
    const a = await ask('Hvor mange kontant- eller uddannelseshjælpsmodtagere var der i alt i KIK II pr. 31. august 2018?');
    expect(a.figures[0]).toMatchObject({ value: 978 });
  });
});
