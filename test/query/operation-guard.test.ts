/**
 * An operation asked ("2019+2020", "snit af A og B", "forholdstal", "som % af", "ekskl.", "enten … eller") that no
 * computation carried out is never answered with the one stored figure the search found: that figure is an
 * operand at best. A stored figure that is itself the result (a total line, a stored ratio, "Ledighedsydelse og
 * fleksjob" for "ledighedsydelse + fleksjob") passes, and so does an average over one thing ("i gennemsnit").
 */
import { describe, expect, it } from 'vitest';
import { unperformed } from '../../functions/query/operation-guard.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();

describe('the operation a stored figure does not carry', () => {
  it('is a sum for terms added, unless the measure names both terms or is a total', () => {
    expect(unperformed(frame('kik2 besparelse 2019+2020'), 'KIK II besparelse', 'mio. kr.', 0)).toBe('sum');
    expect(unperformed(frame('aabenraa ledighedsydelse + fleksjob 2018'), 'Budget: Ledighedsydelse og fleksjob', '1.000 kr.', 1)).toBeUndefined();
    expect(unperformed(frame('ØK og AU tilsammen i 2019'), 'KIK II: udvalg i alt', '1.000 kr.', 0)).toBeUndefined();
  });
  it('reads terms in brackets as what a figure is made of, not a sum asked', () => {
    expect(unperformed(frame('How many positions (advisers plus job consultant) move to jobafklaring?'), 'Project team', 'full-year-positions', 0)).toBeUndefined();
    expect(unperformed(frame('How many advisers plus job consultants move to jobafklaring?'), 'Project team', 'full-year-positions', 0)).toBe('sum');
  });
  it('is an average only over several municipalities, cases or periods', () => {
    expect(unperformed(frame('snit af aktiveringsgraden i Hedensted og Viborg'), 'Aktiveringsgrad', 'percent', 2)).toBe('average');
    expect(unperformed(frame('driftsudgift 2017-2019 gns pr år'), 'Driftsudgifter', '1.000 kr.', 0)).toBe('average');
    expect(unperformed(frame('Hvor stor en andel af sagerne vedrører kvinder i gennemsnit?'), 'Andel kvinder', 'percent', 0)).toBeUndefined();
    expect(unperformed(frame('Hvad er klyngegennemsnittet for aktiveringsgraden?'), 'Aktiveringsgrad', 'percent', 0)).toBeUndefined();
  });
  it('is a ratio or a share of another figure unless stored in that unit', () => {
    expect(unperformed(frame('kvinder pr. mand i sygedagpengesager (forholdstal)'), 'Andel kvinder', 'percent', 0)).toBe('ratio');
    expect(unperformed(frame('sager pr. sagsbehandler som forholdstal'), 'Sager pr. sagsbehandler', 'ratio', 0)).toBeUndefined();
    expect(unperformed(frame('gengangere med 4 perioder som % af alle'), 'Gengangere med 4 perioder', 'cases', 0)).toBe('share');
  });
  it('is something taken off unless the measure is a net or a total line', () => {
    expect(unperformed(frame('budget 2019 ekskl. overførselsudgifter'), 'Budget: Overførselsudgifter', '1.000 kr.', 0)).toBe('net');
    expect(unperformed(frame('Hvad er I alt-linjen (investering minus besparelse) i 2020?'), 'KIK II: udvalg i alt', '1.000 kr.', 0)).toBeUndefined();
  });
});

describe('an answer to an operation', () => {
  // A computation may come to answer these one day; what must never come back is one operand on its own.
  const noLoneOperand = (a: Awaited<ReturnType<typeof ask>>) => expect(a.figures.length === 0 || a.calculation !== undefined).toBe(true);
  it('is never one stored operand', async () => {
    noLoneOperand(await ask('Hvad er forholdstallet mellem kvinder og mænd i sygedagpengesager over 1 år i CEB?'));
    noLoneOperand(await ask('aabenraa budget 2020 ekskl. førtidspension?'));
    noLoneOperand(await ask('Hvad er driftsudgifterne for BIC 04 og BIC 06 tilsammen i 2018?'));
  });
  it('is refused naming the operation and offering the single figure', async () => {
    const a = await ask('aabenraa budget 2020 ekskl. førtidspension?');
    if (a.calculation) return;
    expect(a.text).toMatch(/trukket fra/);
    expect(a.alternatives.length).toBeGreaterThan(0);
  });
});
