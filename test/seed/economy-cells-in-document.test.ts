/**
 * Every cell of every economy table in Herning's forms (document 002) against the seed: a blank cell is
 * an absent field, a written number (a written 0 too) is that number. The table is tab-separated in the
 * extracted text: a label, then one cell per year 2016-2019. Savings are stored positive though the forms
 * write them with a minus (README "The store"); the other rows keep the form's sign.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../functions/domain/numbers.js';
import type { EconomyYear } from '../../functions/domain/model.js';
import { SeedFileSchema } from '../../functions/store/seed-file.js';
import { documentText } from './document-numbers.js';

const seed = SeedFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../functions/seed-data/herning-2016-prioriteringsforslag.json', import.meta.url), 'utf8')),
);

type Field = 'operatingCostChange' | 'benefitSaving' | 'staffChange';
const ROWS: [RegExp, Field][] = [
  [/^Ændring i (nettoudgifter|driftsudgifter)/, 'operatingCostChange'],
  [/^Spar(t)?et forsørgelsesudgift/, 'benefitSaving'],
  [/^Ændring i personaleforbrug/, 'staffChange'],
];

interface Form {
  unit: string;
  number: string;
  /** The written cells by field, one per year from `years`; '' is blank. */
  cells: Partial<Record<Field, string[]>>;
  years: number[];
}

function forms(): Form[] {
  return documentText('002')
    .split('Prioriteringsforslag - Refusionsreform')
    .slice(1)
    .map((text) => {
      const head = /Ansvare?lig enhed:\s*(\S+)\s+Forslag nr\.:\s*(\S+(?: \d\w*)?)/.exec(text);
      if (!head) throw new Error(`a form without unit and number: ${text.slice(0, 80)}`);
      const lines = text.split('\n');
      const header = lines.findIndex((l) => /^\t2016\t2017\t2018\t2019\s*$/.test(l));
      const cells: Form['cells'] = {};
      // The table's rows follow its header within a few lines; the text below may repeat a row's label.
      for (const line of header < 0 ? [] : lines.slice(header + 1, header + 8)) {
        const row = ROWS.find(([label]) => label.test(line));
        if (row && !cells[row[1]]) cells[row[1]] = [0, 1, 2, 3].map((i) => (line.split('\t')[i + 1] ?? '').trim());
      }
      return { unit: head[1]!, number: head[2]!, cells, years: header < 0 ? [] : [2016, 2017, 2018, 2019] };
    });
}

function proposalOf(form: Form) {
  const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const found = seed.proposals.filter((p) => p.responsibleUnit === form.unit && compact(p.number ?? '').endsWith(compact(form.number)));
  if (found.length !== 1) throw new Error(`${form.unit} ${form.number}: ${found.length} proposals`);
  return found[0]!;
}

/** The stored value a written cell stands for; undefined for a blank. */
function expected(field: Field, cell: string): number | undefined {
  if (cell === '') return undefined;
  const n = parseNumber(cell);
  if (n === undefined) throw new Error(`cell "${cell}" is not a number`);
  return field === 'benefitSaving' ? Math.abs(n) : n;
}

describe("Herning's economy tables, cell by cell", () => {
  const all = forms();

  it('finds all 30 forms, each with its table and its three rows', () => {
    expect(all.length).toBe(30);
    for (const f of all) expect(Object.keys(f.cells).sort(), `${f.unit} ${f.number}`).toEqual(['benefitSaving', 'operatingCostChange', 'staffChange']);
  });

  it.each(all.map((f) => [`${f.unit} ${f.number}`, f] as const))('%s: a blank cell is absent, a written one (0 too) is stored', (_, form) => {
    const p = proposalOf(form);
    const stored = (year: number): Partial<EconomyYear> => p.economy.find((y) => y.year === year) ?? {};
    const table: Record<string, (number | undefined)[]> = {};
    const seeded: Record<string, (number | undefined)[]> = {};
    for (const [, field] of ROWS) {
      table[field] = form.years.map((_, i) => expected(field, form.cells[field]?.[i] ?? ''));
      seeded[field] = form.years.map((y) => stored(y)[field]);
    }
    expect(seeded).toEqual(table);
    // No year the table leaves wholly blank is stored, and none outside the table.
    const filled = form.years.filter((_, i) => ROWS.some(([, f]) => table[f]![i] !== undefined));
    expect(p.economy.map((y) => y.year)).toEqual(filled);
  });
});
