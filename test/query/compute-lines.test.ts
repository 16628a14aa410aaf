/**
 * Two lines of one table, and a part counted inside a whole: "hvor meget mere budgetteres til A end til B"
 * is A − B (the budget is both sides' kind, not what is compared with), a budget's rise between two years is
 * a change, a small number names the side it stands in, and the part of a share is the measure counted
 * inside the whole (with a status on the last day of the whole's span). Pure tests of operands.ts and
 * compute.ts first, then the rules asked in words of the seed documents (001 Aabenraa, 002 Herning).
 */
import { describe, expect, it } from 'vitest';
import { isRefusal, share, subtract } from '../../functions/query/compute.js';
import { partWithin } from '../../functions/query/operands.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const named = (da: string) => ({ kpi: { name: { da, en: da } } });
const fig = (period: string, value: number): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind: 'actual', period, value, unit: 'persons', scale: 1, document: 'd', locator: 'l' });

describe('operands: the part counted inside the whole', () => {
  const whole = named('KIK II: tilgang af borgere efter 1. februar 2018');
  const part = named('KIK II: borgere kontant- og uddannelseshjælpsmodtagere');
  const inside = named('KIK II: borgere fra tilgangen efter 1. februar 2018, kontant- og uddannelseshjælpsmodtagere');
  const elsewhere = named('KIK II: borgere fra udgangspunktet 1. februar 2018, kontant- og uddannelseshjælpsmodtagere');
  it('is the measure naming all the part names and the words of the whole it lacks', () => {
    expect(partWithin(part, whole, [part, elsewhere, inside])).toBe(inside);
  });
  it('is none when no measure names the whole, or the whole adds no word', () => {
    expect(partWithin(part, whole, [part, elsewhere])).toBeUndefined();
    expect(partWithin(part, named('KIK II: borgere'), [part, inside])).toBeUndefined();
  });
});

describe('compute: periods of another kind line up only for levels', () => {
  const level = (period: string, value: number, unit: ResolvedFigure['unit']): ResolvedFigure => ({ ...fig(period, value), unit });
  it('a caseload, a share or a rank of a year and of a month are compared', () => {
    for (const unit of ['cases-per-caseworker', 'percent', 'rank'] as const) {
      const r = subtract('change', level('2019-03', 40, unit), level('2017', 65, unit), 'da', { periods: 'alike' });
      // (A rank's change is said the way places move: from 65th to 40th is up.)
      expect(isRefusal(r) ? r.refused : Math.abs(r.value)).toBe(25);
    }
  });
  it('a count of a year is not compared with a month’s: the year may be its total', () => {
    expect(isRefusal(subtract('change', fig('2019-03', 40), fig('2017', 65), 'da', { periods: 'alike' }))).toBe(true);
  });
});

describe('compute: a share of a cohort', () => {
  it('counts a status on the last day of the whole span within it, and nothing else across periods', () => {
    const r = share(fig('2018-08-31', 207), fig('2018-02-01--2018-08-31', 357), 'da', 'same');
    expect(isRefusal(r) ? r.refused : r.value).toBeCloseTo(57.98, 2);
    expect(isRefusal(share(fig('2018-06-30', 207), fig('2018-02-01--2018-08-31', 357), 'da', 'same'))).toBe(true);
  });
});

describe('in words', () => {
  const { ask } = seededEngine();

  it('two budget lines set against each other with "end" / "than" are line less line, the sides either side of it', async () => {
    const en = await ask("In 2021, how much more does Aabenraa budget for early retirement pension (førtidspension) than for 'Ledighedsydelse og fleksjob'?");
    expect(en.figures[0]).toMatchObject({ kind: 'difference', value: 112783 });
    const da = await ask('Hvor meget større er Aabenraas budget til sygedagpenge, revalidering m.v. end til kontanthjælp i 2019?');
    expect(da.figures[0]).toMatchObject({ kind: 'difference', value: 151293 - 107644 });
    expect(da.figures.slice(1).map((f) => f.kpi)).toEqual(['aabenraa.au-budget.sygedagpenge-revalidering', 'aabenraa.au-budget.kontanthjaelp']);
  });
  it('still compares with the budget when the budget follows "end"', async () => {
    const a = await ask('hvor meget mere end budgettet brugte KIK i 2017?');
    expect(a.figures[0]).toMatchObject({ kind: 'versus-budget' });
  });
  it('a budget rising from one year to the next is a change, not a deviation from budget', async () => {
    const a = await ask('Hvad er stigningen på Aabenraas budget til sygedagpenge, revalidering m.v. fra budget 2019 til overslagsåret 2020?');
    expect(a.figures[0]).toMatchObject({ kind: 'change', value: 2639, direction: 'up' });
  });
  it('a small number belongs to the side it stands in: of those with 3 or more, the share with 4 or more', async () => {
    const a = await ask('Hvor stor en andel af de gengangere, der havde 3 eller flere sygeperioder, havde 4 eller flere?');
    expect(a.figures[0]).toMatchObject({ kind: 'share' });
    expect(a.figures[0]!.value).toBeCloseTo(59.3, 1);
  });
  it('the part of a share is counted inside the whole: still on benefit among those who came after 1 February', async () => {
    const a = await ask('Hvor stor en andel af de borgere, der kom til KIK II efter 1. februar 2018, var stadig kontant- eller uddannelseshjælpsmodtagere ved status 31. august 2018?');
    expect(a.figures[0]).toMatchObject({ kind: 'share' });
    expect(a.calculation?.expression).toBe('207 / 357 = 58 %');
  });
});
