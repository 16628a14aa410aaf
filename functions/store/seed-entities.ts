/**
 * The seed data files as entities ready for the store, with every cross-reference checked. Pure apart
 * from reading the folder: the same files always give the same entities (timestamps come from each
 * document's year, never from the clock), so seeding twice writes the same items.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  figureId,
  type Actor,
  type Case,
  type Figure,
  type Goal,
  type Kpi,
  type Organisation,
  type Proposal,
} from '../domain/model.js';
import { proposalToCase } from '../domain/proposal-to-case.js';
import { parseOrThrow } from '../domain/validation.js';
import { containers } from './containers.js';
import { SeedFileSchema, type SeedFile } from './seed-file.js';
import { seedDataPath } from '../seed-data-path.js';

export const SEED_ACTOR: Actor = { id: 'seed', kind: 'system' };

export interface SeedEntities {
  organisations: Organisation[];
  cases: Case[];
  kpis: Kpi[];
  figures: Figure[];
  goals: Goal[];
  proposals: Proposal[];
  /** The source documents the files name: what marks a case or goal as seed-derived. */
  documents: string[];
}

export type SeedContainer = Exclude<keyof SeedEntities, 'documents'>;
/** In write order: what is referred to before what refers to it. */
export const seedContainers: SeedContainer[] = ['organisations', 'cases', 'kpis', 'goals', 'proposals', 'figures'];

export class SeedError extends Error {}

export function defaultSeedDir(): string {
  return seedDataPath();
}

export async function readSeedFiles(dir: string = defaultSeedDir()): Promise<Array<{ name: string; file: SeedFile }>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  if (!names.length) throw new SeedError(`No seed data files (*.json) in ${dir}`);
  return Promise.all(
    names.map(async (name) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      } catch (error) {
        throw new SeedError(`Seed file ${name} is not valid JSON: ${(error as Error).message}`);
      }
      return { name, file: parseOrThrow(SeedFileSchema, json, `Seed file ${name}`) };
    }),
  );
}

export function buildSeedEntities(files: Array<{ name: string; file: SeedFile }>): SeedEntities {
  const problems: string[] = [];
  const out: SeedEntities = { organisations: [], cases: [], kpis: [], figures: [], goals: [], proposals: [], documents: [] };
  const from = new Map<string, string>(); // "container id" → file, to name both sides of a duplicate
  const add = <C extends SeedContainer>(container: C, item: SeedEntities[C][number], name: string) => {
    const key = `${container} ${item.id}`;
    const earlier = from.get(key);
    if (earlier === undefined) {
      from.set(key, name);
      (out[container] as Array<typeof item>).push(item);
      return;
    }
    // An organisation may be named by several documents, as long as they agree.
    const same = container === 'organisations' && isDeepStrictEqual(out.organisations.find((o) => o.id === item.id), item);
    if (!same) problems.push(`duplicate ${container} id "${item.id}" (${earlier} and ${name})`);
  };

  const figureRows: Array<{ name: string; source: Figure['source']; at: string; row: SeedFile['figures'][number] }> = [];
  for (const { name, file } of files) {
    const at = documentTime(name, file);
    const source = (locator: string, section: string | undefined) => ({
      document: file.document,
      locator,
      title: file.title,
      ...(section ? { section } : {}),
      ...(file.sectionKind ? { sectionKind: file.sectionKind } : {}),
    });
    out.documents.push(file.document);
    for (const o of file.organisations) add('organisations', o, name);
    for (const { locator, section, ...c } of file.cases) add('cases', { ...c, source: source(locator, section) }, name);
    for (const k of file.kpis) add('kpis', k, name);
    for (const { locator, section, ...g } of file.goals) add('goals', { ...g, source: source(locator, section) }, name);
    for (const { locator, section, ...p } of file.proposals) {
      // The forms carry no date of their own: the document's year is all there is to say.
      const proposal: Proposal = { ...p, source: source(locator, section), status: 'submitted', submittedBy: SEED_ACTOR, submittedAt: at, sourceDate: at.slice(0, 4), decisions: [] };
      add('proposals', proposal, name);
      const asCase = proposalToCase(proposal, { approved: false, now: at });
      add('cases', asCase.case, name);
      for (const k of asCase.kpis) add('kpis', k, name);
      for (const f of asCase.figures) add('figures', { ...f, id: figureId(f), updatedAt: at, updatedBy: SEED_ACTOR }, name);
    }
    for (const row of file.figures) figureRows.push({ name, source: source(row.locator, row.section), at, row });
  }

  // Figures last: they may name a KPI from any file.
  const kpis = new Map(out.kpis.map((k) => [k.id, k]));
  for (const { name, source, at, row } of figureRows) {
    const kpi = kpis.get(row.kpi);
    if (!kpi) {
      problems.push(`${name}: figure "${row.locator}" names unknown KPI "${row.kpi}"`);
      continue;
    }
    const orgId = row.org ?? kpi.orgId;
    const figure: Figure = {
      id: figureId({ kpiId: kpi.id, orgId, kind: row.kind, period: row.period }),
      kpiId: kpi.id,
      orgId,
      kind: row.kind,
      period: row.period,
      value: row.value,
      source,
      updatedAt: at,
      updatedBy: SEED_ACTOR,
    };
    if (row.bound !== undefined) figure.bound = row.bound;
    if (row.note !== undefined) figure.note = row.note;
    add('figures', figure, name);
  }

  problems.push(...danglingReferences(out));
  if (problems.length) throw new SeedError(`The seed data is inconsistent:\n- ${problems.join('\n- ')}`);
  // What the store will check on write, checked now so a bad seed writes nothing.
  for (const c of seedContainers) {
    (out[c] as unknown[]) = out[c].map((item) => parseOrThrow(containers[c].schema, item, `Seed ${c} item ${item.id}`));
  }
  return out;
}

function danglingReferences(e: SeedEntities): string[] {
  const problems: string[] = [];
  const ids = (list: Array<{ id: string }>) => new Set(list.map((i) => i.id));
  const orgs = ids(e.organisations);
  const cases = ids(e.cases);
  const kpis = ids(e.kpis);
  const goals = ids(e.goals);
  const need = (set: Set<string>, id: string | undefined, what: string, by: string) => {
    if (id !== undefined && !set.has(id)) problems.push(`${by} names unknown ${what} "${id}"`);
  };
  for (const c of e.cases) {
    need(orgs, c.orgId, 'organisation', `case ${c.id}`);
    need(cases, c.parentId, 'parent case', `case ${c.id}`);
  }
  for (const k of e.kpis) {
    need(orgs, k.orgId, 'organisation', `KPI ${k.id}`);
    need(cases, k.caseId, 'case', `KPI ${k.id}`);
  }
  for (const f of e.figures) need(orgs, f.orgId, 'organisation', `figure ${f.id}`);
  for (const g of e.goals) {
    need(orgs, g.orgId, 'organisation', `goal ${g.id}`);
    need(kpis, g.kpiId, 'KPI', `goal ${g.id}`);
    need(cases, g.caseId, 'case', `goal ${g.id}`);
    need(goals, g.parentGoalId, 'parent goal', `goal ${g.id}`);
  }
  for (const p of e.proposals) need(orgs, p.orgId, 'organisation', `proposal ${p.id}`);
  return problems;
}

/** The first of January of the document's year, taken from the file's title ("Herning Kommune 2016: …"). */
function documentTime(name: string, file: SeedFile): string {
  const year = /\b(19|20)\d{2}\b/.exec(file.title)?.[0];
  if (!year) throw new SeedError(`Seed file ${name}: its title should name the document's year ("${file.title}")`);
  return `${year}-01-01T00:00:00.000Z`;
}
