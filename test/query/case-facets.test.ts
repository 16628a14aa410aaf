/**
 * What a proposal form ticks (effort type: forebyggende / tidlig / afhjælpende / efterværn; approach: investering /
 * prioritering / effektivisering) narrows the cases a question is about: a which-case question finds the form
 * ticking it, and a count of cases naming it is the stored count of those forms — never the count of all, and
 * never a count narrowed further (by unit, by topic) than any stored figure.
 */
import { describe, expect, it } from 'vitest';
import { countedCaseNoun } from '../../functions/domain/query/case-question.js';
import { fold, words } from '../../functions/domain/query/text.js';
import { facetsNamed } from '../../functions/query/case-facets.js';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, catalogue } = seededEngine();
const named = (a: Answer) => a.case?.code ?? a.case?.title;
const read = (q: string) => facetsNamed(words(fold(q)));

describe('facetsNamed', () => {
  it('finds effort types and approaches in either language, with the words naming their field', () => {
    expect(read('Hvilke forslag har tilgangen investering?')).toMatchObject({ values: ['investering'], topical: false });
    expect(read('Hvilke forslag har tilgangen investering?').words).toEqual(new Set(['tilgangen', 'investering']));
    expect(read('which proposals are preventive and take an efficiency approach').values.sort()).toEqual(['effektivisering', 'forebyggende']);
    expect(read('en afhjaelpende indsats').values).toEqual(['afhjaelpende']);
  });
  it('tells a topic ("om efterværn", "about prevention") from a ticked box', () => {
    expect(read('Hvor mange forslag handler om efterværn?').topical).toBe(true);
    expect(read('how many proposals are about prevention').topical).toBe(true);
    expect(read('hvor mange efterværnsforslag').values).toEqual([]);
    expect(read('Hvor mange forslag er markeret som efterværn?').topical).toBe(false);
  });
  it('names nothing in a question without them', () => {
    expect(read('Hvad er KIK II’s besparelse i 2020?').values).toEqual([]);
    // "early" alone is early retirement or early 2018 as often as an early effort.
    expect(read('how many went on early retirement in early 2018').values).toEqual([]);
  });
});

describe('which case ticks the box', () => {
  it.each([
    // Among one unit's proposals only one takes that approach.
    ['Hvilket af CEB’s forslag har tilgangen effektivisering?', 'CEB 03'],
    ['Which of the Ungeenheden proposals follows a prioritisation approach?', 'UE 04'],
    // Two forms with one title, told apart only by their approach.
    ['Hvilken udgave af forslaget om udslusning fra virksomhedspraktik til job er en prioritering?', 'CEB 06B'],
    ['Which CEB proposal about work placement to a job for people on sick leave is an investment?', 'CEB 06A'],
  ])('%s → %s', async (q, want) => {
    const a = await ask(q);
    expect(a.kind).toBe('case');
    expect(named(a)).toBe(want);
  });

  it('asks between the forms that tick it when several do', async () => {
    const a = await ask('Hvilket af BIC’s forslag er et effektiviseringsforslag med tilgangen effektivisering?');
    expect(a.kind).toBe('clarify');
    const ticking = [...catalogue().cases.values()].filter((c) => c.ownerUnit === 'BIC' && c.approach === 'effektivisering').map((c) => c.code);
    for (const alt of a.alternatives) expect(ticking.some((code) => alt.label.startsWith(code!))).toBe(true);
  });
});

describe('counting the forms that tick a box', () => {
  // Herning's forms (Aabenraa's investment strategies take an investment approach too, but are no proposals).
  const ticking = (value: string) => [...catalogue().cases.values()].filter((c) => c.kind === 'proposal' && (c.approach === value || (c.effortTypes as string[]).includes(value))).length;

  it.each([
    ['Hvor mange forebyggende forslag har Herning?', 'forebyggende'],
    ['Hvor mange af forslagene er markeret som afhjælpende?', 'afhjaelpende'],
    ['How many proposals take an investment approach?', 'investering'],
    ['How many of Herning’s proposals are early efforts?', 'tidlig'],
    ['Hvor mange forslag er en tidlig indsats?', 'tidlig'],
    ['Hvor mange forslag har tilgangen prioritering?', 'prioritering'],
  ])('%s is the stored count of the forms ticking it', async (q, value) => {
    const a = await ask(q);
    expect(a.figures[0]).toMatchObject({ unit: 'count', kpi: `herning.prioriteringsforslag.${value}.antal`, value: ticking(value) });
  });

  it.each([
    // Narrowed by a unit as well: no stored count, and the count of all forms ticking it is not the answer.
    ['Hvor mange af CEB’s forslag er effektivisering?', /effektivisering/],
    ['How many of Ungeenheden’s proposals are preventive?', /preventive/],
    // A topic, not a ticked box: three titles say "efterværn", four forms tick it.
    ['Hvor mange forslag handler om efterværn?', /efterværn/],
  ])('%s is refused, naming the word', async (q, word) => {
    const a = await ask(q);
    expect(a.figures).toEqual([]);
    expect(a.kind).toBe('no-figure');
    expect(a.text).toMatch(word);
  });
});

describe('a count of people is no count of cases', () => {
  it('"hvor mange af de 153 …" counts people, even before a case noun', () => {
    expect(countedCaseNoun('Hvor mange af de 120 unge i indsatsen kom i job?')).toBeUndefined();
    expect(countedCaseNoun('How many of the 40 initiatives were early efforts?')).toBeUndefined();
    expect(countedCaseNoun('Hvor mange af CEB’s forslag er forebyggende?')).toBe('proposal');
    expect(countedCaseNoun('how many of the proposals are preventive')).toBe('proposal');
  });
});
