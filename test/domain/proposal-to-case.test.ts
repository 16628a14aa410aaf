import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../functions/domain/errors.js';
import {
  CaseSchema,
  FigureInputSchema,
  KpiSchema,
  ProposalSchema,
  figureId,
  type Proposal,
} from '../../functions/domain/model.js';
import { nextProposalNumber, proposalToCase } from '../../functions/domain/proposal-to-case.js';
import { SeedFileSchema } from '../../functions/store/seed-file.js';

const NOW = '2026-11-22T10:00:00+01:00';
const SOURCE = { document: '002_421666660a21ff93.txt', locator: 'Prioriteringsforslag BIC 01' };

function proposal(overrides: Partial<Record<keyof Proposal, unknown>> = {}): Proposal {
  return ProposalSchema.parse({
    id: 'herning.bic-01',
    orgId: 'herning',
    kind: 'priority',
    number: 'BIC 01',
    responsibleUnit: 'BIC',
    title: 'Udvide Transit til borgere med en varighed over 12 måneder',
    effortTypes: ['afhjaelpende'],
    approach: 'investering',
    economy: [
      { year: 2017, operatingCostChange: 375, benefitSaving: 290, staffChange: 1 },
      { year: 2018, operatingCostChange: 450, benefitSaving: 1161, staffChange: 1 },
      { year: 2019, operatingCostChange: 450, benefitSaving: 1161, staffChange: 1 },
    ],
    status: 'submitted',
    submittedBy: { id: 'seed', kind: 'system' },
    submittedAt: '2016-11-30T00:00:00Z',
    source: SOURCE,
    ...overrides,
  });
}

describe('proposalToCase', () => {
  it('turns a submitted proposal into a proposed case with its number as code and aliases', () => {
    const { case: c } = proposalToCase(proposal(), { approved: false, now: NOW });
    expect(c).toMatchObject({
      id: 'herning.bic-01',
      orgId: 'herning',
      code: 'BIC 01',
      kind: 'proposal',
      status: 'proposed',
      ownerUnit: 'BIC',
      effortTypes: ['afhjaelpende'],
      approach: 'investering',
      period: '2017--2019',
      proposalId: 'herning.bic-01',
      source: SOURCE,
    });
    expect(c.aliases).toEqual(['BIC01', 'Udvide Transit til borgere med en varighed over 12 måneder']);
    expect(CaseSchema.parse(c)).toEqual(c);
  });

  it('turns an approved proposal into a planned approved-proposal case with budget figures', () => {
    const out = proposalToCase(proposal(), { approved: true, now: NOW });
    expect(out.case).toMatchObject({ kind: 'approved-proposal', status: 'planned' });
    expect(new Set(out.figures.map((f) => f.kind))).toEqual(new Set(['budget']));
  });

  it('makes three KPIs with units, scale and bilingual aliases', () => {
    const { kpis } = proposalToCase(proposal(), { approved: false, now: NOW });
    expect(kpis.map((k) => [k.id, k.unit, k.scale, k.caseId])).toEqual([
      ['herning.bic-01.driftsudgifter', 'dkk', 1000, 'herning.bic-01'],
      ['herning.bic-01.sparet-forsoergelse', 'dkk', 1000, 'herning.bic-01'],
      ['herning.bic-01.aarsvaerk', 'full-year-positions', 1, 'herning.bic-01'],
    ]);
    const aliases = kpis.flatMap((k) => k.aliases);
    for (const word of ['besparelse', 'sparet forsørgelse', 'saving', 'investering', 'årsværk', 'staff']) {
      expect(aliases).toContain(word);
    }
    expect(kpis[1]!.direction).toBe('higher-is-better');
    for (const k of kpis) expect(KpiSchema.parse(k)).toEqual(k);
  });

  it('makes one expected figure per KPI and year, sourced to the proposal', () => {
    const { figures } = proposalToCase(proposal(), { approved: false, now: NOW });
    expect(figures).toHaveLength(9);
    expect(figures).toContainEqual({
      kpiId: 'herning.bic-01.sparet-forsoergelse',
      orgId: 'herning',
      kind: 'expected',
      period: '2018',
      value: 1161,
      source: SOURCE,
    });
    for (const f of figures) expect(FigureInputSchema.parse(f)).toEqual(f);
    expect(new Set(figures.map(figureId)).size).toBe(figures.length);
  });

  it('gives no figure for a row or year the form left blank (the blank row is still a measure)', () => {
    const p = proposal({
      number: 'CEB 01',
      economy: [
        { year: 2017, operatingCostChange: 274, staffChange: 0.61 },
        { year: 2018, operatingCostChange: 365, staffChange: 0.81 },
      ],
    });
    const { kpis, figures, case: c } = proposalToCase(p, { approved: false, now: NOW });
    expect(kpis.map((k) => k.id)).toEqual(['herning.ceb-01.driftsudgifter', 'herning.ceb-01.sparet-forsoergelse', 'herning.ceb-01.aarsvaerk']);
    expect(figures.map((f) => [f.period, f.value])).toEqual([
      ['2017', 274],
      ['2018', 365],
      ['2017', 0.61],
      ['2018', 0.81],
    ]);
    expect(c.period).toBe('2017--2018');
  });

  it('keeps every written zero of a row, leading and trailing too, and no blank cell', () => {
    const p = proposal({
      economy: [
        { year: 2016, operatingCostChange: 0 },
        { year: 2017, operatingCostChange: 100 },
        { year: 2018, operatingCostChange: 0, staffChange: 1 },
        { year: 2019, operatingCostChange: 50 },
      ],
    });
    const { figures } = proposalToCase(p, { approved: false, now: NOW });
    expect(figures.map((f) => [f.kpiId.split('.').pop(), f.period, f.value])).toEqual([
      ['driftsudgifter', '2016', 0],
      ['driftsudgifter', '2017', 100],
      ['driftsudgifter', '2018', 0],
      ['driftsudgifter', '2019', 50],
      ['aarsvaerk', '2018', 1],
    ]);
  });

  it('stores a saving positive under a measure whose name says it is saved, so no answer needs the form\'s minus', () => {
    const { kpis, figures } = proposalToCase(proposal({ economy: [{ year: 2018, benefitSaving: 275 }] }), { approved: false, now: NOW });
    expect(kpis.find((k) => k.id.endsWith('sparet-forsoergelse'))!.name).toEqual({ da: 'Sparet forsørgelsesudgift', en: 'Saved benefit cost' });
    expect(figures[0]!.value).toBe(275);
  });

  it('gives a form with a table all three rows as measures: a 0 throughout is figures, a blank row none', () => {
    const p = proposal({ economy: [{ year: 2017, staffChange: 0, operatingCostChange: 10 }, { year: 2018, staffChange: 0 }] });
    const { kpis, figures } = proposalToCase(p, { approved: false, now: NOW });
    expect(kpis.map((k) => k.id.split('.').pop())).toEqual(['driftsudgifter', 'sparet-forsoergelse', 'aarsvaerk']);
    expect(figures.some((f) => f.kpiId.endsWith('sparet-forsoergelse'))).toBe(false);
    expect(figures.filter((f) => f.kpiId.endsWith('aarsvaerk')).map((f) => [f.period, f.value])).toEqual([
      ['2017', 0],
      ['2018', 0],
    ]);
  });

  it('gives a proposal without figures a case and nothing else', () => {
    const { case: c, kpis, figures } = proposalToCase(proposal({ economy: [] }), { approved: false, now: NOW });
    expect(kpis).toEqual([]);
    expect(figures).toEqual([]);
    expect(c.period).toBeUndefined();
  });

  it('slugs lettered and unnumbered proposals', () => {
    expect(proposalToCase(proposal({ number: 'UE 09a' }), { approved: false, now: NOW }).case.id).toBe('herning.ue-09a');
    const unnumbered = proposal({ number: undefined, title: 'Håndholdt indsats for unge mødre' });
    const { case: c } = proposalToCase(unnumbered, { approved: false, now: NOW });
    expect(c.id).toBe('herning.haandholdt-indsats-for-unge-moedre');
    expect(c.code).toBeUndefined();
    expect(c.aliases).toEqual(['Håndholdt indsats for unge mødre']);
  });

  it('names the proposal itself as source when it has no document', () => {
    const { figures, case: c } = proposalToCase(proposal({ source: undefined }), { approved: true, now: NOW });
    expect(c.source).toEqual({ document: 'Målbot proposal herning.bic-01', locator: 'BIC 01, as of 2026-11-22' });
    expect(figures[0]!.source).toEqual(c.source);
  });

  it('refuses a now that is not a date', () => {
    expect(() => proposalToCase(proposal(), { approved: false, now: 'yesterday' })).toThrow(ValidationError);
  });

  it('converts every Herning seed proposal into valid, uniquely identified items', () => {
    const url = new URL('../../functions/seed-data/herning-2016-prioriteringsforslag.json', import.meta.url);
    const seed = SeedFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
    const caseIds = new Set<string>();
    const figureIds = new Set<string>();
    let figureCount = 0;
    for (const { locator, ...rest } of seed.proposals) {
      const p = ProposalSchema.parse({
        ...rest,
        status: 'submitted',
        submittedBy: { id: 'seed', kind: 'system' },
        submittedAt: '2016-11-30T00:00:00Z',
        source: { document: seed.document, locator },
      });
      const out = proposalToCase(p, { approved: false, now: NOW });
      CaseSchema.parse(out.case);
      out.kpis.forEach((k) => KpiSchema.parse(k));
      out.figures.forEach((f) => FigureInputSchema.parse(f));
      caseIds.add(out.case.id);
      out.figures.forEach((f) => figureIds.add(figureId(f)));
      figureCount += out.figures.length;
    }
    expect(caseIds.size).toBe(30);
    expect(figureIds.size).toBe(figureCount);
    expect(caseIds).toContain('herning.ceb-06a');
  });
});

describe('nextProposalNumber', () => {
  it('counts on from the highest number of the unit', () => {
    const bic = ['BIC 01', 'BIC 02', 'BIC 03', 'BIC 04', 'BIC 05', 'BIC 06', 'BIC 07'];
    expect(nextProposalNumber('BIC', bic)).toBe('BIC 08');
    expect(nextProposalNumber('BIC', ['BIC 03', 'BIC 01'])).toBe('BIC 04');
  });

  it('starts at 01 and ignores other units', () => {
    expect(nextProposalNumber('CEB', [])).toBe('CEB 01');
    expect(nextProposalNumber('JC', ['BIC 07', 'UE 09b', 'JCX 04'])).toBe('JC 01');
  });

  it('treats lettered variants as their number', () => {
    expect(nextProposalNumber('UE', ['UE 02', 'UE 08', 'UE 09a', 'UE 09b'])).toBe('UE 10');
    expect(nextProposalNumber('CEB', ['CEB 06A', 'ceb 06b', 'CEB 04'])).toBe('CEB 07');
  });

  it('reads numbers written without the space and trims the prefix', () => {
    expect(nextProposalNumber(' UE ', ['UE08'])).toBe('UE 09');
  });

  it('grows past two digits', () => {
    expect(nextProposalNumber('JC', ['JC 99'])).toBe('JC 100');
  });

  it('refuses a prefix that is not a unit', () => {
    expect(() => nextProposalNumber('', [])).toThrow(ValidationError);
    expect(() => nextProposalNumber('BIC 01', [])).toThrow(ValidationError);
  });

  it('never returns a number already taken, and always one above every taken number', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('', 'a', 'b'))), (taken) => {
        const existing = taken.map(([n, s]) => `UE ${String(n).padStart(2, '0')}${s}`);
        const next = nextProposalNumber('UE', existing);
        expect(existing).not.toContain(next);
        const n = Number(next.slice(3));
        for (const [m] of taken) expect(n).toBeGreaterThan(m);
      }),
    );
  });
});

describe('a proposal case\'s KPIs and economy', () => {
  // Made inside each test, not once for the describe block, so a mutation run sees which test reads them.
  const kpisOf = () => proposalToCase(proposal(), { approved: false, now: NOW }).kpis;

  it('each KPI is named and described in both languages, with words to find it by and none blank or repeated', () => {
    const kpis = kpisOf();
    for (const k of kpis) {
      for (const text of [k.name.da, k.name.en, k.description?.da, k.description?.en]) expect(text?.trim()).toBeTruthy();
      expect(k.aliases.length).toBeGreaterThanOrEqual(5);
      for (const alias of k.aliases) expect(alias.trim()).not.toBe('');
      expect(new Set(k.aliases).size).toBe(k.aliases.length);
    }
    expect(kpis.map((k) => k.name.da)).toEqual(['Ændring i driftsudgifter', 'Sparet forsørgelsesudgift', 'Ændring i personaleforbrug (årsværk)']);
    expect(kpis.map((k) => k.name.en)).toEqual(['Change in operating cost', 'Saved benefit cost', 'Change in staff (full-year positions)']);
  });

  it('lower operating cost is better, a larger saving is better, and staff is neither', () => {
    expect(kpisOf().map((k) => k.direction)).toEqual(['lower-is-better', 'higher-is-better', 'neutral']);
  });

  it('reads the economy in year order, whatever order the form gave it in', () => {
    const p = proposal({
      economy: [
        { year: 2019, operatingCostChange: 30 },
        { year: 2017, operatingCostChange: 10 },
        { year: 2018, operatingCostChange: 0 },
      ],
    });
    const { figures, case: c } = proposalToCase(p, { approved: false, now: NOW });
    expect(figures.map((f) => [f.period, f.value])).toEqual([
      ['2017', 10],
      ['2018', 0],
      ['2019', 30],
    ]);
    expect(c.period).toBe('2017--2019');
  });

  it('a year with only a change in staff still counts toward the years the economy touches', () => {
    const p = proposal({ economy: [{ year: 2017, staffChange: 1 }, { year: 2018, operatingCostChange: 5 }] });
    expect(proposalToCase(p, { approved: false, now: NOW }).case.period).toBe('2017--2018');
  });

  it('the years the economy touches are those with a non-zero figure, though its zeros are figures', () => {
    const p = proposal({ economy: [{ year: 2017, benefitSaving: 0 }, { year: 2018, benefitSaving: 5 }, { year: 2019, benefitSaving: 0 }] });
    const { figures, case: c } = proposalToCase(p, { approved: false, now: NOW });
    expect(figures.map((f) => f.period)).toEqual(['2017', '2018', '2019']);
    expect(c.period).toBe('2018');
  });

  it('a number written without its space is its own alias', () => {
    expect(proposalToCase(proposal({ number: 'BIC01' }), { approved: false, now: NOW }).case.aliases).toEqual([
      'Udvide Transit til borgere med en varighed over 12 måneder',
    ]);
  });

  it('a long title makes an id of at most 80 characters that does not end in a dash', () => {
    const title = `${'a'.repeat(79)} b`;
    const { case: c } = proposalToCase(proposal({ number: undefined, title }), { approved: false, now: NOW });
    expect(c.id).toBe(`herning.${'a'.repeat(79)}`);
    expect(() => proposalToCase(proposal({ number: undefined, title: '!!!' }), { approved: false, now: NOW })).toThrow(/no letters or digits/);
  });

  it('a unit that numbers with three digits keeps three', () => {
    expect(nextProposalNumber('UE', ['UE 009'])).toBe('UE 010');
    expect(nextProposalNumber('Team  Vest', ['team vest 3'])).toBe('Team Vest 04');
  });
});

describe('refusals name the field', () => {
  it('a now that is not a date names "now"; a prefix that is not a unit names "unitPrefix"', () => {
    for (const [run, field] of [
      [() => proposalToCase(proposal(), { approved: false, now: 'yesterday' }), 'now'],
      [() => nextProposalNumber('BIC 1', []), 'unitPrefix'],
      [() => nextProposalNumber('1BIC', []), 'unitPrefix'],
      [() => nextProposalNumber('B1C 2', []), 'unitPrefix'],
      [() => nextProposalNumber('BIC!', []), 'unitPrefix'],
    ] as const) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect((error as ValidationError).errors.map((e) => e.field)).toEqual([field]);
        expect((error as ValidationError).errors[0]!.message).not.toBe('');
        expect((error as ValidationError).message).not.toBe('');
      }
    }
  });

  it('a unit prefix of letters and digits inside is fine, spaces are squeezed, and a number may carry spaces around it', () => {
    expect(nextProposalNumber('B1C', [' B1C 04 '])).toBe('B1C 05');
    expect(nextProposalNumber('Team   Vest', [])).toBe('Team Vest 01');
  });
});

describe('ids from titles', () => {
  it.each([
    ['Ærø  og   Café – (for unge)', 'aeroe-og-cafe-for-unge'],
    ['(BIC) Flere i job!', 'bic-flere-i-job'],
  ])('%s → %s', (title, slug) => {
    const { case: c } = proposalToCase(proposal({ number: undefined, title }), { approved: false, now: NOW });
    expect(c.id).toBe(`herning.${slug}`);
    expect(c.published).toBe(true);
  });
});
