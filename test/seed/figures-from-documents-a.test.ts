/**
 * Figures in the seed files for documents 000, 001, 003 and 004, checked against values typed here from a
 * second reading of the source documents (not copied from the JSON). A figure is named the way a manager
 * would ask for it: organisation, what the KPI measures, period and kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FigureKind, Kpi } from '../../functions/domain/model.js';
import { SeedFileSchema, type SeedFigure } from '../../functions/store/seed-file.js';

const files = [
  'viborg-2017-unge-paa-offentlig-forsoergelse.json',
  'aabenraa-2018-kik-og-kik-ii.json',
  'business-case-langvarige-kontanthjaelpsmodtagere.json',
  'kl-2013-effektiv-indsats-udsatte.json',
];
const seeds = files.map((name) =>
  SeedFileSchema.parse(JSON.parse(readFileSync(new URL(`../../functions/seed-data/${name}`, import.meta.url), 'utf8'))),
);
const kpis = new Map<string, Kpi>(seeds.flatMap((s) => s.kpis).map((k) => [k.id, k]));
const figures = seeds.flatMap((s) => s.figures);

function describeFigure(f: SeedFigure): string {
  return `${f.kpi} [${f.org ?? kpis.get(f.kpi)?.orgId}] ${f.kind} ${f.period} = ${f.value}`;
}

/**
 * The one figure of `org` whose KPI id, Danish name or English name matches `kpi`, for exactly this period
 * and kind. Throws, listing the candidates, when none or several match: a test must name one figure.
 */
function find(org: string, kpi: RegExp, period: string, kind: FigureKind = 'actual'): number {
  // People do not capitalise when they ask, so neither does the lookup.
  const pattern = kpi.flags.includes('i') ? kpi : new RegExp(kpi.source, `${kpi.flags}i`);
  const matches = figures.filter((f) => {
    const k = kpis.get(f.kpi);
    if (!k || (f.org ?? k.orgId) !== org || f.period !== period || f.kind !== kind) return false;
    return [k.id, k.name.da, k.name.en].some((text) => pattern.test(text));
  });
  if (matches.length === 1) return matches[0]!.value;
  const what = `${org} ${kpi} ${period} ${kind}`;
  if (matches.length === 0) throw new Error(`no figure matches ${what}`);
  throw new Error(`several figures match ${what}:\n${matches.map(describeFigure).join('\n')}`);
}

describe('bounds: a figure the document gives as "at least" or "at most" is stored with its bound', () => {
  // Typed from the documents: "Mange borgere +7.500" (001), "60 % eller flere" (001), "den faktiske
  // besparelse minimum 230 x 67.772 kr ~ 15,6 mio. kr." (000), "Mellem halvdelen og tre fjerdedele" (004),
  // "Knap halvdelen af borgerne i Ny indsats" (004).
  const bounded: [string, string, number, 'atLeast' | 'atMost'][] = [
    ['aabenraa.au.borgere', '2018', 7500, 'atLeast'],
    ['aabenraa.kik.integration-selvforsoergende-andel', '2016--2017', 60, 'atLeast'],
    ['viborg.unge.besparelse', '2017-09', 15.6, 'atLeast'],
    ['landsplan.unge.ikke-arbejdsmarkedsparate-med-psykiske-barrierer', '2008--2009', 50, 'atLeast'],
    ['viborg.ny-indsats.andel-i-behandling', '2013', 50, 'atMost'],
  ];
  it.each(bounded)('%s %s: %s, %s', (kpi, period, value, bound) => {
    const f = figures.filter((x) => x.kpi === kpi && x.period === period);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ value, bound });
  });
  it('no other figure carries a bound', () => {
    const found = figures.filter((f) => f.bound !== undefined).map((f) => `${f.kpi} ${f.period}`);
    expect(found.sort()).toEqual(bounded.map(([k, p]) => `${k} ${p}`).sort());
  });
});

describe('the lookup helper', () => {
  it('fails clearly when no figure matches', () => {
    expect(() => find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '1999')).toThrow(/no figure matches/);
  });
  it('fails clearly when several figures match', () => {
    expect(() => find('viborg', /unge/, '2017-09')).toThrow(/several figures match/);
  });
});

describe('Viborg 2017: young people on public support (000)', () => {
  it('has the headline figures', () => {
    expect(find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '2015-01')).toBe(1959);
    expect(find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '2017-09')).toBe(1869);
    expect(find('viborg', /andel.*18-29.*forsørgelse/i, '2015-01')).toBe(15.9);
    expect(find('viborg', /andel.*18-29.*forsørgelse/i, '2017-09')).toBe(14.2);
    expect(find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '2017-09', 'counterfactual')).toBe(2099);
    // "En reel forskel på 230 fuldtidspersoner": 230 fewer than at an unchanged share.
    expect(find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '2017-09', 'difference')).toBe(-230);
    expect(find('viborg', /unge.*forsørgelse.*fuldtidspersoner/, '2015-01--2017-09', 'difference')).toBe(-90);
    expect(find('viborg', /nettoudgift pr\. ung på uddannelseshjælp/i, '2017')).toBe(67772);
    expect(find('viborg', /^Faktisk besparelse/, '2017-09')).toBe(15.6);
  });

  it("has KL's savings potentials in millions a year", () => {
    expect(find('viborg', /potentiale.*gennemsnit/i, '2015', 'potential')).toBe(10);
    expect(find('viborg', /potentiale.*bedste/i, '2015', 'potential')).toBe(25);
    expect(kpis.get('viborg.kl-analyse-2015.besparelsespotentiale-bedste-i-klyngen')?.scale).toBe(1_000_000);
  });

  it('has the cluster rank, the caseload and the migration figures', () => {
    expect(find('viborg', /^Placering i klyngen målt på andelen/, '2015-Q1')).toBe(10);
    expect(find('viborg', /^Placering i klyngen målt på andelen/, '2016-Q1')).toBe(4);
    expect(find('viborg', /sager pr\. sagsbehandler/i, '2015')).toBe(80);
    expect(find('viborg', /sager pr\. sagsbehandler/i, '2017-09')).toBe(50);
    expect(find('viborg', /^Tilflyttede borgere.*uddannelseshjælp/, '2016-09--2017-08')).toBe(184);
    expect(find('viborg', /^Fraflyttede borgere.*uddannelseshjælp/, '2016-09--2017-08')).toBe(78);
    expect(find('viborg', /^Modtagere af uddannelseshjælp/, '2017-09')).toBe(634);
    expect(find('viborg', /^Tilflyttede A-dagpengemodtagere/, '2016-09--2017-08')).toBe(140);
    expect(find('viborg', /^A-dagpengemodtagere 18-29/, '2017-09')).toBe(350);
  });

  it('counts the initiatives of each track as the document lists them', () => {
    expect(find('viborg', /^Quick wins \(spor 1\): antal indsatser/, '2015-H2')).toBe(9);
    expect(find('viborg', /^Længerevarende indsatser \(spor 2\): antal indsatser/, '2016-09--2017')).toBe(13);
    expect(find('viborg', /udsatte familier \(spor 2\.1\): antal delindsatser/, '2016-09--2017')).toBe(4);
  });

  it("counts the four roles of the new employment caseworker", () => {
    expect(find('viborg', /^Roller i den nye beskæftigelsesfaglighed/, '2017')).toBe(4);
  });

  it('has "about one in four" education benefit recipients having moved in on benefit', () => {
    expect(find('viborg', /^Andel af modtagerne af uddannelseshjælp, der er tilflyttet/, '2016-09--2017-08')).toBe(25);
  });

  it('marks the approximate migration figures as approximate', () => {
    const approx = figures.filter((f) => f.kpi.endsWith('a-dagpengemodtagere'));
    expect(approx).toHaveLength(2);
    for (const f of approx) expect(f.note).toMatch(/ca\./i);
  });
});

describe('Aabenraa 2018: KIK and KIK II (001)', () => {
  it('has the committee budget 2018-2021 in 1.000 kr.', () => {
    expect(find('aabenraa', /^Budget: Kontanthjælp$/, '2018', 'budget')).toBe(123149);
    expect(find('aabenraa', /^Budget: Kontanthjælp$/, '2019', 'budget')).toBe(107644);
    expect(find('aabenraa', /^Budget: Integration/, '2019', 'budget')).toBe(16957);
    expect(find('aabenraa', /^Budget: Førtidspension/, '2021', 'budget')).toBe(275861);
    expect(find('aabenraa', /^Budget: Ledighedsydelse og fleksjob/, '2020', 'budget')).toBe(153627);
    expect(find('aabenraa', /^Budget: Besparelsespulje/, '2018', 'budget')).toBe(-2000);
    expect(find('aabenraa', /^Budget: Arbejdsmarkedsudvalget i alt/, '2021', 'budget')).toBe(915847);
    expect(kpis.get('aabenraa.au-budget.integration-og-enkeltydelser')?.scale).toBe(1000);
  });

  it("the budget's lines add up to its categories and total every year", () => {
    const lines = ['besparelsespulje', 'foertidspension', 'ledighedsydelse-og-fleksjob', 'sygedagpenge-revalidering', 'kontanthjaelp', 'integration-og-enkeltydelser', 'overfoersel-oevrige-sociale-udgifter'];
    const value = (line: string, year: string) => find('aabenraa', new RegExp(`^aabenraa\\.au-budget\\.${line}$`), year, 'budget');
    for (const year of ['2018', '2019', '2020', '2021']) {
      const transfers = lines.reduce((sum, line) => sum + value(line, year), 0);
      expect(transfers, year).toBe(value('overfoerselsudgifter', year));
      expect(value('serviceudgifter', year) + transfers + value('forsikrede-ledige', year), year).toBe(value('udvalget-i-alt', year));
    }
  });

  it("has KIK's results and economy", () => {
    expect(find('aabenraa', /omfattet af KIK/, '2018-05-31')).toBe(1461);
    expect(find('aabenraa', /omfattet af KIK/, '2018-01')).toBe(1443);
    expect(find('aabenraa', /stadig er aktivitetsparate/, '2018-05-31')).toBe(448);
    expect(find('aabenraa', /^KIK-effekt/, '2018-05-31')).toBe(1013);
    expect(find('aabenraa', /Byrådets investering/, '2016--2019', 'budget')).toBe(68);
    expect(find('aabenraa', /integrationsborgere selvforsørgende/, '2016--2017')).toBe(60);
    expect(find('aabenraa', /^KIK: økonomien/, '2016', 'budget')).toBe(-18.1);
    expect(find('aabenraa', /^KIK: økonomien/, '2017')).toBe(25.3);
    expect(find('aabenraa', /^KIK: økonomien/, '2018-01--2018-05')).toBe(11.4);
    expect(find('aabenraa', /^KIK: økonomien/, '2017', 'difference')).toBe(33.9);
    expect(find('aabenraa', /^KIK: økonomien/, '2019', 'budget')).toBe(22);
  });

  it("has the KIK sub-projects' expected effects for 2017", () => {
    expect(find('aabenraa', /^Ung i fokus: andel i uddannelse/, '2017', 'expected')).toBe(90);
    expect(find('aabenraa', /^Ung i fokus: andel i arbejde/, '2017', 'expected')).toBe(10);
    expect(find('aabenraa', /^Fokus og moment: borgere i ordinært job/, '2017', 'expected')).toBe(125);
    expect(find('aabenraa', /^Fokus og moment: borgere afklaret/, '2017', 'expected')).toBe(25);
    expect(find('aabenraa', /^Cykelprojektet: andel der gennemfører/, '2017-06-30', 'expected')).toBe(50);
  });

  it('has the KIK II plan: contact courses, investment and the yearly table by committee', () => {
    expect(find('aabenraa', /kontaktforløb.*ved årets udgang/, '2018', 'expected')).toBe(1133);
    expect(find('aabenraa', /kontaktforløb.*ved årets udgang/, '2022', 'expected')).toBe(783);
    expect(find('aabenraa', /kontaktforløb fra overgang til selvforsørgelse/, '2019', 'expected')).toBe(-120);
    expect(find('aabenraa', /^KIK II: Investering$/, '2018-06--2022-05', 'budget')).toBe(60.6);
    // Savings are stored positive; the slide writes them as -45,7.
    expect(find('aabenraa', /^KIK II: Besparelse/, '2018-06--2022-05', 'budget')).toBe(45.7);
    expect(find('aabenraa', /^KIK II: Øvrig finansiering/, '2018-06--2022-05', 'budget')).toBe(15);
    expect(find('aabenraa', /^KIK II pr\. udvalg: Investering, Økonomiudvalget/, '2018-06--2018-12', 'budget')).toBe(4253);
    expect(find('aabenraa', /^KIK II pr\. udvalg: Besparelse, Arbejdsmarkedsudvalget/, '2022-01--2022-05', 'budget')).toBe(8614);
    expect(find('aabenraa', /^KIK II pr\. udvalg: Netto/, '2018-06--2022-05', 'budget')).toBe(-24);
    expect(find('aabenraa', /^KIK II pr\. udvalg: Finansiering: restbudget KIK I/, '2018-06--2018-12', 'budget')).toBe(7077);
  });

  it('the contact-course table: "Antal" is the count at the start of a year, "I alt" at its end, one year running into the next', () => {
    const at = (name: RegExp, year: string) => find('aabenraa', name, year, 'expected');
    for (const year of [2018, 2019, 2020, 2021, 2022]) {
      const y = String(year);
      const moves = at(/fra overgang til selvforsørgelse/, y) + at(/fra overgang til anden forsørgelse/, y);
      // The slide's rows are rounded: 1.133 - 120 - 37 = 976 is printed as 975.
      expect(Math.abs(at(/kontaktforløb ved årets start/, y) + moves - at(/kontaktforløb.*ved årets udgang/, y)), y).toBeLessThanOrEqual(1);
      if (year < 2022) expect(at(/kontaktforløb ved årets start/, String(year + 1)), y).toBe(at(/kontaktforløb.*ved årets udgang/, y));
    }
  });

  it("the yearly table in mio. kr. is the committee table rounded, 2018 being June-December and 2022 January-May", () => {
    const periods = ['2018-06--2018-12', '2019', '2020', '2021', '2022-01--2022-05', '2018-06--2022-05'];
    const mio = (name: RegExp, p: string) => find('aabenraa', name, p, 'budget');
    const thousands = (row: string, p: string) => find('aabenraa', new RegExp(`^aabenraa\\.kik-ii\\.udvalg\\.${row}$`), p, 'budget');
    for (const p of periods) {
      expect(mio(/^KIK II: Investering$/, p), p).toBeCloseTo((thousands('oek-investering', p) + thousands('au-investering', p)) / 1000, 1);
      expect(mio(/^KIK II: Besparelse/, p), p).toBeCloseTo(thousands('au-besparelse', p) / 1000, 1);
      expect(mio(/^KIK II: Øvrig finansiering/, p), p).toBeCloseTo(thousands('finansiering-i-alt', p) / 1000, 1);
      expect(mio(/^KIK II: Gevinst/, p), p).toBeCloseTo(thousands('netto', p) / 1000, 1);
    }
    // No whole-year 2018 or 2022 is claimed for KIK II's money.
    expect(() => find('aabenraa', /^KIK II: Investering$/, '2018', 'budget')).toThrow(/no figure/);
    expect(() => find('aabenraa', /^KIK II: Investering$/, '2022', 'budget')).toThrow(/no figure/);
  });

  it("the committee table's columns add up (investment − saving, financing, net)", () => {
    const periods = ['2018-06--2018-12', '2019', '2020', '2021', '2022-01--2022-05', '2018-06--2022-05', '2022-06--2022-12', '2023'];
    const value = (row: string, period: string) => find('aabenraa', new RegExp(`^aabenraa\\.kik-ii\\.udvalg\\.${row}$`), period, 'budget');
    // The slide's sums are of rounded amounts, so a total may be 1 off (2019 net: 14.634 - 1.726 shows as 12.907).
    const offBy = (sum: number, total: number) => Math.abs(sum - total);
    for (const p of periods) {
      expect(offBy(value('oek-investering', p) + value('au-investering', p) - value('au-besparelse', p), value('udvalg-i-alt', p)), p).toBeLessThanOrEqual(1);
      expect(offBy(value('oek-virksomhedskonsulenter', p) + value('au-beskaeftigelsesbonus', p) + value('restbudget-kik-i', p), value('finansiering-i-alt', p)), p).toBeLessThanOrEqual(1);
      expect(offBy(value('udvalg-i-alt', p) - value('finansiering-i-alt', p), value('netto', p)), p).toBeLessThanOrEqual(1);
    }
  });

  it('has the KIK II status at 31 August 2018 and the targets for 31 January 2019', () => {
    expect(find('aabenraa', /^KIK II: antal borgere i alt/, '2018-02-01')).toBe(1128);
    expect(find('aabenraa', /^KIK II: tilgang/, '2018-02-01--2018-08-31')).toBe(357);
    expect(find('aabenraa', /^KIK II: antal borgere i alt/, '2018-02-01--2018-08-31')).toBe(1485);
    expect(find('aabenraa', /^KIK II: borgere kontant- og uddannelseshjælpsmodtagere/, '2018-08-31')).toBe(978);
    expect(find('aabenraa', /^KIK II: borgere kontant- og uddannelseshjælpsmodtagere/, '2019-01-31', 'target')).toBe(1117);
    expect(find('aabenraa', /^KIK II: borgere selvforsørgende/, '2018-08-31')).toBe(408);
    expect(find('aabenraa', /^KIK II: borgere selvforsørgende/, '2019-01-31', 'target')).toBe(26);
    expect(find('aabenraa', /^KIK II: borgere på anden forsørgelse/, '2018-08-31')).toBe(83);
    expect(find('aabenraa', /^KIK II: borgere på anden forsørgelse/, '2019-01-31', 'target')).toBe(4);
    expect(find('aabenraa', /fra udgangspunktet.*selvforsørgende/, '2018-08-31')).toBe(269);
    expect(find('aabenraa', /fra tilgangen.*i øvrige målgrupper/, '2018-08-31')).toBe(9);
  });

  it('the status rows add up: baseline cohort plus inflow is the total', () => {
    for (const row of ['kontant-og-uddannelseshjaelpsmodtagere', 'selvforsoergende', 'anden-forsoergelse', 'oevrige-maalgrupper']) {
      const v = (suffix: string) => find('aabenraa', new RegExp(`^aabenraa\\.kik-ii\\.${row}${suffix}$`), '2018-08-31');
      expect(v('-fra-udgangspunkt') + v('-fra-tilgang'), row).toBe(v(''));
    }
  });
});

describe('business case for long-term cash-benefit recipients (003)', () => {
  const org = 'ukendt-kommune-biu';
  it('has the goal and the results', () => {
    for (const year of ['2015', '2016', '2017', '2018']) expect(find(org, /reduktion i helårspersoner/, year, 'target')).toBe(50);
    expect(find(org, /sager gennemgået og kategoriseret/, '2015')).toBe(2000);
    expect(find(org, /^Afklaringsværksteder: borgere afsluttet til ordinært arbejde/, '2015')).toBe(17);
    expect(find(org, /^Afklaringsværksteder: heraf i job mere end 3 måneder/, '2015')).toBe(8);
    expect(find(org, /^Afklaringsværksteder: borgere afsluttet til ordinær uddannelse/, '2015')).toBe(3);
    expect(find(org, /^Afklaringsværksteder:.*gennemført et forløb/, '2015', 'expected')).toBe(200);
    // "Det niende hold er netop startet og der er planlagt ét yderligere forløb."
    expect(find(org, /^Afklaringsværksteder: hold/, '2015')).toBe(9);
    expect(find(org, /^Afklaringsværksteder: hold/, '2015', 'expected')).toBe(10);
    expect(find(org, /^Projekt Superb: tilknyttede/, '2015')).toBe(51);
    expect(find(org, /^Projekt Superb: tilknyttede/, '2015-09--2018', 'expected')).toBe(150);
    expect(find(org, /^Projekt Superb: borgere gået i ordinært arbejde/, '2015')).toBe(4);
    expect(find(org, /^Projekt Superb: borgere i virksomhedspraktik/, '2015')).toBe(12);
    expect(find(org, /^Close the gap: .*undervist/, '2015')).toBe(50);
    expect(find(org, /^Wanek & Myrner: virksomheder kontaktet/, '2015')).toBe(500);
  });
});

describe('KL / New Insight 2013: indicators against cluster and national averages (004)', () => {
  it('has Hedensted against its cluster and the country', () => {
    expect(find('hedensted', /^Aktiveringsgrad/, '2012')).toBe(42);
    expect(find('klynge-hedensted', /^hedensted\..*aktiveringsgrad-match-2-og-3$/, '2012')).toBe(27);
    expect(find('hedensted', /aktiveringsgrad.*placering-landsplan/, '2012')).toBe(2);
    expect(find('hedensted', /^Andel kontanthjælpsmodtagere i virksomhedsrettet/, '2012')).toBe(31);
    expect(find('landsplan', /^hedensted\..*kontanthjaelpsmodtagere-i-virksomhedsrettet/, '2012')).toBe(14);
    expect(find('hedensted', /i beskæftigelse seks måneder efter aktivering$/, '2011')).toBe(22);
    expect(find('landsplan', /^hedensted\..*6-mdr-efter-aktivering$/, '2011')).toBe(13);
    expect(find('hedensted', /^Andel af aktiverede i matchgruppe 2 i virksomhedsrettet/, '2012')).toBe(60);
    expect(find('landsplan', /^hedensted\..*match-2-aktiverede-i-virksomhedsrettet/, '2012')).toBe(45);
    expect(find('hedensted', /i løntilskud, der er i job/, '2011')).toBe(64);
    expect(find('hedensted', /^Andel unge kontanthjælpsmodtagere 16-24/, '2011')).toBe(51);
    expect(find('landsplan', /^hedensted\.unge\.kontanthjaelp-16-24-ikke-tilbage-efter-1-aar$/, '2011')).toBe(39);
    expect(find('hedensted', /psykiatrisk diagnose/, '2011-11--2012-03')).toBe(93);
  });

  it('has Skanderborg against its cluster and the country', () => {
    expect(find('skanderborg', /^Aktiveringsgrad/, '2012')).toBe(34);
    expect(find('skanderborg', /aktiveringsgrad.*placering-i-klyngen/, '2012')).toBe(2);
    expect(find('skanderborg', /aktiveringsgrad.*placering-landsplan/, '2012')).toBe(5);
    expect(find('skanderborg', /^Andel kontanthjælpsmodtagere i virksomhedsrettet/, '2012')).toBe(30);
    expect(find('skanderborg', /i beskæftigelse seks måneder efter aktivering$/, '2011')).toBe(27);
    expect(find('skanderborg', /i løntilskud, der er i job/, '2011')).toBe(47);
    expect(find('skanderborg', /^Fald i tilgangen til førtidspension/, '2011')).toBe(21);
    expect(find('klynge-hedensted', /^skanderborg\..*foertidspension$/, '2011')).toBe(11);
    expect(find('skanderborg', /^Andel unge kontanthjælpsmodtagere 16-24/, '2011')).toBe(52);
    expect(find('skanderborg', /ikke-tilbage-placering-landsplan/, '2011')).toBe(1);
  });

  it('has Viborg against its cluster and the country', () => {
    expect(find('viborg', /^Aktiveringsgrad/, '2012')).toBe(24);
    expect(find('viborg', /aktiveringsgrad.*placering-i-klyngen/, '2012')).toBe(3);
    expect(find('viborg', /^Andel af matchgruppe 3 opmatchet/, '2012-Q1')).toBe(28);
    expect(find('viborg', /opmatch.*placering-landsplan/, '2012-Q1')).toBe(3);
    expect(find('viborg', /^Andel af de ledige placeret i matchgruppe 3/, '2012')).toBe(5);
    expect(find('landsplan', /^viborg\..*ledige-i-matchgruppe-3$/, '2012')).toBe(19);
    expect(find('viborg', /i løntilskud, der er i job/, '2011')).toBe(33);
    expect(find('landsplan', /^viborg\..*loentilskud-i-beskaeftigelse-6-mdr$/, '2011')).toBe(35);
    expect(find('viborg', /^Ny indsats: borgere der har afsluttet/, '2013')).toBe(153);
    expect(find('viborg', /^Ny indsats: andel afsluttet til job/, '2013')).toBe(24);
    expect(find('viborg', /^Ny indsats: andel overgået til førtidspension/, '2013')).toBe(22);
    expect(find('viborg', /^Ny indsats: andel af borgerne i en form for behandling/, '2013')).toBe(50);
  });

  it("has the study's own counts and the numbers from its running text", () => {
    expect(find('landsplan', /afgørende elementer/, '2013')).toBe(10);
    expect(find('landsplan', /virksomme mekanismer i indsatsen for udsatte unge/, '2013')).toBe(8);
    expect(find('landsplan', /virksomme mekanismer i indsatsen for udsatte borgere over 30/, '2013')).toBe(8);
    expect(find('landsplan', /ikke-arbejdsmarkedsparate unge med psykiske barrierer/, '2008--2009')).toBe(50);
    expect(find('hedensted', /^Teams i Hedensted Kommunes ungegruppe/, '2013')).toBe(7);
    expect(find('landsplan', /kommuner undersøgt/, '2013')).toBe(3);
    expect(find('landsplan', /programteorier for udsatte unge/, '2013')).toBe(2);
    expect(find('landsplan', /programteorier for udsatte borgere over 30/, '2013')).toBe(2);
  });
});
