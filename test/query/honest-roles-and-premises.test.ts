/**
 * More unanswerable questions that used to get the nearest figure: those in a course now answered with those who
 * completed it (contrast family status in words.json), citizens answered with a count of the advisers serving them, and a share the question itself writes
 * with its per cent sign (its premise, not its answer, unless the question asks about that figure). Sentences are our
 * own; values from 002 (Transit: 180 completed in 2016, 3 advisers) and 004 (Hedensted: 64 %).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readFrame } from '../../functions/domain/query/index.js';
import { unsaidCountingUnit } from '../../functions/query/counting-units.js';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const bare = buildLexicon([], [], { kinds: {}, units: {}, synonyms: {} }, { municipalities: [], regions: [] });

describe('those in a course now, and the citizens a team serves', () => {
  it('reads "lige nu", "currently" as now and "afsluttede", "completers" as done', () => {
    expect(frame('Hvor mange borgere er i forløbet lige nu?').contrasts).toContain('status:now');
    expect(frame('How many participants are currently in the course?').contrasts).toContain('status:now');
    expect(frame('Hvor mange borgere har afsluttet forløbet?').contrasts).toContain('status:done');
    expect(frame('How many completers did the course have?').contrasts).toContain('status:done');
  });
  it('a count of citizens or participants is never a count of the staff serving them; a count of staff is', () => {
    const f = (q: string) => readFrame(q, bare);
    expect(unsaidCountingUnit('persons', f('Hvor mange borgere er der i teamet?'), 'team: raadgivere team: advisers')).toBeDefined();
    expect(unsaidCountingUnit('persons', f('How many participants does the team have?'), 'team: caseworkers')).toBeDefined();
    expect(unsaidCountingUnit('persons', f('Hvor mange borgere er der pr. rådgiver?'), 'borgere pr. raadgiver')).toBeUndefined();
    expect(unsaidCountingUnit('persons', f('Hvor mange rådgivere har teamet?'), 'team: raadgivere')).toBeUndefined();
    // A measure counting those served that names the staff too counts them, not the staff.
    expect(unsaidCountingUnit('persons', f('Hvor mange deltagere har indsatsen?'), 'kontanthjaelpsmodtagere i konsulentens sagsstamme')).toBeUndefined();
  });
  it('are never answered with those who completed it nor with its advisers (da and en)', async () => {
    const da = await ask('Hvor mange borgere går i Transit lige nu?');
    expect(da.figures).toEqual([]);
    const en = await ask('How many citizens are currently in Transit?');
    expect(en.figures).toEqual([]);
  });
  it('completions and advisers asked as such still answer', async () => {
    const done = await ask('Hvor mange borgere afsluttede Transit i 2016?');
    expect(done.figures[0]).toMatchObject({ value: 180 });
    const staff = await ask('How many advisers staff Transit?');
    expect(staff.figures[0]).toMatchObject({ value: 3 });
  });
});

describe('a share the question writes with its per cent sign', () => {
  it('is its premise when the question asks something else (da and en)', async () => {
    const da = await ask('Hedensteds 64 pct. aktiverede i matchgruppe 2 i løntilskud i job efter seks måneder er dobbelt så højt som landsplan – hvad er landsplans andel?');
    expect(da.figures.map((x) => x.value)).not.toContain(64);
    const en = await ask("Hedensted's 64 % of activated match group 2 citizens in wage subsidy in work after six months is twice the national level. What is the national share?");
    expect(en.figures.map((x) => x.value)).not.toContain(64);
  });
  it('answers when the question asks about the figure itself', async () => {
    const a = await ask('Er de 64 pct. i Hedensted for aktiverede i matchgruppe 2 i løntilskud i job efter seks måneder et resultat eller et mål?');
    expect(a.figures[0]).toMatchObject({ value: 64, unit: 'percent' });
  });
});
