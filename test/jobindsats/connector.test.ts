/** The connector against the fake Jobindsats: what is new, what changed, and re-runs that change nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureId } from '../../functions/domain/model.js';
import { formatRunTable, reportLines } from '../../functions/jobindsats/index.js';
import { snapshot } from '../import/support.js';
import { AT, world, type World } from './support.js';

let w: World;
beforeEach(async () => (w = await world()));
afterEach(() => w.dispose());

const UDH = 'viborg.unge.uddannelseshjaelpsmodtagere';
const ANDEL = 'viborg.unge.andel-paa-offentlig-forsoergelse';
const ADAG = 'viborg.unge.a-dagpengemodtagere';
const id = (kpi: string, org: string, period: string) => figureId({ kpiId: kpi, orgId: org, kind: 'actual', period });
const dataRequests = () => w.fake.requests.filter((r) => r.path.startsWith('/v2/data/'));

describe('a dry run', () => {
  it('lists new and changed figures per KPI and writes nothing', async () => {
    const before = await snapshot(w.store);
    const run = await w.run({ dryRun: true });
    expect(run.written).toBe(false);
    expect(await snapshot(w.store)).toEqual(before);

    const lines = reportLines(run);
    expect(lines).toContainEqual(expect.objectContaining({ status: 'new', kpi: UDH, org: 'viborg', period: '2017-10', after: 640 }));
    // Comparisons come with the home figure: cluster and national shares for the same month.
    expect(lines.filter((l) => l.kpi === ANDEL && l.period === '2017-11').map((l) => [l.org, l.after])).toEqual(
      expect.arrayContaining([['viborg', 13.9], ['klynge-viborg', 15], ['landsplan', 12.1]]),
    );
    // The seed's own September figures come back with the same values: unchanged, not new; the seed's
    // "ca. 350" A-dagpenge recipients come back as 352: a change.
    expect(run.plan.unchanged.map((p) => p.figure.id)).toEqual(expect.arrayContaining([id(UDH, 'viborg', '2017-09'), id(ANDEL, 'viborg', '2017-09')]));
    expect(lines).toContainEqual({ status: 'changed', kpi: ADAG, org: 'viborg', period: '2017-09', before: 350, after: 352, shown: '352 fuldtidspersoner' });
    // A rolling quarter ending in March is that quarter; the seed's 2016-Q1 rank is confirmed.
    expect(run.plan.unchanged.map((p) => p.figure.id)).toContain(id('viborg.unge.placering-i-klyngen', 'viborg', '2016-Q1'));
    expect(lines).toContainEqual(expect.objectContaining({ kpi: 'viborg.unge.placering-i-klyngen', period: '2016-Q3', after: 3 }));
    // A blank cell ('.') is no figure.
    expect(lines.some((l) => l.kpi === ADAG && l.period === '2017-11')).toBe(false);

    const table = formatRunTable(run);
    expect(table).toMatch(/^Status\s+KPI\s+Organisation\s+Period\s+Before\s+After$/m);
    expect(table).toMatch(new RegExp(`^new\\s+${UDH.replace(/\./g, '\\.')}\\s+viborg\\s+2017-10\\s+—\\s+640 fuldtidspersoner$`, 'm'));
    expect(table).toMatch(/^changed\s+viborg\.unge\.a-dagpengemodtagere\s+viborg\s+2017-09\s+350\s+352 fuldtidspersoner$/m);
    expect(table).toMatch(/Dry run: nothing was written/);
  });

  it('a figure Jobindsats confirms keeps what a person noted on it', async () => {
    w.fake.tables.y01a02!.values.Viborg!['2017M09'] = { 'Antal fuldtidspersoner': 350 };
    const run = await w.run();
    expect(run.plan.unchanged.map((p) => p.figure.id)).toContain(id(ADAG, 'viborg', '2017-09'));
    expect((await w.store.figures.get(id(ADAG, 'viborg', '2017-09'), ADAG))!.note).toMatch(/^Ca\. 350/);
  });

  it('asks only for periods newer than the store holds, plus the last two it holds', async () => {
    await w.run({ dryRun: true });
    const asked = Object.fromEntries(dataRequests().map((r) => [r.path.split('/')[3], r.body!.period]));
    // The store holds 2017-09 for these KPIs: 2017M08 and 2017M09 are checked again, then everything newer.
    expect(asked.y38a02).toEqual(['2017M08', '2017M09', '2017M10', '2017M11']);
    // Only the mapped kind of period is asked for (2016M09 is in the table's list, not a rolling
    // quarter); 2016QMAT02 (Dec–Feb) sorts before 2016QMAT03 (Q1, held), 2015QMAT03 is too old to recheck.
    expect(asked.y30r21).toEqual(['2016QMAT02', '2016QMAT03', '2016QMAT06', '2016QMAT09']);
    const body = dataRequests().find((r) => r.path.includes('y30r21'))!.body!;
    expect(body).toMatchObject({ area: ['Viborg'], _ygrp_y30r21: ['Ydelsesgrupper i alt'] });
    expect(w.fake.requests.every((r) => r.authorization === w.fake.token)).toBe(true);
  });
});

describe('applying', () => {
  it('stores the figures with Jobindsats as source and actor; a second run finds nothing new', async () => {
    const first = await w.run();
    expect(first.written).toBe(true);
    const stored = await w.store.figures.get(id(UDH, 'viborg', '2017-10'), UDH);
    expect(stored).toMatchObject({ value: 640, updatedAt: AT, updatedBy: { id: 'jobindsats', kind: 'system' }, source: { document: 'Jobindsats (api.jobindsats.dk)' } });
    expect(stored!.source.locator).toContain('y38a02');
    const audit = await w.store.audit.findAll({ partitionKey: stored!.id });
    expect(audit.map((a) => [a.action, a.actor.id])).toEqual([['import', 'jobindsats']]);
    // A confirmed seed figure keeps its own source document.
    expect((await w.store.figures.get(id(UDH, 'viborg', '2017-09'), UDH))!.source.document).not.toMatch(/Jobindsats/);

    const after = await snapshot(w.store);
    const second = await w.run();
    expect(second.written).toBe(false);
    expect(reportLines(second)).toEqual([]);
    expect(formatRunTable(second)).toMatch(/Nothing new/);
    expect(await snapshot(w.store)).toEqual(after);
  });

  it('a new month is fetched on its own (with the two before it) and stored', async () => {
    await w.run();
    w.fake.tables.y38a02!.periods.push('2017M12');
    w.fake.tables.y38a02!.values.Viborg!['2017M12'] = { 'Antal fuldtidspersoner': 615 };
    w.fake.requests.length = 0;
    const run = await w.run();
    expect(dataRequests().find((r) => r.path.includes('y38a02'))!.body!.period).toEqual(['2017M10', '2017M11', '2017M12']);
    expect(reportLines(run)).toEqual([expect.objectContaining({ status: 'new', kpi: UDH, period: '2017-12', after: 615 })]);
  });

  it('a corrected value is recorded as a change, with the value before in the audit trail', async () => {
    await w.run();
    w.fake.tables.y38a02!.values.Viborg!['2017M11'] = { 'Antal fuldtidspersoner': 625 };
    const run = await w.run();
    expect(reportLines(run)).toEqual([expect.objectContaining({ status: 'changed', kpi: UDH, period: '2017-11', before: 622, after: 625 })]);
    expect(formatRunTable(run)).toMatch(/^changed\s+viborg\.unge\.uddannelseshjaelpsmodtagere\s+viborg\s+2017-11\s+622\s+625 fuldtidspersoner$/m);
    const fig = id(UDH, 'viborg', '2017-11');
    const audit = await w.store.audit.findAll({ partitionKey: fig });
    expect(audit.map((a) => [(a.before as { value?: number } | undefined)?.value, (a.after as { value: number }).value])).toEqual(
      expect.arrayContaining([[undefined, 622], [622, 625]]),
    );
  });

  it('a correction to a seed figure replaces it and names Jobindsats as its source', async () => {
    w.fake.tables.y38a02!.values.Viborg!['2017M09'] = { 'Antal fuldtidspersoner': 636 };
    await w.run();
    expect(await w.store.figures.get(id(UDH, 'viborg', '2017-09'), UDH)).toMatchObject({ value: 636, source: { document: 'Jobindsats (api.jobindsats.dk)' } });
  });
});
