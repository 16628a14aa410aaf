/**
 * Two kinds of one measure, each with its own period, set against each other: "the budgeted result for 2019 against
 * the actual result in 2018". Each kind takes the year written nearest it; a question whose words pair nothing ("budget
 * and actual for 2016 and 2017") is read as before. Values: 001, KIK's economy (budget 2017 −8,6, 2019 22; actual 2016
 * 6,1, 2017 25,3, 2018 to 31 May 11,4; mio. kr.).
 */
import { describe, expect, it } from 'vitest';
import { periodsOfKinds } from '../../functions/query/compute-kind-sides.js';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const operands = (a: Answer) => a.figures.slice(1).map((x) => [x.kind, x.period, x.value]);

describe('which period each kind is asked for', () => {
  const f = (text: string, periods: string[]) => ({ text, periods, latest: false });
  it('pairs each kind with the year written nearest it, in either order', () => {
    // words: 0 the 1 budget 2 for 3 2019 4 against 5 the 6 actual 7 in 8 2018
    const said = [{ kind: 'budget' as const, at: 1 }, { kind: 'actual' as const, at: 6 }];
    expect(periodsOfKinds(f('the budget for 2019 against the actual in 2018', ['2019', '2018']), said)).toEqual(new Map([['budget', '2019'], ['actual', '2018']]));
    // words: 0 2019 1 budgettet 2 mod 3 det 4 faktiske 5 i 6 2016
    const da = [{ kind: 'budget' as const, at: 1 }, { kind: 'actual' as const, at: 4 }];
    expect(periodsOfKinds(f('2019 budgettet mod det faktiske i 2016', ['2019', '2016']), da)).toEqual(new Map([['budget', '2019'], ['actual', '2016']]));
  });
  it('pairs nothing when the words do not, when one year is asked, or one kind', () => {
    // words: 0 budget 1 and 2 actual 3 for 4 2016 5 and 6 2017 — as near the one year as the other
    const said = [{ kind: 'budget' as const, at: 0 }, { kind: 'actual' as const, at: 2 }];
    expect(periodsOfKinds(f('budget and actual for 2016 and 2017', ['2016', '2017']), [{ kind: 'budget', at: 0 }, { kind: 'actual', at: 4 }])).toBeUndefined();
    expect(periodsOfKinds(f('budget og faktisk i 2016', ['2016']), said)).toBeUndefined();
    expect(periodsOfKinds(f('the budget for 2019 and for 2018', ['2019', '2018']), [{ kind: 'budget', at: 1 }, { kind: 'budget', at: 5 }])).toBeUndefined();
  });
});

describe('two kinds, each with its own period, worked out', () => {
  it('a difference is the first named less the second (da and en)', async () => {
    const da = await ask('Hvor meget lavere var KIKs budgetterede resultat for 2017 end det faktiske resultat i 2016?');
    expect(operands(da)).toEqual([['budget', '2017', -8.6], ['actual', '2016', 6.1]]);
    // "hvor meget lavere" of a fall asks its size, the working keeps the sign.
    expect(da.figures[0]!.value).toBeCloseTo(14.7, 6);
    expect(da.text).toContain('lavere');
    const en = await ask("How much higher was KIK's actual result in 2017 than its budgeted result for 2019?");
    expect(operands(en)).toEqual([['actual', '2017', 25.3], ['budget', '2019', 22]]);
    expect(en.figures[0]!.value).toBeCloseTo(3.3, 6);
  });
  it('a share or a per cent takes the base the words name, each side in its own period', async () => {
    const share = await ask("What was KIK's actual result in 2016 as a share of the budgeted result for 2019?");
    expect(share.figures[0]).toMatchObject({ unit: 'percent' });
    expect(share.figures[0]!.value).toBeCloseTo((6.1 / 22) * 100, 4);
    const pct = await ask('Hvor mange procent over det budgetterede resultat for 2019 lå KIKs faktiske resultat i 2017?');
    expect(operands(pct)).toEqual([['actual', '2017', 25.3], ['budget', '2019', 22]]);
    expect(pct.figures[0]!.value).toBeCloseTo(15, 1);
  });
  it('the same period for both kinds is the gap to the budget as before', async () => {
    const a = await ask('Hvor meget højere var KIKs faktiske resultat i 2017 end det budgetterede resultat for 2017?');
    expect(operands(a)).toEqual([['actual', '2017', 25.3], ['budget', '2017', -8.6]]);
  });
});
