/**
 * Ranking cases whose measures are not one shared form row: each case's own measure naming the words
 * ("Afklaringsværksteder: borgere afsluttet til ordinært arbejde" beside "Projekt Superb: borgere gået i ordinært
 * arbejde"), money in different scales compared in kroner, totals over each case's own span compared when no year is
 * asked, a parent case named by an alias and an owning unit named by its code letters narrowing the running, "which
 * one" reaching back to the noun said before it, and a measure the resolver cannot settle asked about, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { readCaseQuestion } from '../../functions/domain/query/case-question.js';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const named = (a: Answer) => a.case?.code ?? a.case?.title;

describe('the noun of a "which one" question', () => {
  it('is the case noun said before the question word', () => {
    expect(readCaseQuestion("Of Herning's proposals, which one costs the most in 2018?")).toMatchObject({ form: 'rank', noun: 'proposal' });
    expect(readCaseQuestion('Blandt CEB-forslagene, hvilket har den laveste udgift i 2017?')).toMatchObject({ form: 'rank', noun: 'proposal', rank: { extreme: 'min' } });
    expect(readCaseQuestion('Af delprojekterne i KIK, hvilket af dem har flest deltagere?')).toMatchObject({ form: 'rank', noun: 'sub-project' });
  });

  it('is not taken from before "what share" or "what does": those ask a figure', () => {
    expect(readCaseQuestion('Bike project: what share finished the course?')).toBeUndefined();
    expect(readCaseQuestion('In proposal UE 07, what does one course cost?')).toBeUndefined();
  });
});

describe('ranking cases by each one’s own measure (seed data)', () => {
  const { ask } = seededEngine();

  it('compares measures named apart in each case, naming each beside its figure, within the parent named by an alias', async () => {
    for (const q of [
      'Hvilket delprojekt i business casen har fået flest borgere i ordinært arbejde?',
      'Which sub-project of the adult business case got the most citizens into ordinary work?',
    ]) {
      const a = await ask(q);
      expect(a.kind).toBe('case');
      expect(a.figures).toEqual([]);
      expect(named(a)).toBe('Afklaringsværksteder');
      // 17 against Projekt Superb's 4, each under its own measure.
      expect(a.text).toMatch(/Afklaringsværksteder 17 (personer|persons) \([^)]+\); Projekt Superb 4 (personer|persons) \([^)]+\)/);
    }
  });

  it('compares money in kroner whatever the scale each table writes it in', async () => {
    // KIK II's saving is in mio. kr., the Herning forms' savings in 1.000 kr.: one unit, so they are ranked, not refused.
    const a = await ask('Which initiative saves the most in 2021?');
    expect(named(a)).toBe('KIK II');
    expect(a.text).not.toMatch(/same unit/);
  });

  it('compares each case’s total over its own span when no year is asked, saying so', async () => {
    const a = await ask("Which of Aabenraa's investment strategies has the largest investment?");
    expect(named(a)).toBe('KIK');
    expect(a.text).toMatch(/^KIK is highest on "[^"]+" among the 2 investment strategies with a figure, each for its own period: KIK DKK 68\.0 million \([^)]*2016 – 2019\); KIK II DKK 60\.6 million/);
  });

  it('asks which measure is meant when two of one case fit and the resolver cannot settle it, and answers no case', async () => {
    const a = await ask('Hvilken af Aabenraas investeringsstrategier har den største investering?');
    expect(a.kind).toBe('clarify');
    expect(a.case).toBeUndefined();
    expect(a.figures).toEqual([]);
    expect(a.alternatives.map((x) => x.label)).toEqual(['KIK: Byrådets investering', 'KIK: økonomien i investeringen (nettoresultat)']);
  });

  it('narrows the running to the unit named by the letters of its cases’ codes', async () => {
    const ue = await ask('Hvilket UE-forslag har flest årsværk i 2018?');
    expect(named(ue)).toBe('UE 02');
    expect(ue.text).toMatch(/blandt de \d+ forslag med tal: UE 02 2 årsværk; UE 03 1,2 årsværk/);
    const jc = await ask('Which JC proposal has the highest change in operating costs in 2017?');
    expect(named(jc)).toBe('JC 08');
    expect(jc.text).toMatch(/among the 4 proposals with a figure: JC 08 DKK 475,000; JC 07 DKK 450,000/);
  });

  it('reads "which one" and "hvilket har" after the noun, and says a tie at the top instead of picking', async () => {
    const en = await ask('Among the CEB proposals, which one has the highest change in operating costs in 2018?');
    expect(named(en)).toBe('CEB 08');
    const tie = await ask("Af CEB's forslag, hvilket har flest årsværk i 2018?");
    expect(tie.kind).toBe('clarify');
    expect(tie.text).toMatch(/^CEB 02, CEB 06A og CEB 08 har samme tal/);
  });
});
