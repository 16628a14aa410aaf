/**
 * The two sides of a comparison split at "end" / "than": each keeps the qualifiers named on its own side (the
 * second, said short, borrows the first's other qualifiers), and a measure naming what only the other side names
 * is never this side. Values are document 002's (Herning, CEB 07: women's share of sickness-benefit cases).
 */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../functions/domain/query/index.js';
import { lexiconFor } from '../../functions/query/readings.js';
import { sidesOf, splitContrasts } from '../../functions/query/compute-answer.js';
import { seededEngine } from './support/seed-store.js';

const lex = lexiconFor([], []).lexicon;

describe('splitContrasts', () => {
  it('gives the second side its own small numbers and the first side the rest, each avoiding the other', () => {
    const f = readFrame('Hvor mange procentpoint højere er kvindeandelen i sygedagpengesager på over et år end i sager på 0-4 uger?', lex);
    const { sides, avoid } = splitContrasts(f, lex, sidesOf(f)!);
    expect(sides[0].contrasts).not.toContain('n:0');
    expect(sides[0].contrasts).toContain('gender:women');
    expect(sides[1].contrasts).toEqual(expect.arrayContaining(['n:0', 'n:4', 'gender:women']));
    expect(avoid[0]).toEqual(['n:0', 'n:4']);
    // "over et år" is the first side's 1: the second side, with its own numbers, avoids it.
    expect(sides[0].contrasts).toContain('n:1');
    expect(sides[1].contrasts).not.toContain('n:1');
    expect(avoid[1]).toEqual(['n:1']);
  });
  it('a member of the same family on the second side replaces the first side\'s', () => {
    const f = readFrame('Hvor mange procentpoint flere afsluttede til job end til førtidspension?', lex);
    const split = splitContrasts(f, lex, sidesOf(f)!);
    expect(split.sides[1].contrasts).toContain('benefit:foertidspension');
    expect(split.sides[0].contrasts).not.toContain('benefit:foertidspension');
  });
  it('leaves the sides alone when the second side names nothing of its own', () => {
    const f = readFrame('Hvor mange flere kontanthjælpsmodtagere end befolkningen generelt har grundskole?', lex);
    const sides = sidesOf(f)!;
    const split = splitContrasts(f, lex, sides);
    expect(split.avoid).toEqual([[], []]);
    expect(split.sides).toEqual(sides);
  });
});

describe('percentage points between two sub-lines', () => {
  const { ask } = seededEngine();

  it('sets the long cases against the short ones, in percentage points, never percent', async () => {
    const a = await ask('Hvor mange procentpoint lavere er andelen af kvinder i sygedagpengesager af 0-4 ugers varighed end i sager over 1 år?');
    expect(a.figures[0]).toMatchObject({ kind: 'difference', value: 8, unit: 'percentage points', direction: 'down' });
    expect(a.calculation?.expression).toBe('53 − 61 = −8 procentpoint (8 procentpoint lavere)');
    expect(a.figures.slice(1).map((x) => x.kpi)).toEqual(['herning.ceb-07.kvinder-i-sygedagpengesager-0-4-uger', 'herning.ceb-07.kvinder-i-sygedagpengesager-over-1-aar']);
  });
  it('in English the first side is not the measure of the second side\'s "0-4 weeks"', async () => {
    const a = await ask('How many percentage points higher is the share of women in sickness benefit cases over 1 year than in cases of 0-4 weeks?');
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ceb-07.kvinder-i-sygedagpengesager-over-1-aar', value: 8, unit: 'percentage points', direction: 'up' });
    expect(a.text).not.toMatch(/\bpercent\b(?! ?points)/);
  });
});
