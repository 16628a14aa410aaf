/**
 * changeAsked: whether a question asks a change or a comparison without naming what to set it against (in a
 * conversation the figure just answered is the other side), and whether in per cent.
 */
import { describe, expect, it } from 'vitest';
import { changeAsked, fold } from '../../../functions/domain/query/index.js';

const asked = (q: string) => changeAsked(fold(q));

describe('a change asked with one side left unsaid', () => {
  it.each([
    ['hvor meget lavere er det i 2020?', 'change'],
    ['og hvor mange flere er der i 2019?', 'change'],
    ['er det steget i 2021?', 'change'],
    ['how much less is it in 2021?', 'change'],
    ['and how much does it change in 2020?', 'change'],
    ['by what percentage does it fall by 2021?', 'percent-change'],
    ['stigning i procent?', 'percent-change'],
    ['hvor mange procent højere er det i 2019?', 'percent-change'],
  ])('%s asks a %s', (q, op) => expect(asked(q)).toBe(op));
  it.each(['og i 2020?', 'and for 2021?', 'hvad er det i procent af budgettet?', 'how many were there in 2019?'])('%s asks none', (q) =>
    expect(asked(q)).toBeUndefined(),
  );
});
