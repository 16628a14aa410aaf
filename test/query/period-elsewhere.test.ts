/**
 * A period the measure meant lacks is refused with the periods it has, never answered by another measure that
 * happens to reach that period, nor by adding up the years it has (001 Aabenraa: the committee's budget table
 * covers 2018-2021; KIK II's lines by committee reach 2022).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the measure meant lacks the period', () => {
  it('refuses a year past the committee table, naming the years it has, in both languages', async () => {
    const en = await ask("What is the labour market committee's total budget for 2022?");
    expect(en.figures).toEqual([]);
    expect(en.text).toContain('2021');
    const da = await ask('Arbejdsmarkedsudvalgets budget i alt 2022?');
    expect(da.figures).toEqual([]);
    expect(da.text).toContain('Arbejdsmarkedsudvalget i alt');
  });
  it('still answers a year the table has', async () => {
    const a = await ask("What is the labour market committee's total budget for 2020?");
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.au-budget.udvalget-i-alt', period: '2020' });
  });
});
