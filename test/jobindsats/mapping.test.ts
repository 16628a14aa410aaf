/** The mapping file: valid, and every KPI and organisation it names is in the seed with the same unit. */
import { describe, expect, it } from 'vitest';
import { loadMapping, parseMapping } from '../../functions/jobindsats/index.js';
import { loadSeedEntities } from '../../functions/store/seed.js';

describe('the Jobindsats mapping', () => {
  it('names only seed KPIs, in their own units, and seed organisations', async () => {
    const [mapping, seed] = await Promise.all([loadMapping(), loadSeedEntities()]);
    const kpis = new Map(seed.kpis.map((k) => [k.id, k]));
    const orgs = new Set(seed.organisations.map((o) => o.id));
    const columns = mapping.tables.flatMap((t) => t.columns);
    expect(columns.filter((c) => kpis.get(c.kpi)?.unit !== c.unit).map((c) => c.kpi)).toEqual([]);
    expect(mapping.areas.filter((a) => !orgs.has(a.org)).map((a) => a.name)).toEqual([]);
    // Municipal figures belong to the KPI's own municipality; other areas must be comparison groups.
    const kindOf = new Map(seed.organisations.map((o) => [o.id, o.kind]));
    const orgOf = new Map(mapping.areas.map((a) => [a.name, a.org]));
    const misplaced = mapping.tables.flatMap((t) =>
      t.columns.flatMap((c) =>
        (c.areas ?? t.areas)
          .filter((area) => kindOf.get(orgOf.get(area)!) === 'municipality' && orgOf.get(area) !== kpis.get(c.kpi)!.orgId)
          .map((area) => `${c.kpi} ← ${area}`),
      ),
    );
    expect(misplaced).toEqual([]);
  });

  it('a table asking for an area the mapping does not name is refused, naming the field', () => {
    const json = {
      areas: [{ name: 'Viborg', org: 'viborg' }],
      tables: [{ table: 'y38a02', title: 'x', periodType: 'M', areas: ['Vibrog'], columns: [{ label: 'Antal fuldtidspersoner', kpi: 'viborg.x', unit: 'persons' }], evidence: 'e' }],
    };
    expect(() => parseMapping(json)).toThrow(/tables\.0\.areas\.0: area "Vibrog" is not in the mapping's areas/);
  });

  it('a filter with two values is refused (a row must be one area and one period)', () => {
    const json = {
      areas: [{ name: 'Viborg', org: 'viborg' }],
      tables: [{ table: 'y38a02', title: 'x', periodType: 'M', filters: { _kon: ['Kvinder', 'Mænd'] }, areas: ['Viborg'], columns: [{ label: 'L', kpi: 'viborg.x', unit: 'persons' }], evidence: 'e' }],
    };
    expect(() => parseMapping(json)).toThrow(/tables\.0\.filters\._kon/);
  });
});
