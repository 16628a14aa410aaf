/**
 * A table counting one thing at the start of each year and at its end (KIK II's contact courses: the rows "Antal"
 * and "I alt"): the question's period words choose the row — "ved årets start", "primo", "at the start of" or
 * "ultimo", "ved udgangen af", "at the end of" — and a question naming neither is asked which, never answered by the
 * nearer name (words.json: the contrast family `edge`, an ask family).
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask, frame } = seededEngine();
const START = 'aabenraa.kik-ii.kontaktforloeb-primo';
const END = 'aabenraa.kik-ii.kontaktforloeb';

describe('the row the period words point at', () => {
  it('reads the start and the end of a year as members of one family', () => {
    expect(frame('kontaktforløb i KIK II ved årets start 2021').contrasts).toContain('edge:start');
    expect(frame('contact courses in KIK II at the end of 2021').contrasts).toContain('edge:end');
  });
  it.each([
    ['Hvor mange kontaktforløb forventes primo 2021 i KIK II?', START, 853],
    ['Hvor mange kontaktforløb er der i KIK II ultimo 2021?', END, 783],
    ['How many contact courses does KIK II expect at the end of 2021?', END, 783],
    ['How many contact courses does KIK II plan at the start of the year 2020?', START, 975],
  ])('%s', async (q, kpi, value) => {
    const a = await ask(q);
    expect(a.figures[0]).toMatchObject({ kpi, value });
  });
});

describe('a question naming neither', () => {
  it.each(['Hvor mange kontaktforløb forventer KIK II i 2021?', 'By how much do KIK II\'s contact courses fall from 2019 to 2021?'])('%s is asked which row', async (q) => {
    const a = await ask(q);
    expect(a.figures).toEqual([]);
    expect(a.kind).toBe('clarify');
    expect(a.alternatives?.map((x) => x.label).join(' ')).toMatch(/start.*(?:udgang|year end)|(?:udgang|year end).*start/);
  });
});

describe('a question naming neither, answered all the same', () => {
  it('answers when both rows give the same figure for the year asked', async () => {
    const a = await ask('Hvor mange kontaktforløb forventer KIK II i 2022?');
    expect(a.figures[0]!.value).toBe(783);
  });
  it('answers the row whose own label the question says ("i alt")', async () => {
    const a = await ask('Hvor mange kontaktforløb i alt regner KIK II med i 2020?');
    expect(a.figures[0]).toMatchObject({ kpi: END, value: 853 });
  });
});
