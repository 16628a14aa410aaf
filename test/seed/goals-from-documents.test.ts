/**
 * Every goal in the seed files against a target and deadline typed here from the documents. Where the
 * document states a goal in words only ("skal halveres", "så meget som muligt") or names no date, the seed
 * must leave the target or deadline out rather than make one up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedFileSchema } from '../../functions/store/seed-file.js';

const dir = new URL('../../functions/seed-data/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => SeedFileSchema.parse(JSON.parse(readFileSync(new URL(n, dir), 'utf8'))));
const goals = seeds.flatMap((s) => s.goals);
const kpis = new Map(seeds.flatMap((s) => s.kpis).map((k) => [k.id, k]));

/** [goal id, target, deadline] as the documents give them; undefined where they give none. */
const FROM_DOCUMENTS: [string, number | undefined, string | undefined][] = [
  // 001 "KIK kort fortalt": "Antallet af aktivitetsparate borgere skal halveres" — no number, no date.
  ['aabenraa.kik.halvering-aktivitetsparate', undefined, undefined],
  // "Når integrationsperioden er slut, skal halvdelen af borgerne være selvforsørgende" — no calendar date.
  ['aabenraa.kik.halvdelen-selvforsoergende', 50, undefined],
  ['aabenraa.kik.ung-i-fokus.uddannelse-90', 90, '2017'],
  ['aabenraa.kik.ung-i-fokus.arbejde-10', 10, '2017'],
  ['aabenraa.kik.fokus-og-moment.job-uddannelse-125', 125, '2017'],
  ['aabenraa.kik.fokus-og-moment.anden-forsoergelse-25', 25, '2017'],
  ['aabenraa.kik.cykelprojektet.gennemfoert-50', 50, '2017-06-30'],
  ['aabenraa.kik.cykelprojektet.senere-25', 25, '2017-12-31'],
  ['aabenraa.kik.cykelprojektet.brobygning-25', 25, '2017-12-31'],
  ['aabenraa.kik-ii.kontaktforloeb-783', 783, '2022'],
  ['aabenraa.kik-ii.maal-kontant-og-uddannelseshjaelpsmodtagere-2019-01-31', 1117, '2019-01-31'],
  ['aabenraa.kik-ii.maal-selvforsoergende-2019-01-31', 26, '2019-01-31'],
  ['aabenraa.kik-ii.maal-anden-forsoergelse-2019-01-31', 4, '2019-01-31'],
  // 003: "en årlig reduktion på 50 helårspersoner … i perioden 2015-2018"; 200 "ved udgangen af 2015".
  ['ukendt-kommune-biu.voksen-business-case.reduktion-50-helaarspersoner', 50, '2015--2018'],
  ['ukendt-kommune-biu.voksen-business-case.afklaringsvaerksteder.gennemfoert-200', 200, '2015'],
  // "der er planlagt en samlet deltagelse på 150 borgere i alt" — no date.
  ['ukendt-kommune-biu.voksen-business-case.projekt-superb.deltagere-150', 150, undefined],
  // 000 "Effektmål": "Nedbringe antallet af unge på offentlig forsørgelse så meget som muligt".
  ['viborg.unge.faerre-paa-offentlig-forsoergelse', undefined, undefined],
  // "Reducere antal sager (I dag reduceret fra ca. 80 til ca. 50 …)" — no date.
  ['viborg.unge.sager-pr-sagsbehandler-50', 50, undefined],
];

describe('goals as the documents state them', () => {
  it('the seed holds exactly these goals', () => {
    expect(goals.map((g) => g.id).sort()).toEqual(FROM_DOCUMENTS.map(([id]) => id).sort());
  });

  it.each(FROM_DOCUMENTS)('%s: target %s, deadline %s', (id, target, deadline) => {
    const g = goals.find((x) => x.id === id)!;
    expect(g.target).toBe(target);
    expect(g.deadline).toBe(deadline);
  });

  it('Viborg\'s "as few as possible" is measured in people, from 1.959 full-time persons in January 2015', () => {
    const g = goals.find((x) => x.id === 'viborg.unge.faerre-paa-offentlig-forsoergelse')!;
    expect(kpis.get(g.kpiId)?.unit).toBe('full-time-persons');
    expect(g.baseline).toEqual({ value: 1959, period: '2015-01' });
  });

  it('targets counted in people are whole numbers', () => {
    const people = new Set(['persons', 'full-time-persons', 'full-year-persons', 'contact-courses', 'cases', 'companies', 'count']);
    const fractional = goals.filter((g) => g.target !== undefined && people.has(kpis.get(g.kpiId)!.unit) && !Number.isInteger(g.target));
    expect(fractional.map((g) => `${g.id} = ${g.target}`)).toEqual([]);
  });
});
