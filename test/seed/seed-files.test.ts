/**
 * Consistency of every seed data file in functions/seed-data/, taken together: the loader reads them all
 * into one store, so a reference may point into another file, but every reference must resolve and no
 * two files may claim the same figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { figureId } from '../../functions/domain/model.js';
import { SeedFileSchema, type SeedFile } from '../../functions/store/seed-file.js';

const dir = new URL('../../functions/seed-data/', import.meta.url);
const fileNames = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();

function parse(name: string): SeedFile {
  return SeedFileSchema.parse(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
}

/** Ids claimed by more than one item, with where each came from. */
function duplicates(items: { id: string; from: string }[]): string[] {
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const { id, from } of items) {
    const first = seen.get(id);
    if (first !== undefined) dups.push(`${id} (${first} and ${from})`);
    else seen.set(id, from);
  }
  return dups;
}

describe('seed data files', () => {
  it('the folder holds the seed files', () => {
    expect(fileNames.length).toBeGreaterThanOrEqual(4);
  });

  it.each(fileNames)('%s parses with SeedFileSchema', (name) => {
    const result = SeedFileSchema.safeParse(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  describe('taken together', () => {
    const files = fileNames.map((name) => ({ name, seed: parse(name) }));
    const all = <T>(pick: (s: SeedFile) => T[]) => files.flatMap(({ name, seed }) => pick(seed).map((item) => ({ item, from: name })));

    const orgs = all((s) => s.organisations);
    const cases = all((s) => s.cases);
    const kpis = all((s) => s.kpis);
    const figures = all((s) => s.figures);
    const goals = all((s) => s.goals);
    const proposals = all((s) => s.proposals);

    const orgById = new Map(orgs.map(({ item }) => [item.id, item]));
    const caseById = new Map(cases.map(({ item }) => [item.id, item]));
    // The loader makes each proposal a case of the same id (proposal-to-case.ts); a KPI may belong to one.
    const proposalCaseIds = new Set(proposals.map(({ item }) => item.id));
    const kpiById = new Map(kpis.map(({ item }) => [item.id, item]));
    const goalById = new Map(goals.map(({ item }) => [item.id, item]));

    it('an organisation defined in several files is defined the same way each time', () => {
      const differing = orgs.filter(({ item }) => !isDeepStrictEqual(orgById.get(item.id), item)).map(({ item, from }) => `${item.id} in ${from}`);
      expect(differing).toEqual([]);
    });

    it('case, KPI, goal and proposal ids are unique across all files', () => {
      const ids = (list: { item: { id: string }; from: string }[]) => list.map(({ item, from }) => ({ id: item.id, from }));
      expect(duplicates(ids(cases))).toEqual([]);
      expect(duplicates(ids(kpis))).toEqual([]);
      expect(duplicates(ids(goals))).toEqual([]);
      expect(duplicates(ids(proposals))).toEqual([]);
    });

    it("every case's organisation and parent exist, and parent chains end", () => {
      const problems: string[] = [];
      for (const { item: c, from } of cases) {
        if (!orgById.has(c.orgId)) problems.push(`${c.id} (${from}): unknown org ${c.orgId}`);
        if (c.parentId !== undefined) {
          const parent = caseById.get(c.parentId);
          if (!parent) problems.push(`${c.id} (${from}): unknown parent ${c.parentId}`);
          else if (parent.orgId !== c.orgId) problems.push(`${c.id}: parent belongs to ${parent.orgId}`);
        }
        const visited = new Set<string>();
        for (let at: string | undefined = c.id; at !== undefined; at = caseById.get(at)?.parentId) {
          if (visited.has(at)) {
            problems.push(`${c.id}: parent chain loops at ${at}`);
            break;
          }
          visited.add(at);
        }
      }
      expect(problems).toEqual([]);
    });

    it("every KPI's organisation and case exist, and its id starts with its organisation", () => {
      const problems: string[] = [];
      for (const { item: k, from } of kpis) {
        if (!orgById.has(k.orgId)) problems.push(`${k.id} (${from}): unknown org ${k.orgId}`);
        if (k.caseId !== undefined && !caseById.has(k.caseId) && !proposalCaseIds.has(k.caseId)) problems.push(`${k.id} (${from}): unknown case ${k.caseId}`);
        if (!k.id.startsWith(`${k.orgId}.`)) problems.push(`${k.id}: id does not start with "${k.orgId}."`);
      }
      expect(problems).toEqual([]);
    });

    it("every figure's KPI exists, and a named organisation exists and is not the KPI's own", () => {
      const problems: string[] = [];
      for (const { item: f, from } of figures) {
        const kpi = kpiById.get(f.kpi);
        if (!kpi) problems.push(`${f.kpi} ${f.period} (${from}): unknown KPI`);
        if (f.org !== undefined && !orgById.has(f.org)) problems.push(`${f.kpi} ${f.period} (${from}): unknown org ${f.org}`);
        if (f.org !== undefined && f.org === kpi?.orgId) problems.push(`${f.kpi} ${f.period} (${from}): org repeats the KPI's own`);
      }
      expect(problems).toEqual([]);
    });

    it('no two figures share KPI, organisation, kind and period', () => {
      const ids = figures.map(({ item: f, from }) => ({
        id: figureId({ kpiId: f.kpi, orgId: f.org ?? kpiById.get(f.kpi)?.orgId ?? '?', kind: f.kind, period: f.period }),
        from,
      }));
      expect(duplicates(ids)).toEqual([]);
    });

    it('ranks are whole numbers from 1', () => {
      const bad = figures
        .filter(({ item: f }) => kpiById.get(f.kpi)?.unit === 'rank')
        .filter(({ item: f }) => !Number.isInteger(f.value) || f.value < 1)
        .map(({ item: f }) => `${f.kpi} ${f.period} = ${f.value}`);
      expect(bad).toEqual([]);
    });

    it("every goal's KPI, organisation, case and parent goal exist; sub-goals have an end goal above them", () => {
      const problems: string[] = [];
      for (const { item: g, from } of goals) {
        const kpi = kpiById.get(g.kpiId);
        if (!kpi) problems.push(`${g.id} (${from}): unknown KPI ${g.kpiId}`);
        else if (kpi.orgId !== g.orgId) problems.push(`${g.id}: org ${g.orgId} but KPI belongs to ${kpi.orgId}`);
        if (!orgById.has(g.orgId)) problems.push(`${g.id} (${from}): unknown org ${g.orgId}`);
        if (g.caseId !== undefined && !caseById.has(g.caseId)) problems.push(`${g.id} (${from}): unknown case ${g.caseId}`);
        if (g.level === 'sub') {
          const parent = g.parentGoalId === undefined ? undefined : goalById.get(g.parentGoalId);
          if (!parent) problems.push(`${g.id} (${from}): sub-goal without a known parent goal`);
          else if (parent.level !== 'end') problems.push(`${g.id}: parent ${parent.id} is not an end goal`);
        } else if (g.parentGoalId !== undefined) {
          problems.push(`${g.id}: an end goal has a parent goal`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("every proposal's organisation exists", () => {
      const unknown = proposals.filter(({ item: p }) => !orgById.has(p.orgId)).map(({ item: p, from }) => `${p.id} (${from}): ${p.orgId}`);
      expect(unknown).toEqual([]);
    });
  });
});
