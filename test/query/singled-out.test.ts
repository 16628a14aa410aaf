/**
 * What a question singles out, the answer must be about. A word rare among measure names that names a thing
 * of a contrast family (an outcome such as work placement) which the best measure names nothing of means the
 * store holds no figure for what was asked: a lead on the question's other words is no licence to answer
 * with the group's total. "Hvor mange" asks a count, which a share beside it does not answer. Values are the
 * documents' (000: Viborg, 002: Herning).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a thing singled out that the measure is not about', () => {
  it('refuses people in work placement with the count of everyone on support, naming what is missing', async () => {
    for (const q of ['How many young people in Viborg were in a work placement in January 2015?', 'Hvor mange unge i Viborg var i praktik i januar 2015?']) {
      const a = await ask(q);
      expect(a.figures, q).toEqual([]);
      expect(a.text, q).toMatch(/virksomhedspraktik|work placement/);
    }
  });
  it('still answers the same group when the question singles nothing out', async () => {
    expect((await ask('Hvor mange unge i Viborg var på offentlig forsørgelse i januar 2015?')).figures[0]).toMatchObject({ value: 1959 });
  });
});

describe('the unit asked over a sibling measure of the same group', () => {
  it('"hvor mange" is the count, not the share beside it, though the share names one more of the words', async () => {
    const a = await ask('Hvor mange aktivitetsparate kontanthjælpsmodtagere var i virksomhedspraktik i en given måned under BIC 06?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.bic-06.i-virksomhedspraktik-og-loentilskud', unit: 'persons' });
  });
  it('a share asked is the share', async () => {
    const a = await ask('Hvor stor en andel af de aktivitetsparate kontanthjælpsmodtagere var i virksomhedspraktik i en given måned under BIC 06?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.bic-06.andel-i-virksomhedspraktik', unit: 'percent' });
  });
});
