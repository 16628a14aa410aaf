/**
 * The share of a rest from stored shares of one whole: "ikke A" is 100 − A, "hverken A eller B" is 100 − A − B,
 * shown as such; a measure that is itself the negated share is answered as stored. Values are document 004's
 * (Viborg's Ny indsats, Hedensted's young cash-benefit recipients) and 002's (Herning's long sickness cases).
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../functions/domain/query/index.js';
import { answerCardView } from '../../functions/query/card-view.js';
import { negatedParts } from '../../functions/query/compute-rest-share.js';
import { seededEngine } from './support/seed-store.js';

describe('negatedParts', () => {
  const frame = (text: string, measure: string[]) => ({ text, measure }) as Frame;
  it('cuts the parts after "hverken" at "eller"', () => {
    expect(negatedParts(frame('andel af de afsluttede gik hverken til arbejde eller foertidspension?', ['afsluttede', 'arbejde', 'foertidspension']))).toEqual([['arbejde'], ['foertidspension']]);
  });
  it('one part after "not"', () => {
    expect(negatedParts(frame('what share of the completers did not go to pension?', ['completers', 'pension']))).toEqual([['pension']]);
  });
  it('no parts when a clause follows the negation (it qualifies the whole) or a part names nothing', () => {
    expect(negatedParts(frame('andel af dem der ikke var i job som kom i uddannelse', ['job', 'uddannelse']))).toBeUndefined();
    expect(negatedParts(frame('andel der ikke eller dog', ['andel']))).toBeUndefined();
    expect(negatedParts(frame('andel til job', ['job']))).toBeUndefined();
  });
});

describe('the share of a rest', () => {
  const { ask } = seededEngine();

  it('"ikke A" is 100 − A, in percent, with the stored share as its operand', async () => {
    const a = await ask('Hvor mange procent af borgerne, der afsluttede Ny indsats, overgik ikke til førtidspension?');
    expect(a.figures[0]).toMatchObject({ kind: 'rest', value: 78, unit: 'percent' });
    expect(a.calculation?.expression).toBe('100 − 22 = 78 %');
    expect(a.figures[2]).toMatchObject({ kpi: 'viborg.ny-indsats.overgaaet-til-foertidspension', value: 22 });
    expect(a.headline?.measure).toMatch(/^Resten, ikke: /);
    // The 100 % has no source: it never borrows the stored share's section.
    expect(a.calculation?.operands[0]?.source).toBe('hele gruppen');
    // The card reads "100 % – hele gruppen", not "100 % – alle (100 %). Kilde: alle (100 %)"; the stored share keeps its source.
    const notes = answerCardView(a).notes;
    expect(notes).toContain('100 % – hele gruppen');
    expect(notes.find((n) => n.startsWith('22 % – '))).toMatch(/Kilde: /);
    expect(notes.join(' ')).not.toMatch(/100 %\)|alle \(/);
  });
  it('names the whole group in English too', async () => {
    const a = await ask('What percentage of the citizens who completed Ny indsats did not go on to disability pension?');
    expect(a.figures[0]).toMatchObject({ kind: 'rest', value: 78 });
    expect(answerCardView(a).notes).toContain('100% – the whole group');
  });
  it('"neither A nor B" is 100 − A − B', async () => {
    const a = await ask('What share of the long sickness benefit project cases went neither to work/flex job/rehabilitation nor to disability pension?');
    expect(a.figures[0]).toMatchObject({ kind: 'rest', value: 25, unit: 'percent' });
    expect(a.calculation?.expression).toBe('100 − 61 − 14 = 25%');
  });
  it('a stored share of those who do not is answered as stored', async () => {
    const a = await ask('Hvor stor en andel af de unge kontanthjælpsmodtagere i Hedensted vender ikke tilbage på kontanthjælp inden for et år?');
    expect(a.figures[0]).toMatchObject({ kpi: 'hedensted.unge.kontanthjaelp-16-24-ikke-tilbage-efter-1-aar', value: 51 });
  });
});
