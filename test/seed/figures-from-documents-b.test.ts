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
    expect(year('BIC 07', 2018)).toEqual({ year: 2018, operatingCostChange: 1688, benefitSaving: 500 });
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
    for (const p of seed.proposals) for (const e of p.economy) if (e.benefitSaving !== undefined) expect(e.benefitSaving).toBeGreaterThanOrEqual(0);
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

describe('Herning priority proposals: numbers that stand only in the forms\' prose', () => {
  const kpis = new Map(seed.kpis.map((k) => [k.id, k]));
  /** The one figure whose KPI's Danish name matches, of this kind and period. */
  function figure(name: RegExp, period: string, kind: string = 'actual') {
    const found = seed.figures.filter((f) => f.period === period && f.kind === kind && name.test(kpis.get(f.kpi)?.name.da ?? ''));
    if (found.length !== 1) throw new Error(`${found.length} figures match ${name} ${period} ${kind}`);
    return found[0]!;
  }
  const value = (name: RegExp, period: string, kind?: string) => figure(name, period, kind).value;

  it('BIC 01 Transit: 180 completed after 12 months, 12 % = 22 in work or education, 25 % = 45 job-ready', () => {
    expect(value(/^Transit: afsluttede borgere efter/, '2016')).toBe(180);
    expect(value(/^Transit: afsluttede borgere i arbejde/, '2016')).toBe(22);
    expect(value(/^Transit: andel af afsluttede i arbejde/, '2016')).toBe(12);
    expect(value(/^Transit: afsluttede borgere der er blevet jobparate/, '2016')).toBe(45);
    expect(value(/^Transit: andel af afsluttede der er blevet jobparate/, '2016')).toBe(25);
    // The stored shares agree with the stored counts over the 180.
    const completed = value(/^Transit: afsluttede borgere efter/, '2016');
    expect(value(/^Transit: andel af afsluttede i arbejde/, '2016')).toBe(Math.round((value(/^Transit: afsluttede borgere i arbejde/, '2016') / completed) * 100));
    expect(value(/^Transit: andel af afsluttede der er blevet jobparate/, '2016')).toBe(Math.round((value(/^Transit: afsluttede borgere der er blevet jobparate/, '2016') / completed) * 100));
  });

  it('BIC 01 success criterion: 10 more in work or education and 10 re-matched, each year 2017-2019', () => {
    for (const y of ['2017', '2018', '2019']) {
      expect(value(/yderligere borgere i job eller uddannelse pr\. år/, y, 'target')).toBe(10);
      expect(value(/ommatchet fra aktivitetsparat til jobparat/, y, 'target')).toBe(10);
    }
  });

  it('BIC 06: about 100 (17 %) in work placement a month, 130 wanted; BIC 07: an IGU course costs 337.417 kr. for 2 years, 10 to start', () => {
    expect(value(/^Aktivitetsparate kontanthjælpsmodtagere i virksomhedspraktik og løntilskud/, '2016')).toBe(100);
    expect(value(/^Aktivitetsparate kontanthjælpsmodtagere i virksomhedspraktik og løntilskud/, '2017', 'target')).toBe(130);
    expect(value(/^Andel aktivitetsparate .* i virksomhedspraktik/, '2016')).toBe(17);
    expect(value(/^Udgift ved et IGU-forløb pr\. elev/, '2017--2019', 'expected')).toBe(337417);
    expect(kpis.get('herning.bic-07.udgift-pr-igu-elev')).toMatchObject({ unit: 'dkk', scale: 1 });
    expect(value(/^IGU-projektet: flygtninge/, '2017', 'expected')).toBe(10);
  });

  it('CEB 03: 274 repeat cases in November 2016, 172 with 3+ and 102 with 4+ sickness periods', () => {
    expect(value(/^Aktuelle gengangere/, '2016-11')).toBe(274);
    expect(value(/^Gengangere med 3 eller flere/, '2016-11')).toBe(172);
    expect(value(/^Gengangere med 4 eller flere/, '2016-11')).toBe(102);
  });

  it('CEB 04: just under 300 job clarifications closed, 79 % to work etc.; the earlier project: 60 cases, 37 (61 %) to work, 8 (14 %) disability pension', () => {
    expect(figure(/^Afsluttede jobafklaringsforløb/, '2016')).toMatchObject({ value: 300, bound: 'atMost' });
    expect(value(/^Jobafklaringsforløb: andel afsluttet/, '2016')).toBe(79);
    expect(value(/Sygedagpengesager: afsluttede projektsager/, '2016')).toBe(60);
    expect(value(/Sygedagpengesager: personer fortsat til ordinært arbejde/, '2016')).toBe(37);
    expect(value(/Sygedagpengesager: andel fortsat til ordinært arbejde/, '2016')).toBe(61);
    expect(value(/Sygedagpengesager: personer bevilget førtidspension/, '2016')).toBe(8);
    expect(value(/Sygedagpengesager: andel bevilget førtidspension/, '2016')).toBe(14);
    // The form's shares are its counts over the 60, cut to whole per cent (37/60 = 61,7 % is written 61 %).
    const cases = value(/Sygedagpengesager: afsluttede projektsager/, '2016');
    expect(Math.abs(value(/Sygedagpengesager: andel fortsat til ordinært arbejde/, '2016') - (value(/Sygedagpengesager: personer fortsat/, '2016') / cases) * 100)).toBeLessThan(1);
    expect(Math.abs(value(/Sygedagpengesager: andel bevilget førtidspension/, '2016') - (value(/Sygedagpengesager: personer bevilget/, '2016') / cases) * 100)).toBeLessThan(1);
  });

  it('CEB 06A about 80 % of the sick come from a job; CEB 07 57 % women in sickness benefit cases', () => {
    expect(value(/^Andel sygemeldte der kommer direkte fra job/, '2016')).toBe(80);
    expect(value(/^Andel kvinder i aktive sygedagpengesager/, '2016')).toBe(57);
  });

  it('JC 08: a caseload of about 30, at least 10 full-year persons self-supporting in 2017', () => {
    expect(value(/^Håndholdt indsats: kontanthjælpsmodtagere i arbejdsmarkedskonsulentens/, '2017', 'expected')).toBe(30);
    expect(figure(/^Håndholdt indsats: kontanthjælpsmodtagere der bliver selvforsørgende/, '2017', 'target')).toMatchObject({ value: 10, bound: 'atLeast' });
    expect(kpis.get('herning.jc-08.selvforsoergende')?.unit).toBe('full-year-persons');
  });

  it('Ungeenheden: 26 schools with UU guidance and 13 without, 1,2 positions, 240.000 kr. for ART, 120 young people over 3 years, 40 EGU places (+20 or +45)', () => {
    expect(value(/^Skoler hvor der UU-vejledes/, '2016')).toBe(26);
    expect(value(/^Skoler hvor der ikke UU-vejledes/, '2016')).toBe(13);
    expect(value(/^UU-vejledning af unge/, '2016')).toBe(1.2);
    expect(value(/samlet udgift til forløb/, '2017', 'expected')).toBe(240000);
    expect(value(/^Unge på kanten: unge der gennemgår/, '2017--2019', 'expected')).toBe(120);
    expect(value(/^EGU-pladser i Herning/, '2016')).toBe(40);
    expect(value(/^UE 09a: flere EGU-pladser/, '2017', 'expected')).toBe(20);
    expect(value(/^UE 09b: flere EGU-pladser/, '2017', 'expected')).toBe(45);
  });

  it('BIC 01 Transit is staffed by 3 caseworkers and 2 job consultants; UE 05 has 1 job consultant', () => {
    expect(value(/^Transit: rådgivere$/, '2016')).toBe(3);
    expect(value(/^Transit: jobkonsulenter$/, '2016')).toBe(2);
    expect(value(/^Ungeenheden: jobkonsulenter i normeringen/, '2016')).toBe(1);
  });

  it("CEB 02's text says a half-time post where its table says 1,0: both are kept, the table as the proposal's economy", () => {
    expect(value(/^CEB 02: fastholdelseskonsulentarbejdet øges med en halvtidsstilling/, '2017', 'expected')).toBe(0.5);
    expect(year('CEB 02', 2017)).toMatchObject({ operatingCostChange: 450, staffChange: 1 });
  });

  it('CEB 02: 3 company-oriented initiatives in the 2016 plan; CEB 04: three positions moved for the project, so the staff row stays 0', () => {
    expect(value(/^Virksomhedsrettede initiativer i Beskæftigelsesplan 2016/, '2016')).toBe(3);
    expect(value(/^Projektteam i langvarige jobafklaringsforløb/, '2017-01-01--2018-06-30', 'expected')).toBe(3);
    expect(proposal('CEB 04').economy.every((e) => e.staffChange === 0)).toBe(true);
  });

  it('CEB 07: women and men by length of the sickness benefit case (57/43, 53/47 for 0-4 weeks, 61/39 over a year)', () => {
    const pairs: [RegExp, RegExp, number][] = [
      [/^Andel kvinder i aktive sygedagpengesager/, /^Andel mænd i aktive sygedagpengesager/, 57],
      [/^Sygedagpengesager af 0-4 ugers varighed: andel kvinder/, /^Sygedagpengesager af 0-4 ugers varighed: andel mænd/, 53],
      [/^Sygedagpengesager over 1 års længde: andel kvinder/, /^Sygedagpengesager over 1 års længde: andel mænd/, 61],
    ];
    for (const [women, men, share] of pairs) {
      expect(value(women, '2016')).toBe(share);
      expect(value(women, '2016') + value(men, '2016')).toBe(100);
    }
  });

  it('JC 02 asks 50 % of the Hotline\'s companies; JC 08\'s group brings only 20 % refund', () => {
    expect(value(/^Andel af Hotline-brugende virksomheder/, '2017', 'expected')).toBe(50);
    expect(value(/^Refusion for kontanthjælpsmodtagere med lang ledighedsanciennitet/, '2016')).toBe(20);
  });

  it('ranges are stored as their lower bound: UE 03 20-30 % turned at the door, UE 07 20-24 young people, UE 09a 60-64 students', () => {
    expect(figure(/vendes|ikke ender på uddannelseshjælp/, '2016')).toMatchObject({ value: 20, bound: 'atLeast' });
    expect(figure(/^Udvidet redskabsvifte til 15-17-årige: unge i ART/, '2017', 'expected')).toMatchObject({ value: 20, bound: 'atLeast' });
    expect(figure(/^UE 09a: EGU-elever/, '2017', 'expected')).toMatchObject({ value: 60, bound: 'atLeast' });
    expect(figure(/^UE 09b: EGU-elever/, '2017', 'expected')).toMatchObject({ value: 85 });
    expect(figure(/^UE 09b: EGU-elever/, '2017', 'expected').bound).toBeUndefined();
  });

  it('UE 08: 3 courses over 3 years, 40 young people a year on average, 120 in all', () => {
    const perYear = value(/^Unge på kanten: unge igennem forløbet pr\. år/, '2017--2019', 'expected');
    expect(perYear).toBe(40);
    expect(value(/^Unge på kanten: forløb over 3 år/, '2017--2019', 'expected')).toBe(3);
    expect(value(/^Unge på kanten: unge der gennemgår/, '2017--2019', 'expected')).toBe(perYear * 3);
  });

  it('every prose figure belongs to one of the forms, and names it in its locator', () => {
    const numbers = new Set(seed.proposals.map((p) => p.id));
    for (const k of seed.kpis) expect(numbers.has(k.caseId!), k.id).toBe(true);
    for (const f of seed.figures) expect(f.locator).toMatch(/^Prioriteringsforslag (BIC|CEB|JC|UE) \d+[AaBb]?: /);
  });
});
