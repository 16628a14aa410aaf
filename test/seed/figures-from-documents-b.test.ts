/**
 * Herning's 2016 priority proposals (seed document 002) against values typed by hand from the forms.
 * Economy in 1.000 kr.; savings stored positive whatever sign the form used; staff in full-year positions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedFileSchema, type SeedFile } from '../../functions/store/seed-file.js';

const file = new URL('../../functions/seed-data/herning-2016-prioriteringsforslag.json', import.meta.url);
const seed: SeedFile = SeedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

type SeedProposal = SeedFile['proposals'][number];

function proposal(number: string): SeedProposal {
  const p = seed.proposals.find((x) => x.number === number);
  if (!p) throw new Error(`no proposal ${number}`);
  return p;
}

function year(number: string, y: number) {
  const e = proposal(number).economy.find((x) => x.year === y);
  if (!e) throw new Error(`${number} has no economy for ${y}`);
  return e;
}

function years(number: string): number[] {
  return proposal(number).economy.map((e) => e.year);
}

describe('Herning priority proposals: the file', () => {
  it('names its document and the organisation', () => {
    expect(seed.document).toBe('002_421666660a21ff93.txt');
    expect(seed.organisations).toEqual([expect.objectContaining({ id: 'herning', kind: 'municipality' })]);
  });

  it('holds every form in the document, numbered as on the form', () => {
    expect(seed.proposals.map((p) => p.number)).toEqual([
      'BIC 01', 'BIC 02', 'BIC 03', 'BIC 04', 'BIC 05', 'BIC 06', 'BIC 07',
      'CEB 01', 'CEB 02', 'CEB 03', 'CEB 04', 'CEB 06A', 'CEB 06B', 'CEB 07', 'CEB 08',
      'JC 01', 'JC 02', 'JC 03', 'JC 06', 'JC 07', 'JC 08', 'JC 09',
      'UE 02', 'UE 03', 'UE 04', 'UE 05', 'UE 07', 'UE 08', 'UE 09a', 'UE 09b',
    ]);
    expect(new Set(seed.proposals.map((p) => p.id)).size).toBe(30);
    for (const p of seed.proposals) {
      expect(p.orgId).toBe('herning');
      expect(p.kind).toBe('priority');
      expect(p.locator).toMatch(/^Prioriteringsforslag /);
      expect(p.title).not.toMatch(/^[-*\s]/);
    }
  });

  it('names the responsible unit of each prefix', () => {
    const units = new Map(seed.proposals.map((p) => [p.number!.split(' ')[0], p.responsibleUnit]));
    expect(Object.fromEntries(units)).toEqual({ BIC: 'BIC', CEB: 'CEB', JC: 'Jobcentret', UE: 'Ungeenheden' });
  });
});

describe('Herning priority proposals: economy cells', () => {
  it('BIC 01: empty 2016, then 375/450/450 cost and 290/1.161/1.161 saved, 1 position a year', () => {
    expect(years('BIC 01')).toEqual([2017, 2018, 2019]);
    expect(year('BIC 01', 2017)).toMatchObject({ operatingCostChange: 375, benefitSaving: 290, staffChange: 1 });
    expect(year('BIC 01', 2018).benefitSaving).toBe(1161);
    expect(year('BIC 01', 2019).operatingCostChange).toBe(450);
  });

  it('BIC 06 and BIC 07', () => {
    expect(year('BIC 06', 2017).benefitSaving).toBe(145);
    expect(year('BIC 06', 2019).benefitSaving).toBe(581);
    expect(year('BIC 07', 2018)).toMatchObject({ operatingCostChange: 1688, benefitSaving: 500, staffChange: 0 });
    expect(year('BIC 07', 2019).operatingCostChange).toBe(844);
  });

  it('CEB 01: a project from April 2017 to 2018, so no 2019 column', () => {
    expect(years('CEB 01')).toEqual([2017, 2018]);
    expect(year('CEB 01', 2017)).toMatchObject({ operatingCostChange: 274, staffChange: 0.61 });
    expect(year('CEB 01', 2018)).toMatchObject({ operatingCostChange: 365, staffChange: 0.81 });
  });

  it('CEB forms write savings negative; they are stored as positive savings', () => {
    expect(year('CEB 02', 2017).benefitSaving).toBe(281);
    expect(year('CEB 02', 2018).benefitSaving).toBe(563);
    expect(year('CEB 04', 2017).benefitSaving).toBe(75);
    expect(year('CEB 04', 2019).benefitSaving).toBe(350);
    for (const p of seed.proposals) for (const e of p.economy) expect(e.benefitSaving).toBeGreaterThanOrEqual(0);
  });

  it('CEB 08, JC 06, JC 08, JC 09', () => {
    expect(year('CEB 08', 2017)).toMatchObject({ operatingCostChange: 458, staffChange: 0.83 });
    expect(year('CEB 08', 2018)).toMatchObject({ operatingCostChange: 550, staffChange: 1 });
    expect(years('JC 06')).toEqual([2017, 2018]);
    expect(year('JC 06', 2018)).toMatchObject({ operatingCostChange: 225, staffChange: 0.5 });
    expect(year('JC 08', 2017)).toMatchObject({ operatingCostChange: 475, benefitSaving: 1226, staffChange: 1 });
    expect(years('JC 08')).not.toContain(2018);
    expect(year('JC 09', 2018).operatingCostChange).toBe(450);
    expect(year('JC 09', 2017).staffChange).toBe(1);
  });

  it('Ungeenheden: UE 02, UE 03, UE 08, UE 09a, UE 09b', () => {
    expect(year('UE 02', 2017)).toMatchObject({ operatingCostChange: 405, staffChange: 0.9 });
    expect(year('UE 02', 2018)).toMatchObject({ operatingCostChange: 900, staffChange: 2 });
    expect(year('UE 03', 2019)).toMatchObject({ operatingCostChange: 600, staffChange: 1.2 });
    expect(year('UE 08', 2019)).toMatchObject({ operatingCostChange: 1400, staffChange: 1 });
    expect(year('UE 09a', 2018)).toMatchObject({ operatingCostChange: 290, benefitSaving: 1100 });
    expect(year('UE 09b', 2017)).toMatchObject({ operatingCostChange: 1600, benefitSaving: 2500 });
  });

  it('forms without figures have no economy', () => {
    for (const n of ['BIC 02', 'BIC 03', 'BIC 05', 'CEB 03', 'CEB 06B', 'CEB 07', 'JC 01', 'JC 02', 'JC 03']) {
      expect(proposal(n).economy, n).toEqual([]);
    }
  });

  it('forms that write 0 keep their zeros', () => {
    expect(years('UE 04')).toEqual([2016, 2017, 2018, 2019]);
    expect(proposal('UE 04').economy.every((e) => e.staffChange === 0)).toBe(true);
    expect(year('JC 07', 2018)).toMatchObject({ operatingCostChange: 450, benefitSaving: 0, staffChange: 1 });
  });
});

describe('Herning priority proposals: categories and texts', () => {
  it('reads the X marks for effort type and approach', () => {
    expect(proposal('BIC 01')).toMatchObject({ effortTypes: ['afhjaelpende'], approach: 'investering' });
    expect(proposal('BIC 02')).toMatchObject({ effortTypes: ['eftervaern'], approach: 'effektivisering' });
    expect(proposal('CEB 04')).toMatchObject({ effortTypes: ['afhjaelpende'], approach: 'prioritering' });
    expect(proposal('JC 03')).toMatchObject({ effortTypes: ['tidlig', 'afhjaelpende'], approach: 'prioritering' });
    expect(proposal('JC 06')).toMatchObject({ effortTypes: ['forebyggende'], approach: 'investering' });
    expect(proposal('UE 02').effortTypes).toEqual(['forebyggende']);
  });

  it('keeps titles and proposers', () => {
    expect(proposal('BIC 01').title).toBe('Udvide Transit til borgere med en varighed over 12 måneder');
    expect(proposal('BIC 01').proposedBy).toBe('BIC');
    expect(proposal('BIC 03').proposedBy).toBe('Mploy');
    expect(proposal('BIC 05').proposedBy).toBeUndefined();
    expect(proposal('UE 09a').title).toBe('20 flere EGU-pladser');
  });

  it('keeps the success criterion and key passages', () => {
    expect(proposal('BIC 01').successCriterion).toContain('Yderligere 10 borgere går i job eller uddannelse pr. år');
    expect(proposal('BIC 01').successCriterion).toContain('10 personer ommatches fra aktivitetsparat til jobparate');
    expect(proposal('BIC 01').currentPractice).toContain('12 % i arbejde eller uddannelse – svarende til 22 personer');
    expect(proposal('CEB 03').currentPractice).toContain('274 aktuelle gengangere');
    expect(proposal('JC 08').consequences).toContain('minimum 10 kontanthjælpsmodtagere (helårspersoner)');
    expect(proposal('UE 08').consequences).toContain('ca. 120 unge over 3 år');
    expect(proposal('UE 03').legalRequirements).toMatch(/^Lov om vejledning om uddannelse og erhverv §3 Stk\. 3/);
  });

  it('has no markup or known OCR slips left in its texts', () => {
    const fields = ['background', 'legalRequirements', 'currentPractice', 'plannedAction', 'consequences', 'successCriterion'] as const;
    for (const p of seed.proposals) {
      for (const f of fields) {
        const text = p[f] ?? '';
        expect(text, `${p.number} ${f}`).not.toMatch(/<\/?[a-z]+>|\*\*|kontakthjælp|udtagelsesvist|diffiereret|indats\b|Spartet/);
      }
    }
  });
});
