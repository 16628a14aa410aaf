/**
 * "Hvor mange måneder fra 1/1-17 til 30/6-18?", "how long did KIK II run?": the span counted in the unit asked,
 * with the working; whole months only from a month's first day to a month's last, a case's period only when
 * known to the month, and a duration the documents state is looked up, not counted.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a duration between two dates the question writes', () => {
  it('is whole months from a first to a last day, with its working', async () => {
    const a = await ask('Hvor mange måneder er der fra 1/4-16 til 30/9-17?');
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ kind: 'duration', unit: 'months', value: 18, period: '2016-04-01--2017-09-30' });
    expect(a.calculation?.expression).toBe('1. april 2016 – 30. september 2017 = 18 måneder (1,5 år)');
  });
  it('answers years, weeks and days in English too', async () => {
    expect((await ask('How many years from 1 July 2015 to 30 June 2018?')).figures[0]).toMatchObject({ unit: 'years', value: 3 });
    expect((await ask('how many days from 1 February 2016 to 29 February 2016')).figures[0]).toMatchObject({ unit: 'days', value: 29 });
    expect((await ask('how many weeks from 1 February 2016 to 13 March 2016')).figures[0]).toMatchObject({ unit: 'weeks', value: 6 });
  });
  it('is counted in a conversation too: the dates are all it asks, not the measure asked before', async () => {
    const before = await ask('Hvad var Herning Kommunes driftsudgift til BIC 01 i 2018?');
    expect(before.context).toBeDefined();
    const a = await ask('hvor mange uger fra 1/1-18 til 28/1-18?', { context: before.context! });
    expect(a.figures).toEqual([expect.objectContaining({ kind: 'duration', unit: 'weeks', value: 4 })]);
  });
  it('gives no count of months for a span that is not whole months', async () => {
    const a = await ask('Hvor mange måneder fra 15/1-17 til 30/6-17?');
    expect(a.figures.find((x) => x.kind === 'duration')).toBeUndefined();
  });
});

describe("a case's own run", () => {
  it('is counted when the source gives it to the month', async () => {
    const a = await ask('Hvor mange år løber KIK II?');
    expect(a.figures[0]).toMatchObject({ kind: 'duration', unit: 'years', value: 4, org: 'aabenraa' });
    expect(a.text).toContain('sagens egen periode');
    expect((await ask('How long did KIK II run?')).figures[0]).toMatchObject({ unit: 'months', value: 48 });
  });
  it('is not counted from whole years, nor when a stored duration is asked', async () => {
    expect((await ask('Hvor længe varede KIK?')).figures.find((x) => x.kind === 'duration')).toBeUndefined();
    const stored = await ask('Hvor mange uger varer et ART-forløb i UE 07?');
    expect(stored.figures[0]).toMatchObject({ unit: 'weeks', value: 10 });
    expect(stored.figures[0]!.kind).not.toBe('duration');
  });
});
